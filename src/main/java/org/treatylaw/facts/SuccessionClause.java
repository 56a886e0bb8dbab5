package org.treatylaw.facts;

/**
 * The instrument terminates a predecessor organization and the organization it establishes takes its place
 * (VCLT art. 59: termination by conclusion of a later treaty), as soon as it applies, provisionally or in force.
 */
public record SuccessionClause(String terminates, boolean observersCarriedOver, String source) {

    public SuccessionClause {
        Require.id(terminates, "succession.terminates");
    }
}
