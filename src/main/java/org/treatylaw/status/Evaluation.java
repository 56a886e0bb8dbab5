package org.treatylaw.status;

import org.treatylaw.datasets.InvalidDatasetException;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.Dataset.Fault;
import org.treatylaw.facts.Fact;
import org.treatylaw.facts.NoticeWithdrawn;
import org.treatylaw.reasoning.History;
import org.treatylaw.reasoning.Interval;
import org.treatylaw.reasoning.LegalReasoner;

import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers the questions of the contract on a dataset: status as of a day, the timeline of a subject, and what-if.
 * The history of a dataset is derived once, part by part, and kept until the dataset changes; an as-of answer is
 * a lookup in it. A what-if derives again only the parts its facts touch and reports only on those.
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
        return derived(dataset).report(asOf);
    }

    /**
     * Status as of a day on some instruments and organizations only: the parts they belong to are reported on,
     * nothing else, unless the whole report of that day is at hand.
     */
    public StatusReport status(Dataset dataset, LocalDate asOf, Collection<String> subjects) {
        Derived derived = derived(dataset);
        Partitions partitions = derived.partitions();
        List<Dataset> parts = subjects.stream().map(partitions::partOfSubject).distinct().map(partitions::part).toList();
        return derived.lastReport(asOf).orElseGet(() -> derived.report(asOf, parts)).about(subjects);
    }

    public List<Interval> timeline(Dataset dataset, String subject) {
        return history(dataset).about(subject);
    }

    /**
     * The baseline and the scenario (baseline plus added facts, minus removed ones) as of a day, and what differs.
     * The scenario's report is the baseline's with the instruments and organizations of the touched parts
     * reported again.
     */
    public WhatIf whatIf(Dataset dataset, LocalDate asOf, List<Fact> add, List<String> remove) {
        return whatIf(dataset, asOf, add, remove, Reports.FULL);
    }

    /** A what-if whose reports are whole, or only on the instruments and organizations the facts touch. */
    public WhatIf whatIf(Dataset dataset, LocalDate asOf, List<Fact> add, List<String> remove, Reports reports) {
        Derived baseline = derived(dataset);
        Scenario scenario = scenario(baseline, add, remove);
        StatusReport touchedAfter = new StatusReporter(scenario.touched(), scenario.history()).asOf(asOf);
        if (reports == Reports.TOUCHED) {
            StatusReport touchedBefore = baseline.report(asOf, scenario.baselineParts());
            return new WhatIf(touchedBefore, touchedAfter, Changes.between(touchedBefore, touchedAfter));
        }
        StatusReport before = baseline.report(asOf);
        StatusReport after = before.replacing(touchedAfter);
        return new WhatIf(before, after, Changes.between(before.restrictedTo(touchedAfter), after.restrictedTo(touchedAfter)));
    }

    /** How much of the dataset a what-if's reports cover. */
    public enum Reports {
        /** every instrument and organization, as the contract's what-if answers */
        FULL,
        /** only those in the parts the added or removed facts touch: everything else is the same in both */
        TOUCHED
    }

    /** The timeline of a subject in a what-if scenario. */
    public List<Interval> timeline(Dataset dataset, String subject, List<Fact> add, List<String> remove) {
        return scenario(derived(dataset), add, remove).history().about(subject);
    }

    /**
     * The baseline with the facts added and removed, checked like an upload (every fault of the added or removed
     * facts at once), the parts they touch derived again.
     */
    private Scenario scenario(Derived baseline, List<Fact> add, List<String> remove) {
        Partitions partitions = baseline.partitions();
        List<Fault> faults = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        Set<String> touched = new TreeSet<>();
        for (int i = 0; i < remove.size(); i++) {
            String id = remove.get(i);
            if (!partitions.holds(id)) {
                faults.add(new Fault("remove[" + i + "]", id, "no fact of dataset '" + baseline.dataset().id() + "' has this id"));
            }
            removed.add(id);
            touched.add(partitions.partOf(id));
        }
        Map<String, List<Fact>> addedByPart = new HashMap<>();
        Map<String, String> partOfAdded = new HashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Fact fact : add) {
            String part = fact instanceof NoticeWithdrawn n && partOfAdded.containsKey(n.notice())
                    ? partOfAdded.get(n.notice()) : partitions.partOf(fact);
            partOfAdded.put(fact.id(), part);
            addedByPart.computeIfAbsent(part, k -> new ArrayList<>()).add(fact);
            touched.add(part);
            uses.merge(fact.id(), partitions.holds(fact.id()) && !removed.contains(fact.id()) ? 2 : 1, Integer::sum);
        }
        uses.forEach((id, n) -> {
            if (n > 1) faults.add(new Fault("facts", id, "the id is used " + n + " times"));
        });
        Map<String, Dataset> parts = new LinkedHashMap<>();
        for (String key : touched) {
            Dataset part = partitions.part(key);
            List<Fact> facts = new ArrayList<>(part.facts().stream().filter(f -> !removed.contains(f.id())).toList());
            facts.addAll(addedByPart.getOrDefault(key, List.of()));
            Dataset changed = part.withFacts(facts);
            faults.addAll(faultsOfAdded(changed, add));
            parts.put(key, changed);
        }
        if (!faults.isEmpty()) {
            throw new InvalidDatasetException(faults);
        }
        Map<String, History> histories = new LinkedHashMap<>(baseline.parts());
        parts.forEach((key, part) -> histories.put(key, new History(reasoner.derive(part))));
        return new Scenario(Partitions.together(baseline.dataset(), parts.values()),
                parts.keySet().stream().map(partitions::part).toList(),
                History.of(histories.values()));
    }

    /** The faults a part shows in the added facts, each named by its place in the request: {@code add[0].instrument}. */
    private static List<Fault> faultsOfAdded(Dataset part, List<Fact> add) {
        List<Fault> faults = new ArrayList<>();
        for (Fault fault : part.faults()) {
            for (int i = 0; i < add.size(); i++) {
                String prefix = "facts[" + add.get(i).id() + "]";
                if (fault.field().startsWith(prefix)) {
                    faults.add(new Fault("add[" + i + "]" + fault.field().substring(prefix.length()), fault.value(), fault.message()));
                    break;
                }
            }
        }
        return faults;
    }

    /** What was derived of a dataset, derived once per dataset, part by part. */
    private Derived derived(Dataset dataset) {
        Derived cached = derived.get(dataset.id());
        if (cached != null && cached.dataset() == dataset) {
            return cached;
        }
        Partitions partitions = new Partitions(dataset);
        Map<String, History> parts = new LinkedHashMap<>();
        partitions.parts().entrySet().parallelStream()
                .map(e -> Map.entry(e.getKey(), new History(reasoner.derive(e.getValue()))))
                .forEachOrdered(e -> parts.put(e.getKey(), e.getValue()));
        History history = History.of(parts.values());
        Derived fresh = new Derived(dataset, partitions, Map.copyOf(parts), history);
        derived.put(dataset.id(), fresh);
        return fresh;
    }

    /** A dataset changed or was removed: forget what was derived from it. */
    public void forget(String datasetId) {
        derived.remove(datasetId);
    }

    /**
     * @param last the last report asked for, kept while memory allows: a what-if usually follows a status of the
     *             same day
     */
    private record Derived(Dataset dataset, Partitions partitions, Map<String, History> parts, History history,
                           StatusReporter reporter, AtomicReference<SoftReference<StatusReport>> last) {

        Derived(Dataset dataset, Partitions partitions, Map<String, History> parts, History history) {
            this(dataset, partitions, parts, history, new StatusReporter(dataset, history), new AtomicReference<>(new SoftReference<>(null)));
        }

        /** The whole report of the day, made once while memory keeps it. */
        StatusReport report(LocalDate asOf) {
            return lastReport(asOf).orElseGet(() -> {
                StatusReport report = reporter.asOf(asOf);
                last.set(new SoftReference<>(report));
                return report;
            });
        }

        /** The last whole report made, if it is of that day and still kept. */
        Optional<StatusReport> lastReport(LocalDate asOf) {
            return Optional.ofNullable(last.get().get()).filter(r -> r.asOf().equals(asOf));
        }

        /** The report on some parts of the dataset only. */
        StatusReport report(LocalDate asOf, Collection<Dataset> someParts) {
            return new StatusReporter(Partitions.together(dataset, someParts), history).asOf(asOf);
        }
    }

    /** A what-if: the touched parts of the dataset, changed and as they were, and the history of the whole scenario. */
    private record Scenario(Dataset touched, List<Dataset> baselineParts, History history) {
    }

    public record WhatIf(StatusReport baseline, StatusReport scenario, List<Change> changes) {
    }
}
