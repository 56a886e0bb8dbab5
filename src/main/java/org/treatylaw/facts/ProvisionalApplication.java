package org.treatylaw.facts;

/** A state applies an instrument provisionally from a date (VCLT art. 25(1)). */
public record ProvisionalApplication(String id, String instrument, String state, DateRange from, String source) implements Fact {

    public ProvisionalApplication {
        Require.id(instrument, "instrument");
        Require.state(state, "state");
        Require.present(from, "from");
        id = id != null ? Require.id(id, "id") : Fact.idOf("provisional-application", instrument, state, from);
    }

    @Override
    public DateRange date() {
        return from;
    }

    @Override
    public References references() {
        return References.of().instrument("instrument", instrument).state("state", state).build();
    }
}
