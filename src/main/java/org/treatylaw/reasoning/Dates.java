package org.treatylaw.reasoning;

import org.treatylaw.facts.AccessionConsent;
import org.treatylaw.facts.DateRange;
import org.treatylaw.facts.Fact;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Date arithmetic the rules call on what they matched: facts, consents and conclusions, each with its date. */
public final class Dates {

    private Dates() {
    }

    public static DateRange of(Object dated) {
        if (dated instanceof Fact f) return f.date();
        if (dated instanceof ConsentToBeBound c) return c.date();
        if (dated instanceof Initiates i) return i.at();
        if (dated instanceof Terminates t) return t.at();
        if (dated instanceof WithdrawalEffective w) return w.at();
        if (dated instanceof DateRange d) return d;
        throw new IllegalArgumentException("no date on " + dated);
    }

    /** When the last of them happened. */
    public static DateRange last(Collection<?> dated) {
        return DateRange.lastOf(dated.stream().map(Dates::of).toList());
    }

    /** When the first of them happened. */
    public static DateRange first(Collection<?> dated) {
        return DateRange.firstOf(dated.stream().map(Dates::of).toList());
    }

    /** When the n-th of them happened; instruments deposited on one day count together. */
    public static DateRange nth(Collection<?> dated, int n) {
        return DateRange.nthOf(dated.stream().map(Dates::of).toList(), n);
    }

    /**
     * Each state's first act: a state that consented twice (ratified, then deposited), or gave its consent to an
     * accession twice, counts once, from the first.
     */
    public static <T> List<T> firstPerState(Collection<T> acts) {
        Map<String, T> first = new LinkedHashMap<>();
        for (T act : acts) {
            first.merge(stateOf(act), act, (a, b) -> of(a).compareTo(of(b)) <= 0 ? a : b);
        }
        return List.copyOf(first.values());
    }

    /** The state whose act it is. */
    private static String stateOf(Object act) {
        if (act instanceof ConsentToBeBound c) return c.state();
        if (act instanceof WithdrawalEffective w) return w.state();
        if (act instanceof AccessionConsent c) return c.consentingState();
        throw new IllegalArgumentException("no state acts in " + act);
    }

    /** The n earliest of them (the instruments that made up a threshold). */
    public static List<?> firstN(Collection<?> dated, int n) {
        return dated.stream().sorted(Comparator.comparing(Dates::of)).limit(n).toList();
    }

    /**
     * When at least {@code count} consents of states holding together at least {@code percent} of the weight are
     * established: on each end of the uncertain dates, the first day both thresholds are met. Empty while unmet.
     */
    public static List<DateRange> weightedThreshold(Collection<ConsentToBeBound> consents, int count, double percent,
                                                    Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        var earliest = metOn(consents, count, percent, weights, total, true);
        var latest = metOn(consents, count, percent, weights, total, false);
        if (earliest == null || latest == null) return List.of();
        return List.of(new DateRange(earliest, latest));
    }

    private static java.time.LocalDate metOn(Collection<ConsentToBeBound> consents, int count, double percent,
                                             Map<String, Double> weights, double total, boolean earliestEnd) {
        List<ConsentToBeBound> byDate = consents.stream()
                .sorted(Comparator.comparing(c -> earliestEnd ? c.date().earliest() : c.date().latest())).toList();
        double share = 0;
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (ConsentToBeBound c : byDate) {
            if (!counted.add(c.state())) continue;
            share += 100.0 * weights.getOrDefault(c.state(), 0.0) / total;
            if (counted.size() >= count && share >= percent - 1e-9) {
                return earliestEnd ? c.date().earliest() : c.date().latest();
            }
        }
        return null;
    }
}
