package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an instrument deposited with the depositary is (VCLT arts. 11, 14-16; UN depositary practice). */
public enum DepositKind {
    RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION, SUCCESSION;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
