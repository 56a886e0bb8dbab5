package org.treatylaw.facts;

/** A member (or party) consents to the accession of a candidate state. */
public record AccessionConsent(String id, String organization, String instrument, String candidate, String consentingState, DateRange date, String source) implements Fact {

    public AccessionConsent {
        Require.optionalId(organization, "organization");
        Require.optionalId(instrument, "instrument");
        Require.state(candidate, "candidate");
        Require.state(consentingState, "consentingState");
        Require.present(date, "date");
        Require.oneOf(organization, instrument);
        id = id != null ? Require.id(id, "id") : Fact.idOf("accession-consent", organization != null ? organization : instrument, candidate, consentingState);
    }

    /** The organization or instrument it is about. */
    public String target() {
        return organization != null ? organization : instrument;
    }

    @Override
    public References references() {
        return References.of().organization("organization", organization).instrument("instrument", instrument).state("candidate", candidate).state("consentingState", consentingState).build();
    }
}
