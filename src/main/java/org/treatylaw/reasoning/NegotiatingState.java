package org.treatylaw.reasoning;

/** A state that took part in drawing up an instrument (VCLT art. 2(1)(e)). */
public record NegotiatingState(String instrument, String state, Because because) implements Because.Explained {
}
