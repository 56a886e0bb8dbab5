package org.treatylaw.facts;

/** A fact or a piece of a dataset that cannot stand: names the field at fault and the value given. */
public class InvalidFactException extends IllegalArgumentException {

    private final String field;

    public InvalidFactException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
