package org.treatylaw.world;

import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.DateRange;
import org.treatylaw.reasoning.History;
import org.treatylaw.reasoning.Interval;
import org.treatylaw.reasoning.LegalReasoner;
import org.treatylaw.reasoning.Predicate;
import org.treatylaw.status.Evaluation;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** What the rules conclude, read off their history in the shape of the floor's conclusions. */
final class RulesConclusions {

    private static final Path RULES = Path.of("rules");
    private static LegalReasoner reasoner;

    private RulesConclusions() {
    }

    /** The rules of {@code rules/}, compiled once for all the tests of this package. */
    static synchronized LegalReasoner reasoner() {
        if (reasoner == null) {
            reasoner = new LegalReasoner(LegalReasoner.readRules(RULES));
        }
        return reasoner;
    }

    /** Derived in one session, the whole dataset at once. */
    static Floor.Conclusions of(Dataset dataset) {
        return of(new History(reasoner().derive(dataset)));
    }

    /** Derived as the service derives it, part by part. */
    static Floor.Conclusions byParts(Dataset dataset) {
        return of(new Evaluation(reasoner()).history(dataset));
    }

    /** The start of the first interval of each instrument in force, of each party, of each member. */
    static Floor.Conclusions of(History history) {
        Map<String, DateRange> inForce = new TreeMap<>();
        Map<String, Map<String, DateRange>> parties = new TreeMap<>();
        Map<String, Map<String, DateRange>> members = new TreeMap<>();
        for (Interval i : history.all()) {
            if (i.predicate() == Predicate.IN_FORCE) {
                inForce.merge(i.subject(), i.from(), RulesConclusions::earlier);
            } else if (i.predicate() == Predicate.PARTY) {
                parties.computeIfAbsent(i.subject(), k -> new TreeMap<>()).merge(i.object(), i.from(), RulesConclusions::earlier);
            } else if (i.predicate() == Predicate.MEMBER) {
                members.computeIfAbsent(i.subject(), k -> new TreeMap<>()).merge(i.object(), i.from(), RulesConclusions::earlier);
            }
        }
        return new Floor.Conclusions(inForce, parties, members);
    }

    /** Of two intervals' starts, the first interval's. */
    private static DateRange earlier(DateRange a, DateRange b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
