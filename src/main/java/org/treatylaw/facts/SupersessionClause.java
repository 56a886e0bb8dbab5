package org.treatylaw.facts;

import java.util.List;

/**
 * The instrument replaces earlier treaties on the same subject-matter: they terminate once it is in force for all
 * their parties (VCLT art. 59(1)(a)).
 */
public record SupersessionClause(List<String> instruments, String source) {

    public SupersessionClause {
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        if (instruments.isEmpty()) {
            throw new InvalidFactException("supersedes.instruments", "name at least one earlier instrument");
        }
        instruments.forEach(i -> Require.id(i, "supersedes.instruments"));
    }
}
