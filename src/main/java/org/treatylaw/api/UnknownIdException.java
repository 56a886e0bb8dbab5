package org.treatylaw.api;

/** A path names a dataset or subject the service does not know: 404. */
class UnknownIdException extends RuntimeException {

    private final String field;

    UnknownIdException(String field, String value, String what) {
        super(field + ": no " + what + " has the id '" + value + "'");
        this.field = field;
    }

    String field() {
        return field;
    }
}
