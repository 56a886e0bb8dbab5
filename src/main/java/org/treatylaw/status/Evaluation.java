package org.treatylaw.status;

import org.treatylaw.datasets.InvalidDatasetException;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.Dataset.Fault;
import org.treatylaw.facts.Fact;
import org.treatylaw.facts.NoticeWithdrawn;
import org.treatylaw.reasoning.Derivation;
import org.treatylaw.reasoning.History;
import org.treatylaw.reasoning.Interval;
import org.treatylaw.reasoning.LegalReasoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
        return derived(dataset).history();
    }

    public StatusReport status(Dataset dataset, LocalDate asOf) {
        return derived(dataset).reporter().asOf(asOf);
    }

    public List<Interval> timeline(Dataset dataset, String subject) {
        return history(dataset).about(subject);
    }

    /**
     * The baseline and the scenario (baseline plus added facts, minus removed ones) as of a day, and what differs.
     * Only the parts of the dataset that the added or removed facts touch are derived again.
     */
    public WhatIf whatIf(Dataset dataset, LocalDate asOf, List<Fact> add, List<String> remove) {
        Dataset scenario = scenario(dataset, add, remove);
        StatusReport before = derived(dataset).reporter().asOf(asOf);
        StatusReport after = new StatusReporter(scenario, scenarioHistory(dataset, add, remove)).asOf(asOf);
        return new WhatIf(before, after, Changes.between(before, after));
    }

    /** The timeline of a subject in a what-if scenario. */
    public List<Interval> timeline(Dataset dataset, String subject, List<Fact> add, List<String> remove) {
        scenario(dataset, add, remove);
        return scenarioHistory(dataset, add, remove).about(subject);
    }

    /** The history of the dataset with the facts added and removed, deriving again only the parts they touch. */
    private History scenarioHistory(Dataset dataset, List<Fact> add, List<String> remove) {
        Derived baseline = derived(dataset);
        Set<String> removed = new HashSet<>(remove);
        Map<String, List<Fact>> addedByPart = new HashMap<>();
        Map<String, String> partOfAdded = new HashMap<>();
        for (Fact fact : add) {
            String part = fact instanceof NoticeWithdrawn n && partOfAdded.containsKey(n.notice())
                    ? partOfAdded.get(n.notice()) : baseline.partitions().partOf(fact);
            partOfAdded.put(fact.id(), part);
            addedByPart.computeIfAbsent(part, k -> new ArrayList<>()).add(fact);
        }
        Set<String> touched = new HashSet<>(addedByPart.keySet());
        remove.forEach(id -> touched.add(baseline.partitions().partOf(id)));
        Map<String, Derivation> parts = new LinkedHashMap<>(baseline.parts());
        for (String key : touched) {
            Dataset part = baseline.partitions().parts().getOrDefault(key, dataset.withFacts(List.of()));
            List<Fact> facts = new ArrayList<>(part.facts().stream().filter(f -> !removed.contains(f.id())).toList());
            facts.addAll(addedByPart.getOrDefault(key, List.of()));
            parts.put(key, reasoner.derive(part.withFacts(facts)));
        }
        return new History(Derivation.merge(parts.values()));
    }

    /** What was derived of a dataset, derived once per dataset, part by part. */
    private Derived derived(Dataset dataset) {
        Derived cached = derived.get(dataset.id());
        if (cached != null && cached.dataset() == dataset) {
            return cached;
        }
        Partitions partitions = new Partitions(dataset);
        Map<String, Derivation> parts = new LinkedHashMap<>();
        partitions.parts().entrySet().parallelStream()
                .map(e -> Map.entry(e.getKey(), reasoner.derive(e.getValue())))
                .forEachOrdered(e -> parts.put(e.getKey(), e.getValue()));
        History history = new History(Derivation.merge(parts.values()));
        Derived fresh = new Derived(dataset, partitions, Map.copyOf(parts), history, new StatusReporter(dataset, history));
        derived.put(dataset.id(), fresh);
        return fresh;
    }

    /** The scenario's dataset, checked like an upload: every fault of the added or removed facts at once. */
    public static Dataset scenario(Dataset dataset, List<Fact> add, List<String> remove) {
        List<Fault> faults = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        Set<String> known = new HashSet<>();
        dataset.facts().forEach(f -> known.add(f.id()));
        for (int i = 0; i < remove.size(); i++) {
            String id = remove.get(i);
            if (!known.contains(id)) {
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

    private record Derived(Dataset dataset, Partitions partitions, Map<String, Derivation> parts, History history,
                           StatusReporter reporter) {
    }

    public record WhatIf(StatusReport baseline, StatusReport scenario, List<Change> changes) {
    }
}
