package org.treatylaw.reasoning;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a conclusion says holds of its subject (and object) over time. */
public enum Predicate {
    /** subject: instrument. */
    IN_FORCE,
    /** subject: instrument, object: state; the instrument is in force for the state. */
    PARTY,
    /** subject: instrument, object: state. */
    PROVISIONALLY_APPLIED,
    /** subject: instrument, object: restriction id; a restriction the instrument states applies. */
    RESTRICTION,
    /** subject: organization. */
    FUNCTIONING,
    /** subject: organization. */
    FUNCTIONING_PROVISIONALLY,
    /** subject: organization. */
    TERMINATED,
    /** subject: organization, object: the name. */
    NAMED,
    /** subject: organization, object: state. */
    MEMBER,
    /** subject: organization, object: state. */
    OBSERVER,
    /** subject: organ. */
    ACTIVE,
    /** subject: organ. */
    TRANSITIONAL,
    /** subject: organ. */
    LIQUIDATION_DUE,
    /** subject: organ. */
    DISSOLVED,
    /** subject: organ. */
    CEASED;

    @JsonValue
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
