package org.treatylaw.reasoning;

import org.treatylaw.facts.DateRange;

/**
 * From a date, a predicate holds of a subject (and object): the "initiates" of the event calculus. A value of
 * {@code undetermined} says the law leaves open whether it holds, for the reason given.
 */
public record Initiates(Predicate predicate, String subject, String object, DateRange at, Answer value, String reason,
                        Because because) implements Because.Explained {

    public static final String NONE = "";

    public static Initiates holds(Predicate predicate, String subject, String object, DateRange at, Because because) {
        return new Initiates(predicate, subject, object, at, Answer.YES, null, because);
    }

    public static Initiates holds(Predicate predicate, String subject, DateRange at, Because because) {
        return holds(predicate, subject, NONE, at, because);
    }

    public static Initiates undetermined(Predicate predicate, String subject, String object, DateRange at, String reason, Because because) {
        return new Initiates(predicate, subject, object, at, Answer.UNDETERMINED, reason, because);
    }
}
