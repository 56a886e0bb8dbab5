package org.treatylaw.api;

/** A query parameter that cannot be read: 400 naming it. */
class BadParameterException extends RuntimeException {

    private final String field;
    private final String value;

    BadParameterException(String field, String value, String message) {
        super(field + ": " + message);
        this.field = field;
        this.value = value;
    }

    String field() {
        return field;
    }

    String value() {
        return value;
    }
}
