package org.treatylaw.reasoning;

/** Whether an instrument creates legal obligations at all, or is soft law. */
public record Binding(String instrument, Answer value, Because because) implements Because.Explained {
}
