package org.treatylaw.facts;

/** Deposit of an instrument of ratification, acceptance, approval, accession or succession with the depositary (VCLT arts. 16, 76-78). */
public record Deposit(String id, String instrument, String state, DateRange date, DepositKind kind, String source) implements Fact {

    public Deposit {
        Require.id(instrument, "instrument");
        Require.state(state, "state");
        Require.present(date, "date");
        Require.present(kind, "kind");
        id = id != null ? Require.id(id, "id") : Fact.idOf("deposit", instrument, state, date);
    }

    @Override
    public References references() {
        return References.of().instrument("instrument", instrument).state("state", state).build();
    }
}
