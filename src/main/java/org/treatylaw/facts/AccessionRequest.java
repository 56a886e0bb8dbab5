package org.treatylaw.facts;

/** A state asks to accede to an organization or an instrument, accepting (or not) its obligations. */
public record AccessionRequest(String id, String organization, String instrument, String state, DateRange date, boolean acceptsObligations, String source) implements Fact {

    public AccessionRequest {
        Require.optionalId(organization, "organization");
        Require.optionalId(instrument, "instrument");
        Require.state(state, "state");
        Require.present(date, "date");
        Require.oneOf(organization, instrument);
        id = id != null ? Require.id(id, "id") : Fact.idOf("accession-request", organization != null ? organization : instrument, state, date);
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
