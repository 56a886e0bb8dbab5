package org.treatylaw.facts;

/** An organization takes a new name from a date. */
public record Renaming(String id, String organization, String name, DateRange date, String source) implements Fact {

    public Renaming {
        Require.id(organization, "organization");
        Require.present(name, "name");
        Require.present(date, "date");
        id = id != null ? Require.id(id, "id") : Fact.idOf("renaming", organization, date);
    }

    @Override
    public References references() {
        return References.of().organization("organization", organization).build();
    }
}
