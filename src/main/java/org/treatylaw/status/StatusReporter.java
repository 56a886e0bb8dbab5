package org.treatylaw.status;

import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.DateRange;
import org.treatylaw.facts.Fact;
import org.treatylaw.facts.Instrument;
import org.treatylaw.facts.Organ;
import org.treatylaw.facts.Organization;
import org.treatylaw.facts.Restriction;
import org.treatylaw.reasoning.Answer;
import org.treatylaw.reasoning.Because;
import org.treatylaw.reasoning.Binding;
import org.treatylaw.reasoning.History;
import org.treatylaw.reasoning.Interval;
import org.treatylaw.reasoning.LiquidationDuty;
import org.treatylaw.reasoning.Outstanding;
import org.treatylaw.reasoning.Predicate;
import org.treatylaw.status.StatusReport.InstrumentStatus;
import org.treatylaw.status.StatusReport.Liquidation;
import org.treatylaw.status.StatusReport.OrganStatus;
import org.treatylaw.status.StatusReport.OrganizationStatus;
import org.treatylaw.status.StatusReport.RestrictionStatus;
import org.treatylaw.status.StatusReport.Standing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a dataset's history as of a day: three-valued answers, each with the steps that explain it. */
public final class StatusReporter {

    private final Dataset dataset;
    private final History history;
    private Map<String, Fact> facts;

    public StatusReporter(Dataset dataset, History history) {
        this.dataset = dataset;
        this.history = history;
    }

    /** The facts by id, indexed the first time a reason needs them. */
    private synchronized Map<String, Fact> facts() {
        if (facts == null) {
            facts = dataset.facts().stream().collect(Collectors.toMap(Fact::id, Function.identity(), (a, b) -> a));
        }
        return facts;
    }

    public StatusReport asOf(LocalDate day) {
        return new StatusReport(dataset.id(), day,
                dataset.instruments().stream().map(i -> instrument(i, day)).toList(),
                dataset.organizations().stream().map(o -> organization(o, day)).toList());
    }

    private InstrumentStatus instrument(Instrument instrument, LocalDate day) {
        String id = instrument.id();
        List<Interval> inForce = history.of(Predicate.IN_FORCE, id);
        Answer inForceNow = History.on(inForce, day);
        Optional<Binding> binding = history.binding(id);
        List<Interval> provisional = history.objects(Predicate.PROVISIONALLY_APPLIED, id);
        Map<String, Standing> parties = new LinkedHashMap<>();
        standings(provisional, day, true).forEach(s -> parties.put(s.state(), s));
        standings(history.objects(Predicate.PARTY, id), day, false).forEach(s -> parties.merge(s.state(), s, StatusReporter::bound));
        List<Outstanding> outstanding = awaited(id, day);
        List<Because> because = new ArrayList<>();
        binding.ifPresent(b -> because.add(b.because()));
        because.addAll(explain(inForce, day));
        if (inForceNow != Answer.YES) outstanding.forEach(o -> because.add(o.because()));
        Optional<Interval> entry = inForce.stream().filter(i -> i.mayHaveBegunBy(day)).findFirst();
        return new InstrumentStatus(id, instrument.title(), instrument.kind(),
                binding.map(Binding::value).orElse(Answer.UNDETERMINED), inForceNow, reason(inForce, day),
                History.on(provisional, day), entry.map(i -> i.from().toString()).orElse(null),
                sorted(parties.values()), outstanding.stream().map(Outstanding::what).toList(), because);
    }

    private OrganizationStatus organization(Organization organization, LocalDate day) {
        String id = organization.id();
        List<Interval> functioning = history.of(Predicate.FUNCTIONING, id);
        List<Interval> provisionally = history.of(Predicate.FUNCTIONING_PROVISIONALLY, id);
        List<Interval> terminated = history.of(Predicate.TERMINATED, id);
        String status;
        String reason = null;
        List<Interval> basis;
        if (History.on(terminated, day) == Answer.YES) {
            status = "terminated";
            basis = terminated;
        } else if (History.on(functioning, day) == Answer.YES) {
            status = "functioning";
            basis = functioning;
        } else if (History.on(provisionally, day) == Answer.YES) {
            status = "functioning-provisionally";
            basis = provisionally;
        } else {
            basis = Stream.of(terminated, functioning, provisionally).flatMap(List::stream)
                    .filter(i -> i.on(day) == Answer.UNDETERMINED).toList();
            status = basis.isEmpty() ? "not-established" : "undetermined";
            reason = basis.isEmpty() ? null : reason(basis, day);
        }
        List<String> outstanding = awaited(id, day).stream().map(Outstanding::what).toList();
        return new OrganizationStatus(id, name(id, day).orElse(organization.name()), status, reason,
                sorted(standings(history.objects(Predicate.MEMBER, id), day, null)),
                sorted(standings(history.objects(Predicate.OBSERVER, id), day, null)),
                organization.organs().stream().map(o -> organ(o, day)).toList(),
                restrictions(id, day), outstanding, explain(basis, day));
    }

