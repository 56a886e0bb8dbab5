package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An organ of an organization: established with it, or by a later instrument; with its seat, role and funding.
 *
 * @param organization the organization it belongs to (filled in from where the dataset lists it)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Organ(String id, String organization, String name, String establishedBy, String role, String seat,
                    String funding, List<String> attributes, String source) {

    public Organ {
        Require.id(id, "organs.id");
        Require.present(name, "organs[" + id + "].name");
        Require.optionalId(establishedBy, "organs[" + id + "].establishedBy");
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    Organ of(String organizationId) {
        return new Organ(id, organizationId, name, establishedBy, role, seat, funding, attributes, source);
    }
}
