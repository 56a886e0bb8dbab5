package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * The instrument is applied provisionally pending its entry into force (VCLT art. 25(1)): from signature or from
 * a date, by every signatory or by the states listed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvisionalApplicationClause(From from, DateRange date, List<String> states, String source) {

    public ProvisionalApplicationClause {
        Require.present(from, "provisionalApplication.from");
        if (from == From.DATE && date == null) {
            throw new InvalidFactException("provisionalApplication.date", "is required when provisional application runs from a date");
        }
        states = states == null ? List.of() : List.copyOf(states);
        states.forEach(s -> Require.state(s, "provisionalApplication.states"));
    }

    /** Whether the clause covers a signatory. */
    public boolean covers(String state) {
        return states.isEmpty() || states.contains(state);
    }

    public enum From {
        SIGNATURE, DATE;

        @JsonValue
        public String code() {
            return name().toLowerCase();
        }
    }
}
