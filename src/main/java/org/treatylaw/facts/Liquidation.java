package org.treatylaw.facts;

/** Who must liquidate an organ, and under which state's law. */
public record Liquidation(String responsible, String law, String source) {

    public Liquidation {
        Require.present(responsible, "liquidation.responsible");
        Require.state(law, "liquidation.law");
    }
}
