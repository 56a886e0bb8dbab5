package org.treatylaw.reasoning;

/** An organization takes the place of a predecessor it terminates. */
public record Succession(String successor, String predecessor, Because because) implements Because.Explained {
}
