package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A treaty, a decision or a statement, with its final clauses as data. What the rules read of it are its clauses;
 * what happened to it (signatures, deposits, notices) are facts.
 *
 * @param kind               what it is: {@code treaty}, {@code agreement}, {@code decision}, {@code political-statement}...
 * @param createsObligations false for a statement of intent that creates no rights and obligations (soft law)
 * @param negotiatingStates  the states that took part in drawing it up, where they differ from its signatories
 * @param establishes        the organization of which it is the constituent instrument, if any
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Instrument(String id, String title, String kind, Boolean createsObligations, Conclusion concluded,
                         String depositary, List<String> negotiatingStates, String establishes,
                         EntryIntoForceClause entryIntoForce, ProvisionalApplicationClause provisionalApplication,
                         AccessionClause accession, WithdrawalClause withdrawal, SuccessionClause succession,
                         SupersessionClause supersedes,
                         List<OrganContinuation> organContinuation, List<Restriction> restrictions, String source) {

    public Instrument {
        Require.id(id, "instruments.id");
        Require.present(title, "instruments[" + id + "].title");
        kind = kind == null ? "treaty" : kind;
        createsObligations = createsObligations == null || createsObligations;
        negotiatingStates = negotiatingStates == null ? List.of() : List.copyOf(negotiatingStates);
        negotiatingStates.forEach(s -> Require.state(s, "instruments[" + id + "].negotiatingStates"));
        Require.optionalId(establishes, "instruments[" + id + "].establishes");
        organContinuation = organContinuation == null ? List.of() : List.copyOf(organContinuation);
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
    }

    /** Where and when the text was adopted or signed. */
    public record Conclusion(DateRange date, String place) {
    }
}
