package org.treatylaw.facts;

/** A state notifies its withdrawal from (denunciation of) an instrument or an organization (VCLT arts. 54, 56, 67). */
public record WithdrawalNotice(String id, String organization, String instrument, String state, DateRange date, String source) implements Fact {

    public WithdrawalNotice {
        Require.optionalId(organization, "organization");
        Require.optionalId(instrument, "instrument");
        Require.state(state, "state");
        Require.present(date, "date");
        Require.oneOf(organization, instrument);
        id = id != null ? Require.id(id, "id") : Fact.idOf("withdrawal-notice", organization != null ? organization : instrument, state, date);
    }

    /** The organization or instrument it is about. */
    public String target() {
        return organization != null ? organization : instrument;
    }

    @Override
    public References references() {
        return References.of().organization("organization", organization).instrument("instrument", instrument).state("state", state).build();
    }
}
