package org.treatylaw.facts;

/** The liquidation of an organ is completed. */
public record LiquidationCompleted(String id, String organ, DateRange date, String source) implements Fact {

    public LiquidationCompleted {
        Require.id(organ, "organ");
        Require.present(date, "date");
        id = id != null ? Require.id(id, "id") : Fact.idOf("liquidation-completed", organ, date);
    }

    @Override
    public References references() {
        return References.of().organ("organ", organ).build();
    }
}
