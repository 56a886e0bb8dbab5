package org.treatylaw.reasoning;

import org.treatylaw.facts.DateRange;

/** A state's withdrawal from an instrument (and the organization it establishes) takes effect on a date. */
public record WithdrawalEffective(String instrument, String state, DateRange at, Because because) implements Because.Explained {
}
