package org.treatylaw.facts;

/** A condition a decision sets: here, the completion of the inventory of an organization's treaty base. */
public record Condition(String inventoryOf, String text) {

    public Condition {
        Require.id(inventoryOf, "until.inventoryOf");
    }

    /** Whether an inventory fact meets it: the inventory names the organization whose treaty base is inventoried. */
    public boolean metBy(InventoryCompleted inventory) {
        return inventory.organization().equals(inventoryOf);
    }
}
