package org.treatylaw.reasoning;

import org.treatylaw.facts.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What held when: the intervals of every derived predicate, folded from the rules' initiations and terminations
 * (the event calculus). An as-of answer is a lookup here; a timeline is these intervals.
 * <p>
 * A history may be made of the histories of independent parts of a dataset (no subject is concluded about in two
 * of them): a what-if then swaps the parts it derives again and keeps the others as they are.
 */
public final class History {

    private final List<Part> parts;
    private final Map<String, Part> partOfSubject = new HashMap<>();

    public History(Derivation derivation) {
        this(List.of(new Part(derivation)));
    }

    private History(List<Part> parts) {
        this.parts = parts;
        for (Part part : parts) {
            part.subjects().forEach(subject -> {
                Part other = partOfSubject.putIfAbsent(subject, part);
                if (other != null && other != part) {
                    throw new IllegalArgumentException("two parts conclude about " + subject);
                }
            });
        }
    }

    /** The history of independent parts, together. */
    public static History of(Collection<History> histories) {
        return new History(histories.stream().flatMap(h -> h.parts.stream()).toList());
    }

    private Optional<Part> part(String subject) {
        return Optional.ofNullable(partOfSubject.get(subject));
    }

    /** What the law still waits for about a subject (an instrument, an organization). */
    public List<Outstanding> outstanding(String subject) {
        return part(subject).map(p -> p.outstanding.getOrDefault(subject, List.of())).orElse(List.of());
    }

    public Optional<Binding> binding(String instrument) {
        return part(instrument).map(p -> p.bindings.get(instrument));
    }

    public List<LiquidationDuty> liquidationDuties(String organ) {
        return part(organ).map(p -> p.duties.getOrDefault(organ, List.of())).orElse(List.of());
    }

    public List<Interval> of(Predicate predicate, String subject, String object) {
        return part(subject).map(p -> p.intervals.getOrDefault(new Key(predicate, subject, object), List.of())).orElse(List.of());
    }

    public List<Interval> of(Predicate predicate, String subject) {
        return of(predicate, subject, Initiates.NONE);
    }

    /** Every interval of a predicate whose subject is given, whatever its object (members, parties...). */
    public List<Interval> objects(Predicate predicate, String subject) {
        return part(subject).map(p -> p.bySubject.getOrDefault(subject, List.of())).orElse(List.of())
                .stream().filter(i -> i.predicate() == predicate).toList();
    }

    /** Every interval that names an id as its subject or its object: the timeline of that id. */
    public List<Interval> about(String id) {
        Stream<Interval> asSubject = part(id).map(p -> p.bySubject.getOrDefault(id, List.of())).orElse(List.of()).stream();
        Stream<Interval> asObject = parts.stream().flatMap(p -> p.byObject.getOrDefault(id, List.of()).stream());
        return Stream.concat(asSubject, asObject)
                .sorted(Comparator.comparing(Interval::from).thenComparing(i -> i.predicate().ordinal()))
                .toList();
    }

    public List<Interval> all() {
        return parts.stream().flatMap(p -> p.intervals.values().stream()).flatMap(List::stream).toList();
    }

    /** Three-valued: yes if some interval holds on the day, else undetermined if one may, else no. */
    public static Answer on(List<Interval> intervals, LocalDate day) {
        Answer answer = Answer.NO;
        for (Interval i : intervals) {
            Answer a = i.on(day);
            if (a == Answer.YES) return Answer.YES;
            if (a == Answer.UNDETERMINED) answer = Answer.UNDETERMINED;
        }
        return answer;
    }

