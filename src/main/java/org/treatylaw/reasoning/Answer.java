package org.treatylaw.reasoning;

import com.fasterxml.jackson.annotation.JsonValue;

/** Every derived answer is three-valued. */
public enum Answer {
    YES, NO, UNDETERMINED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
