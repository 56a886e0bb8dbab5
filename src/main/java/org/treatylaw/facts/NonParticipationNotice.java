package org.treatylaw.facts;

/** A state notifies its intention not to become a party (VCLT art. 25(2)). */
public record NonParticipationNotice(String id, String instrument, String state, DateRange date, String source) implements Fact {

    public NonParticipationNotice {
        Require.id(instrument, "instrument");
        Require.state(state, "state");
        Require.present(date, "date");
        id = id != null ? Require.id(id, "id") : Fact.idOf("non-participation-notice", instrument, state, date);
    }

    @Override
    public References references() {
        return References.of().instrument("instrument", instrument).state("state", state).build();
    }
}
