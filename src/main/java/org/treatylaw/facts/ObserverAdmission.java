package org.treatylaw.facts;

/** A state is admitted as an observer of an organization. */
public record ObserverAdmission(String id, String organization, String state, DateRange date, String source) implements Fact {

    public ObserverAdmission {
        Require.id(organization, "organization");
        Require.state(state, "state");
        Require.present(date, "date");
        id = id != null ? Require.id(id, "id") : Fact.idOf("observer-admission", organization, state);
    }

    @Override
    public References references() {
        return References.of().organization("organization", organization).state("state", state).build();
    }
}
