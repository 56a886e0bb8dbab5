package org.treatylaw.status;

import org.treatylaw.datasets.InvalidDatasetException;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.Dataset.Fault;
import org.treatylaw.facts.Fact;
import org.treatylaw.reasoning.History;
import org.treatylaw.reasoning.Interval;
import org.treatylaw.reasoning.LegalReasoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers the questions of the contract on a dataset: status as of a day, the timeline of a subject, and what-if.
 * The history of a dataset is derived once and kept until the dataset changes; an as-of answer is a lookup in it.
 */
public final class Evaluation {

    private final LegalReasoner reasoner;
    private final Map<String, Derived> derived = new ConcurrentHashMap<>();

    public Evaluation(LegalReasoner reasoner) {
        this.reasoner = reasoner;
    }

    public History history(Dataset dataset) {
        Derived cached = derived.get(dataset.id());
        if (cached != null && cached.dataset() == dataset) {
            return cached.history();
        }
        History history = new History(reasoner.derive(dataset));
        derived.put(dataset.id(), new Derived(dataset, history));
        return history;
    }

    public StatusReport status(Dataset dataset, LocalDate asOf) {
        return new StatusReporter(dataset, history(dataset)).asOf(asOf);
    }

    public List<Interval> timeline(Dataset dataset, String subject) {
        return history(dataset).about(subject);
    }

    /** The baseline and the scenario (baseline plus added facts, minus removed ones) as of a day, and what differs. */
    public WhatIf whatIf(Dataset dataset, LocalDate asOf, List<Fact> add, List<String> remove) {
        Dataset scenario = scenario(dataset, add, remove);
        StatusReport baseline = status(dataset, asOf);
        StatusReport changed = new StatusReporter(scenario, new History(reasoner.derive(scenario))).asOf(asOf);
        return new WhatIf(baseline, changed, Changes.between(baseline, changed));
    }

    /** The scenario's dataset, checked like an upload: every fault of the added or removed facts at once. */
    public static Dataset scenario(Dataset dataset, List<Fact> add, List<String> remove) {
        List<Fault> faults = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        for (int i = 0; i < remove.size(); i++) {
            String id = remove.get(i);
            if (dataset.fact(id).isEmpty()) {
                faults.add(new Fault("remove[" + i + "]", id, "no fact of dataset '" + dataset.id() + "' has this id"));
            }
            removed.add(id);
        }
        List<Fact> facts = new ArrayList<>(dataset.facts().stream().filter(f -> !removed.contains(f.id())).toList());
        facts.addAll(add);
        Dataset scenario = dataset.withFacts(facts);
        Set<String> addedIds = new HashSet<>();
        add.forEach(f -> addedIds.add(f.id()));
        for (Fault fault : scenario.faults()) {
            if (addedIds.stream().anyMatch(id -> fault.field().startsWith("facts[" + id + "]") || fault.value() != null && fault.value().equals(id))) {
                faults.add(new Fault(rename(fault.field(), add), fault.value(), fault.message()));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidDatasetException(faults);
        }
        return scenario;
    }

    /** Names an added fact's fault by its place in the request: {@code add[0].instrument}. */
    private static String rename(String field, List<Fact> add) {
        for (int i = 0; i < add.size(); i++) {
            String prefix = "facts[" + add.get(i).id() + "]";
            if (field.startsWith(prefix)) {
                return "add[" + i + "]" + field.substring(prefix.length());
            }
        }
        return field;
    }

    /** A dataset changed or was removed: forget what was derived from it. */
    public void forget(String datasetId) {
        derived.remove(datasetId);
    }

    private record Derived(Dataset dataset, History history) {
    }

    public record WhatIf(StatusReport baseline, StatusReport scenario, List<Change> changes) {
    }
}
