package org.treatylaw.reasoning;

import org.treatylaw.facts.Instrument;

/** A provision of an instrument a rule read, e.g. "Treaty establishing the CACO, art. 18(2)". */
public record Citation(String text) {

    /** The clause of an instrument, cited by the instrument's title and the clause's source. */
    public static Citation of(Instrument instrument, String clauseSource) {
        return new Citation(clauseSource == null || clauseSource.isBlank() ? instrument.title() : instrument.title() + ", " + clauseSource);
    }
}
