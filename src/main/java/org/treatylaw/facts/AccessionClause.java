package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who may accede, and on what terms: open to all, by invitation, or with the consent of all (or a majority of)
 * the members or parties; perhaps only on acceptance of the obligations of the instrument.
 */
public record AccessionClause(boolean open, Consent consent, boolean acceptanceOfObligations, String source) {

    public AccessionClause {
        consent = consent == null ? Consent.NONE : consent;
    }

    public boolean needsConsent() {
        return consent == Consent.ALL || consent == Consent.MAJORITY;
    }

    public enum Consent {
        /** Open: a deposit of accession suffices. */
        NONE,
        /** Every member (or party) must consent. */
        ALL,
        /** More than half of the members (or parties) must consent. */
        MAJORITY,
        /** Only states invited may accede. */
        INVITATION;

        @JsonValue
        public String code() {
            return name().toLowerCase();
        }
    }
}
