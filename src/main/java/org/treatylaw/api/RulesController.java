package org.treatylaw.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.treatylaw.reasoning.LegalReasoner;

import java.util.Comparator;
import java.util.List;

/** The rules the engine applies, each with its legal basis: for a lawyer checking the encoding. */
@RestController
class RulesController {

    private final LegalReasoner reasoner;

    RulesController(LegalReasoner reasoner) {
        this.reasoner = reasoner;
    }

    @GetMapping("/api/rules")
    List<LegalReasoner.RuleInfo> rules() {
        return reasoner.rules().stream().sorted(Comparator.comparing(LegalReasoner.RuleInfo::name)).toList();
    }
}