    /**
     * A session gives its conclusions in no set order; ordered by their explanations, conclusions of the same date
     * give the same history, and the same report, every time.
     */
    private static final Comparator<Because> STEPS = Comparator.comparing(Because::rule)
            .thenComparing(Because::text, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The history of one derivation, indexed. */
    private static final class Part {

        private final Map<Key, List<Interval>> intervals = new LinkedHashMap<>();
        private final Map<String, List<Interval>> bySubject = new HashMap<>();
        private final Map<String, List<Interval>> byObject = new HashMap<>();
        private final Map<String, List<Outstanding>> outstanding = new HashMap<>();
        private final Map<String, Binding> bindings = new HashMap<>();
        private final Map<String, List<LiquidationDuty>> duties = new HashMap<>();

        Part(Derivation derivation) {
            Map<Key, List<Initiates>> starts = new LinkedHashMap<>();
            Map<Key, List<Terminates>> ends = new HashMap<>();
            derivation.initiations().stream().sorted(Comparator.comparing(Initiates::at).thenComparing(Initiates::because, STEPS))
                    .forEach(i -> starts.computeIfAbsent(new Key(i.predicate(), i.subject(), i.object()), k -> new ArrayList<>()).add(i));
            derivation.terminations().stream().sorted(Comparator.comparing(Terminates::at).thenComparing(Terminates::because, STEPS))
                    .forEach(t -> ends.computeIfAbsent(new Key(t.predicate(), t.subject(), t.object()), k -> new ArrayList<>()).add(t));
            starts.forEach((key, list) -> intervals.put(key, fold(key, list, ends.getOrDefault(key, List.of()))));
            for (List<Interval> list : intervals.values()) {
                for (Interval i : list) {
                    bySubject.computeIfAbsent(i.subject(), k -> new ArrayList<>()).add(i);
                    if (!i.object().isEmpty()) byObject.computeIfAbsent(i.object(), k -> new ArrayList<>()).add(i);
                }
            }
            derivation.outstanding().stream().sorted(Comparator.comparing(Outstanding::what).thenComparing(Outstanding::because, STEPS))
                    .forEach(o -> outstanding.computeIfAbsent(o.subject(), k -> new ArrayList<>()).add(o));
            derivation.bindings().stream().sorted(Comparator.comparing(Binding::because, STEPS)).forEach(b -> bindings.putIfAbsent(b.instrument(), b));
            derivation.liquidationDuties().stream().sorted(Comparator.comparing(LiquidationDuty::because, STEPS))
                    .forEach(d -> duties.computeIfAbsent(d.organ(), k -> new ArrayList<>()).add(d));
        }

        Stream<String> subjects() {
            return Stream.of(bySubject.keySet(), outstanding.keySet(), bindings.keySet(), duties.keySet())
                    .flatMap(Collection::stream).distinct();
        }
    }

    /**
     * Pairs each start with the first end that can follow it; a start after that end opens a new interval.
     * Starts that overlap the first one only make its date earlier.
     */
    private static List<Interval> fold(Key key, List<Initiates> starts, List<Terminates> ends) {
        List<Interval> folded = new ArrayList<>();
        LocalDate after = null;
        while (true) {
            LocalDate bound = after;
            List<Initiates> open = starts.stream().filter(i -> bound == null || !i.at().earliest().isBefore(bound)).toList();
            if (open.isEmpty()) {
                break;
            }
            Answer value = open.stream().anyMatch(i -> i.value() == Answer.YES) ? Answer.YES : open.get(0).value();
            Initiates first = open.stream().filter(i -> i.value() == value).findFirst().orElseThrow();
            List<Initiates> same = open.stream().filter(i -> i.value() == value && !i.at().earliest().isAfter(first.at().latest())).toList();
            Initiates start = same.get(0);
            DateRange from = DateRange.firstOf(same.stream().map(Initiates::at).toList());
            Optional<Terminates> end = ends.stream().filter(t -> !t.at().latest().isBefore(from.earliest())).findFirst();
            folded.add(new Interval(key.predicate(), key.subject(), key.object(), value, start.reason(), from,
                    end.map(Terminates::at), start.because(), end.map(Terminates::because)));
            if (end.isEmpty()) {
                break;
            }
            after = end.get().at().latest().plusDays(1);
        }
        return folded;
    }

    private record Key(Predicate predicate, String subject, String object) {
    }
}
