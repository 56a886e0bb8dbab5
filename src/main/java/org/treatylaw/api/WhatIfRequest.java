package org.treatylaw.api;

import org.treatylaw.facts.Fact;

import java.util.List;

/** A what-if question: as of a day, the dataset plus these facts, minus the facts with these ids. */
record WhatIfRequest(String asOf, List<Fact> add, List<String> remove) {

    WhatIfRequest {
        add = add == null ? List.of() : add;
        remove = remove == null ? List.of() : remove;
    }
}
