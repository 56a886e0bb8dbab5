package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An international organization: its first name, its constituent instrument and its organs. When it exists,
 * who its members are and what it is called later are derived from facts.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Organization(String id, String name, String constituentInstrument, List<Organ> organs, String source) {

    public Organization {
        Require.id(id, "organizations.id");
        Require.present(name, "organizations[" + id + "].name");
        Require.id(constituentInstrument, "organizations[" + id + "].constituentInstrument");
        String organization = id;
        organs = organs == null ? List.of() : organs.stream().map(o -> o.of(organization)).toList();
    }
}
