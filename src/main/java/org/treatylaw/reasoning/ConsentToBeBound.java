package org.treatylaw.reasoning;

import org.treatylaw.facts.DateRange;

/** A state's consent to be bound by an instrument is established on a date (VCLT arts. 11-16). */
public record ConsentToBeBound(String instrument, String state, DateRange date, Because because) implements Because.Explained {
}
