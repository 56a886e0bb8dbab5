package org.treatylaw.reasoning;

import org.treatylaw.facts.DateRange;

/** From a date, a predicate no longer holds of a subject (and object): the "terminates" of the event calculus. */
public record Terminates(Predicate predicate, String subject, String object, DateRange at, Because because)
        implements Because.Explained {

    public static Terminates ends(Predicate predicate, String subject, String object, DateRange at, Because because) {
        return new Terminates(predicate, subject, object, at, because);
    }

    public static Terminates ends(Predicate predicate, String subject, DateRange at, Because because) {
        return ends(predicate, subject, Initiates.NONE, at, because);
    }
}