    /** What the law still waits for on the day, each thing once (two rules may wait for the same consent). */
    private List<Outstanding> awaited(String subject, LocalDate day) {
        Set<String> seen = new HashSet<>();
        return history.outstanding(subject).stream().filter(o -> o.awaitedOn(day) && seen.add(o.what())).toList();
    }

    /** The name that certainly applies on the day; failing one, the names that may. */
    private Optional<String> name(String organization, LocalDate day) {
        List<Interval> names = history.objects(Predicate.NAMED, organization);
        Optional<String> certain = names.stream().filter(i -> i.on(day) == Answer.YES).map(Interval::object).findFirst();
        if (certain.isPresent()) return certain;
        List<String> possible = names.stream().filter(i -> i.on(day) == Answer.UNDETERMINED).map(Interval::object).distinct().toList();
        if (possible.isEmpty()) {
            return names.stream().filter(i -> i.to().map(t -> !t.latest().isAfter(day)).orElse(false))
                    .max(Comparator.comparing(Interval::from)).map(Interval::object);
        }
        return Optional.of(possible.size() == 1 ? possible.get(0) : String.join(" or ", possible) + " (undetermined)");
    }

    private static final List<Map.Entry<Predicate, String>> ORGAN_STATUSES = List.of(
            Map.entry(Predicate.DISSOLVED, "dissolved"), Map.entry(Predicate.LIQUIDATION_DUE, "liquidation-due"),
            Map.entry(Predicate.TRANSITIONAL, "transitional"), Map.entry(Predicate.CEASED, "ceased"),
            Map.entry(Predicate.ACTIVE, "active"));

    private OrganStatus organ(Organ organ, LocalDate day) {
        String status = "not-established";
        String reason = null;
        List<Interval> basis = List.of();
        for (Map.Entry<Predicate, String> candidate : ORGAN_STATUSES) {
            List<Interval> intervals = history.of(candidate.getKey(), organ.id());
            if (History.on(intervals, day) == Answer.YES) {
                status = candidate.getValue();
                basis = intervals;
                reason = null;
                break;
            }
            if (basis.isEmpty() && History.on(intervals, day) == Answer.UNDETERMINED) {
                status = "undetermined";
                basis = intervals;
                reason = reason(intervals, day);
            }
        }
        List<LiquidationDuty> duties = history.liquidationDuties(organ.id());
        Liquidation liquidation = duties.stream().findFirst().map(duty -> liquidation(duty, organ, day))
                .filter(l -> l.ordered() != Answer.NO).orElse(null);
        List<Because> because = new ArrayList<>(explain(basis, day));
        if (liquidation != null) duties.forEach(l -> because.add(l.because()));
        return new OrganStatus(organ.id(), organ.name(), status, reason, organ.seat(), organ.role(), organ.funding(),
                liquidation, because);
    }

    private Liquidation liquidation(LiquidationDuty duty, Organ organ, LocalDate day) {
        Answer ordered = History.on(Stream.of(Predicate.TRANSITIONAL, Predicate.LIQUIDATION_DUE, Predicate.DISSOLVED)
                .flatMap(p -> history.of(p, organ.id()).stream()).toList(), day);
        List<Interval> due = history.of(Predicate.LIQUIDATION_DUE, organ.id());
        String dueOn = due.stream().filter(i -> i.mayHaveBegunBy(day)).findFirst().map(i -> i.from().toString()).orElse(null);
        return new Liquidation(ordered, duty.responsible(), duty.law(), dueOn);
    }

