package org.treatylaw.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ids a fact names, by the field that names them, so a dataset can check each against what it defines. */
public record References(List<Map.Entry<String, String>> instruments, List<Map.Entry<String, String>> organizations,
                         List<Map.Entry<String, String>> organs, List<Map.Entry<String, String>> states) {

    public static Builder of() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Map.Entry<String, String>> instruments = new ArrayList<>();
        private final List<Map.Entry<String, String>> organizations = new ArrayList<>();
        private final List<Map.Entry<String, String>> organs = new ArrayList<>();
        private final List<Map.Entry<String, String>> states = new ArrayList<>();

        public Builder instrument(String field, String id) {
            if (id != null) instruments.add(Map.entry(field, id));
            return this;
        }

        public Builder organization(String field, String id) {
            if (id != null) organizations.add(Map.entry(field, id));
            return this;
        }

        public Builder organ(String field, String id) {
            if (id != null) organs.add(Map.entry(field, id));
            return this;
        }

        public Builder state(String field, String code) {
            if (code != null) states.add(Map.entry(field, code));
            return this;
        }

        public References build() {
            return new References(List.copyOf(instruments), List.copyOf(organizations), List.copyOf(organs), List.copyOf(states));
        }
    }
}
