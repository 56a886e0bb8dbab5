package org.treatylaw.reasoning;

/** An organ is to be liquidated by someone under a state's law, once its transitional mandate ends. */
public record LiquidationDuty(String organ, String responsible, String law, Because because) implements Because.Explained {
}
