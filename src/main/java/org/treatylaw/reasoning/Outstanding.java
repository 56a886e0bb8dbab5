package org.treatylaw.reasoning;

import org.treatylaw.facts.DateRange;

/**
 * Something the law waits for before a conclusion can be drawn: a deposit, a consent. It explains a {@code no}
 * ("no deposit recorded") and tells the analyst what would change it.
 *
 * @param until when the wait ended, or null while nothing recorded ends it
 */
public record Outstanding(String subject, String object, String what, DateRange until, Because because)
        implements Because.Explained {

    /** Whether it is still awaited on a day (perhaps: an uncertain end counts as still awaited). */
    public boolean awaitedOn(java.time.LocalDate day) {
        return until == null || until.latest().isAfter(day);
    }
}
