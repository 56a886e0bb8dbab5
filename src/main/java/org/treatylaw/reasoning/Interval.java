package org.treatylaw.reasoning;

import org.treatylaw.facts.DateRange;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A predicate holds of a subject (and object) from a date until another, either date perhaps uncertain; no end
 * means it still holds. Built from the rules' initiations and terminations.
 */
public record Interval(Predicate predicate, String subject, String object, Answer value, String legalReason,
                       DateRange from, Optional<DateRange> to, Because start, Optional<Because> end) {

    /**
     * As of a day: {@code yes} when it certainly began and certainly has not ended; {@code no} when it certainly
     * has not begun or certainly has ended; {@code undetermined} otherwise. An interval the law itself leaves open
     * is at most {@code undetermined}.
     */
    public Answer on(LocalDate day) {
        if (day.isBefore(from.earliest()) || to.map(t -> !t.latest().isAfter(day)).orElse(false)) {
            return Answer.NO;
        }
        boolean certain = !from.latest().isAfter(day) && to.map(t -> day.isBefore(t.earliest())).orElse(true);
        return certain ? value : Answer.UNDETERMINED;
    }

    /** Why the answer on a day is undetermined: the legal question left open, or the uncertain date. */
    public String reasonOn(LocalDate day) {
        if (on(day) != Answer.UNDETERMINED) {
            return null;
        }
        if (from.latest().isAfter(day)) {
            return "it holds from a date known only to lie between " + from.earliest() + " and " + from.latest();
        }
        if (to.isPresent() && !day.isBefore(to.get().earliest())) {
            return "it ends on a date known only to lie between " + to.get().earliest() + " and " + to.get().latest();
        }
        return legalReason;
    }

    /** Whether the interval uses the day at all: begun, perhaps. */
    public boolean mayHaveBegunBy(LocalDate day) {
        return !from.earliest().isAfter(day);
    }
}
