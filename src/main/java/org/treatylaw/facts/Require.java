package org.treatylaw.facts;

import java.util.regex.Pattern;

/** Checks shared by the compact constructors of facts and dataset records. */
public final class Require {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new InvalidFactException(field, "is required");
        }
        return value;
    }

    public static String state(String code, String field) {
        present(code, field);
        if (!STATE.matcher(code).matches()) {
            throw new InvalidFactException(field, "'" + code + "' is not an ISO 3166-1 alpha-2 code (two capital letters)");
        }
        return code;
    }

    public static String id(String id, String field) {
        present(id, field);
        if (!ID.matcher(id).matches()) {
            throw new InvalidFactException(field, "'" + id + "' is not an id (letters, digits, '.', '_', ':', '-'; at most 128)");
        }
        return id;
    }

    public static String optionalId(String id, String field) {
        return id == null ? null : id(id, field);
    }

    /** Exactly one of an organization or an instrument names what a fact is about. */
    public static void oneOf(String organization, String instrument) {
        if ((organization == null) == (instrument == null)) {
            throw new InvalidFactException("organization", "give either 'organization' or 'instrument', not both or neither");
        }
    }
}
