package org.treatylaw.reasoning;

import org.treatylaw.facts.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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

    /** Every interval of a predicate whose subject is given, whatever its object (members, parties...), by date. */
    public List<Interval> objects(Predicate predicate, String subject) {
        return part(subject).map(p -> p.bySubject.getOrDefault(subject, List.of())).orElse(List.of())
                .stream().filter(i -> i.predicate() == predicate).toList();
    }

    /** Every interval that names an id as its subject or its object: the timeline of that id. */
    public List<Interval> about(String id) {
        Stream<Interval> asSubject = part(id).map(p -> p.bySubject.getOrDefault(id, List.of())).orElse(List.of()).stream();
        Stream<Interval> asObject = parts.stream().flatMap(p -> p.byObject.getOrDefault(id, List.of()).stream());
        return Stream.concat(asSubject, asObject).sorted(BY_DATE).toList();
    }

    /** Every interval, by date. */
    public List<Interval> all() {
        return parts.stream().flatMap(p -> p.intervals.values().stream()).flatMap(List::stream).sorted(BY_DATE).toList();
    }

    /** Intervals by their start, then what they say of whom. */
    private static final Comparator<Interval> BY_DATE = Comparator.comparing(Interval::from)
            .thenComparing(Interval::predicate).thenComparing(Interval::subject).thenComparing(Interval::object);

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
     * The history of one derivation, indexed. A session gives its conclusions in no set order: those of one date
     * are taken in the order of their explanations, so that the same dataset gives the same history every time.
     */
    private static final class Part {

        private final Map<Key, List<Interval>> intervals = new HashMap<>();
        private final Map<String, List<Interval>> bySubject = new HashMap<>();
        private final Map<String, List<Interval>> byObject = new HashMap<>();
        private final Map<String, List<Outstanding>> outstanding = new HashMap<>();
        private final Map<String, Binding> bindings = new HashMap<>();
        private final Map<String, List<LiquidationDuty>> duties = new HashMap<>();

        Part(Derivation derivation) {
            Map<Key, List<Initiates>> starts = new HashMap<>();
            derivation.initiations().forEach(i -> starts.computeIfAbsent(new Key(i.predicate(), i.subject(), i.object()), k -> new ArrayList<>(1)).add(i));
            Map<Key, List<Terminates>> ends = new HashMap<>();
            derivation.terminations().forEach(t -> ends.computeIfAbsent(new Key(t.predicate(), t.subject(), t.object()), k -> new ArrayList<>(1)).add(t));
            starts.forEach((key, list) -> {
                List<Terminates> until = ends.getOrDefault(key, List.of());
                if (list.size() > 1) list.sort(Comparator.comparing(Initiates::at).thenComparing(Initiates::because, Because.ORDER));
                if (until.size() > 1) until.sort(Comparator.comparing(Terminates::at).thenComparing(Terminates::because, Because.ORDER));
                List<Interval> folded = fold(key, list, until);
                intervals.put(key, folded);
                for (Interval i : folded) {
                    bySubject.computeIfAbsent(i.subject(), k -> new ArrayList<>()).add(i);
                    if (!i.object().isEmpty()) byObject.computeIfAbsent(i.object(), k -> new ArrayList<>()).add(i);
                }
            });
            bySubject.values().forEach(list -> list.sort(BY_DATE));
            derivation.outstanding().stream().sorted(Comparator.comparing(Outstanding::what).thenComparing(Outstanding::because, Because.ORDER))
                    .forEach(o -> outstanding.computeIfAbsent(o.subject(), k -> new ArrayList<>()).add(o));
            derivation.bindings().stream().sorted(Comparator.comparing(Binding::because, Because.ORDER)).forEach(b -> bindings.putIfAbsent(b.instrument(), b));
            derivation.liquidationDuties().stream().sorted(Comparator.comparing(LiquidationDuty::because, Because.ORDER))
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
        List<Interval> folded = new ArrayList<>(1);
        LocalDate after = null;
        while (true) {
            List<Initiates> open = new ArrayList<>(starts.size());
            for (Initiates i : starts) {
                if (after == null || !i.at().earliest().isBefore(after)) open.add(i);
            }
            if (open.isEmpty()) {
                break;
            }
            Answer value = open.stream().anyMatch(i -> i.value() == Answer.YES) ? Answer.YES : open.get(0).value();
            Initiates start = open.stream().filter(i -> i.value() == value).findFirst().orElseThrow();
            List<DateRange> same = new ArrayList<>(1);
            for (Initiates i : open) {
                if (i.value() == value && !i.at().earliest().isAfter(start.at().latest())) same.add(i.at());
            }
            DateRange from = DateRange.firstOf(same);
            Terminates end = null;
            for (Terminates t : ends) {
                if (!t.at().latest().isBefore(from.earliest())) {
                    end = t;
                    break;
                }
            }
            folded.add(new Interval(key.predicate(), key.subject(), key.object(), value, start.reason(), from,
                    Optional.ofNullable(end).map(Terminates::at), start.because(), Optional.ofNullable(end).map(Terminates::because)));
            if (end == null) {
                break;
            }
            after = end.at().latest().plusDays(1);
        }
        return folded;
    }

    private record Key(Predicate predicate, String subject, String object) {
    }
}
