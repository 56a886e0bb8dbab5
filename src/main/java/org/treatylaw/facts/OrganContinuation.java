package org.treatylaw.facts;

/**
 * A decision keeps an organ of a terminated organization working, as a transitional organ, until a condition is
 * met; then the organ is to be liquidated, by whom and under which law the decision says.
 */
public record OrganContinuation(String organ, Condition until, String jointlyWith, Liquidation liquidation, String source) {

    public OrganContinuation {
        Require.id(organ, "organContinuation.organ");
        Require.present(until, "organContinuation.until");
        Require.optionalId(jointlyWith, "organContinuation.jointlyWith");
    }
}
