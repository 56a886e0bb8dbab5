package org.treatylaw.facts;

/** Signature of an instrument by a state (VCLT arts. 10, 12, 18). */
public record Signature(String id, String instrument, String state, DateRange date, String source) implements Fact {

    public Signature {
        Require.id(instrument, "instrument");
        Require.state(state, "state");
        Require.present(date, "date");
        id = id != null ? Require.id(id, "id") : Fact.idOf("signature", instrument, state, date);
    }

    @Override
    public References references() {
        return References.of().instrument("instrument", instrument).state("state", state).build();
    }
}
