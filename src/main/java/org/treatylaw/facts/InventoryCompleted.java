package org.treatylaw.facts;

/** The inventory of an organization's treaty base is completed. */
public record InventoryCompleted(String id, String organization, DateRange date, String source) implements Fact {

    public InventoryCompleted {
        Require.id(organization, "organization");
        Require.present(date, "date");
        id = id != null ? Require.id(id, "id") : Fact.idOf("inventory-completed", organization, date);
    }

    @Override
    public References references() {
        return References.of().organization("organization", organization).build();
    }
}
