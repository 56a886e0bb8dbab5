package org.treatylaw.facts;

/** A restriction a decision places on an organization's members until a condition is met. */
public record Restriction(String id, String organization, String text, Condition until, String source) {

    public Restriction {
        Require.id(id, "restrictions.id");
        Require.id(organization, "restrictions.organization");
        Require.present(text, "restrictions.text");
        Require.present(until, "restrictions.until");
    }
}
