package org.treatylaw.facts;

/** A state, by its ISO 3166-1 alpha-2 code. */
public record State(String code, String name) {

    public State {
        Require.state(code, "states.code");
        Require.present(name, "states[" + code + "].name");
    }
}
