package org.treatylaw.bench;

import org.treatylaw.reasoning.LegalReasoner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of the project's {@code rules/} folder (benchmarks run from the project's directory). */
final class Rules {

    private Rules() {
    }

    static LegalReasoner reasoner() {
        return new LegalReasoner(sources());
    }

    /**
     * Only the rules that draw what the floor computes (consent, entry into force, parties, accession, provisional
     * application, withdrawal, membership), without those that say what is still outstanding: the floor's own
     * question put to the rule engine, with truth maintenance and explanations as the service derives them.
     */
    static LegalReasoner floorsQuestion() {
        Map<String, String> kept = new TreeMap<>();
        sources().forEach((path, text) -> {
            if (FLOORS_RULES.stream().anyMatch(path::startsWith)) {
                kept.put(path, RULE.matcher(text).replaceAll(r -> r.group().contains("new Outstanding(") ? "" : Matcher.quoteReplacement(r.group())));
            }
        });
        return new LegalReasoner(kept);
    }

    private static final List<String> FLOORS_RULES = List.of("entry-into-force/", "accession/", "provisional-application/",
            "withdrawal/", "membership/membership.drl");

    /** A rule of a DRL file, from its {@code rule "name"} line to its {@code end} line. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \".*?^end$");

    private static Map<String, String> sources() {
        return LegalReasoner.readRules(Path.of(System.getProperty("treaty-status.rules", "rules")));
    }
}
