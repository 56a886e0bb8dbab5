package org.treatylaw.bench;

import org.treatylaw.reasoning.LegalReasoner;

import java.nio.file.Path;

/** The rules of the project's {@code rules/} folder (benchmarks run from the project's directory). */
final class Rules {

    private Rules() {
    }

    static LegalReasoner reasoner() {
        return new LegalReasoner(LegalReasoner.readRules(Path.of(System.getProperty("treaty-status.rules", "rules"))));
    }
}
