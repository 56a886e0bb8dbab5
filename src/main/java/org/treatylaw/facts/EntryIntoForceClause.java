package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When an instrument enters into force, as its final clauses say. A treaty that says nothing falls under the
 * default of VCLT art. 24(2) (no clause at all in the dataset).
 *
 * @param kind                     which clause
 * @param instruments              for {@code deposits}: how many instruments must be deposited (M)
 * @param daysAfter                the N of "on the Nth day after", counted from the day after the event (0: that day)
 * @param firstDayOfFollowingMonth "on the first day of the month following" the Nth day
 * @param consentExpressedBy       what establishes consent: a deposit (default) or, where the instrument is ratified
 *                                 without a depositary, the ratification itself
 * @param weight                   for {@code weighted-deposits}: the name of the weight table of the dataset
 * @param percent                  for {@code weighted-deposits}: the share the parties must together hold
 * @param date                     for {@code fixed-date}: the date the clause (or the parties' decision) fixes
 * @param laterStates              for states that consent after entry into force
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryIntoForceClause(Kind kind, Integer instruments, int daysAfter, boolean firstDayOfFollowingMonth,
                                   ConsentBy consentExpressedBy, String weight, Double percent, DateRange date,
                                   LaterStates laterStates, String source) {

    public EntryIntoForceClause {
        Require.present(kind, "entryIntoForce.kind");
        if (daysAfter < 0) {
            throw new InvalidFactException("entryIntoForce.daysAfter", "cannot be negative (" + daysAfter + ")");
        }
        if ((kind == Kind.DEPOSITS || kind == Kind.WEIGHTED_DEPOSITS) && (instruments == null || instruments < 1)) {
            throw new InvalidFactException("entryIntoForce.instruments", "a positive number of instruments is required for '" + kind.code() + "'");
        }
        if (kind == Kind.WEIGHTED_DEPOSITS && (weight == null || percent == null || percent <= 0 || percent > 100)) {
            throw new InvalidFactException("entryIntoForce.percent", "'weighted-deposits' needs a 'weight' table and a 'percent' in (0, 100]");
        }
        if (kind == Kind.FIXED_DATE && date == null) {
            throw new InvalidFactException("entryIntoForce.date", "is required for 'fixed-date'");
        }
        consentExpressedBy = consentExpressedBy == null ? ConsentBy.DEPOSIT : consentExpressedBy;
        laterStates = laterStates == null ? new LaterStates(0, false) : laterStates;
    }

    /** The day the clause counts to from the day its condition is met. */
    public DateRange count(DateRange conditionMet) {
        return shift(conditionMet, daysAfter, firstDayOfFollowingMonth);
    }

    /** The day the instrument enters into force for a state consenting after its entry into force. */
    public DateRange countForLaterState(DateRange consent) {
        return shift(consent, laterStates.daysAfter(), laterStates.firstDayOfFollowingMonth());
    }

    private static DateRange shift(DateRange from, int days, boolean firstOfNextMonth) {
        DateRange counted = from.plusDays(days);
        return firstOfNextMonth ? counted.firstDayOfFollowingMonth() : counted;
    }

    public enum Kind {
        /** On the deposit of the last instrument of all signatories. */
        ALL_SIGNATORIES_DEPOSIT,
        /** On signature by all signatories (definitive signature, VCLT art. 12). */
        ON_SIGNATURE,
        /** On the Nth day after the deposit of the Mth instrument. */
        DEPOSITS,
        /** M instruments of states holding together P per cent of a weight. */
        WEIGHTED_DEPOSITS,
        /** On a date fixed by the clause or decided by the parties. */
        FIXED_DATE;

        @JsonValue
        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public enum ConsentBy {
        DEPOSIT, RATIFICATION;

        @JsonValue
        public String code() {
            return name().toLowerCase();
        }
    }

    /** For a state consenting after the entry into force: on the Nth day after its own deposit. */
    public record LaterStates(int daysAfter, boolean firstDayOfFollowingMonth) {
        public LaterStates {
            if (daysAfter < 0) {
                throw new InvalidFactException("entryIntoForce.laterStates.daysAfter", "cannot be negative (" + daysAfter + ")");
            }
        }
    }
}
