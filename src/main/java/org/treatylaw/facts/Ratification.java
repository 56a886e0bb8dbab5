package org.treatylaw.facts;

/** A domestic act of ratification (a law, a decree). It is not a deposit: consent to be bound is established internationally only when the instrument is deposited or exchanged (VCLT art. 16). */
public record Ratification(String id, String instrument, String state, DateRange date, String act, String source) implements Fact {

    public Ratification {
        Require.id(instrument, "instrument");
        Require.state(state, "state");
        Require.present(date, "date");
        id = id != null ? Require.id(id, "id") : Fact.idOf("ratification", instrument, state, date);
    }

    @Override
    public References references() {
        return References.of().instrument("instrument", instrument).state("state", state).build();
    }
}