    private List<RestrictionStatus> restrictions(String organization, LocalDate day) {
        List<RestrictionStatus> out = new ArrayList<>();
        for (Instrument instrument : dataset.instruments()) {
            for (Restriction r : instrument.restrictions()) {
                if (!r.organization().equals(organization)) continue;
                List<Interval> intervals = history.of(Predicate.RESTRICTION, organization, r.id());
                out.add(new RestrictionStatus(r.id(), r.text(), History.on(intervals, day), reason(intervals, day), explain(intervals, day)));
            }
        }
        return out;
    }

    /**
     * How deep and wide a standing's explanation goes. The rest of the chain (every consent behind an entry into
     * force) is in the instrument's or organization's own explanation; repeating it for each of two hundred parties
     * would make a report of hundreds of megabytes.
     */
    private static final int STANDING_DEPTH = 3;
    private static final int STANDING_BREADTH = 4;

    /** The states for which the intervals hold (or may) on the day; {@code no} is left out. */
    private List<Standing> standings(List<Interval> intervals, LocalDate day, Boolean provisional) {
        Map<String, List<Interval>> byState = intervals.stream()
                .collect(Collectors.groupingBy(Interval::object, LinkedHashMap::new, Collectors.toList()));
        List<Standing> out = new ArrayList<>();
        byState.forEach((state, list) -> {
            Answer value = History.on(list, day);
            if (value == Answer.NO) return;
            Interval current = list.stream().filter(i -> i.on(day) != Answer.NO).findFirst().orElseThrow();
            out.add(new Standing(state, value, current.from().toString(), current.to().map(DateRange::toString).orElse(null),
                    provisional, reason(list, day), explain(list, day).stream().map(b -> b.upTo(STANDING_DEPTH, STANDING_BREADTH)).toList()));
        });
        return out;
    }

    /**
     * A state bound provisionally, then definitively: if one of the two certainly holds, it is bound; if the
     * provisional application ends exactly when the definitive standing begins (one uncertain date), it is bound
     * either way, only which way is undetermined.
     */
    private static Standing bound(Standing provisional, Standing definitive) {
        if (definitive.value() == Answer.YES || provisional.value() != Answer.YES && definitive.value() != Answer.UNDETERMINED) {
            return definitive;
        }
        if (provisional.value() == Answer.YES) {
            return provisional;
        }
        if (definitive.since().equals(provisional.until())) {
            return new Standing(definitive.state(), Answer.YES, provisional.since(), definitive.until(), null, null,
                    java.util.stream.Stream.concat(provisional.because().stream(), definitive.because().stream()).toList());
        }
        return definitive;
    }

    private static List<Standing> sorted(java.util.Collection<Standing> standings) {
        return standings.stream().sorted(Comparator.comparing(Standing::state)).toList();
    }

    /** The steps behind the intervals that bear on the day: how each began, and how it ended if it did. */
    private static List<Because> explain(List<Interval> intervals, LocalDate day) {
        List<Because> steps = new ArrayList<>();
        for (Interval i : intervals) {
            if (!i.mayHaveBegunBy(day)) continue;
            steps.add(i.start());
            i.end().filter(e -> i.to().map(t -> !t.earliest().isAfter(day)).orElse(false)).ifPresent(steps::add);
        }
        return steps;
    }

    /** Why an answer is undetermined, naming the facts whose dates are uncertain. */
    private String reason(List<Interval> intervals, LocalDate day) {
        for (Interval i : intervals) {
            String reason = i.reasonOn(day);
            if (reason == null) continue;
            if (i.legalReason() != null && reason.equals(i.legalReason())) return reason;
            Set<String> uncertain = new LinkedHashSet<>();
            collectUncertain(i.start(), day, uncertain);
            i.end().ifPresent(e -> collectUncertain(e, day, uncertain));
            return uncertain.isEmpty() ? reason : reason + "; the sources give only: " + String.join(", ", uncertain);
        }
        return null;
    }

    /** The facts behind a step whose uncertain dates span the day. */
    private void collectUncertain(Because step, LocalDate day, Set<String> into) {
        for (String id : step.facts()) {
            Fact fact = facts().get(id);
            if (fact != null && !fact.date().earliest().isAfter(day) && fact.date().latest().isAfter(day)) {
                into.add(id + " (" + fact.date() + (fact.source() != null ? ", " + fact.source() : "") + ")");
            }
        }
        step.premises().forEach(p -> collectUncertain(p, day, into));
    }
}
