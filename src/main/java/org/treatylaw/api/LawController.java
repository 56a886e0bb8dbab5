package org.treatylaw.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.treatylaw.datasets.DatasetSchema;
import org.treatylaw.reasoning.LegalReasoner;

import java.util.Comparator;
import java.util.List;

/** The law the engine applies (its rules, each with its legal basis) and the schema of the data it reads. */
@RestController
class LawController {

    private final LegalReasoner reasoner;
    private final ObjectNode datasetSchema = DatasetSchema.generate();

    LawController(LegalReasoner reasoner) {
        this.reasoner = reasoner;
    }

    /** The JSON Schema of a dataset, as PUT /api/datasets/{id} accepts it. */
    @GetMapping(value = "/api/schema/dataset", produces = {"application/schema+json", "application/json"})
    ObjectNode datasetSchema() {
        return datasetSchema;
    }

    @GetMapping("/api/rules")
    List<LegalReasoner.RuleInfo> rules() {
        return reasoner.rules().stream().sorted(Comparator.comparing(LegalReasoner.RuleInfo::name)).toList();
    }
}
