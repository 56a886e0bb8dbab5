package org.treatylaw.reasoning;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kie.api.definition.rule.Rule;
import org.treatylaw.facts.Fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One step of an explanation: the rule that drew a conclusion, the legal provisions it rests on (the rule's
 * {@code @article} and the clauses it read), the facts, and the conclusions it built on.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Because(String rule, List<String> basis, List<String> facts, String text, List<Because> premises) {

    public Because {
        basis = List.copyOf(basis);
        facts = List.copyOf(facts);
        premises = List.copyOf(premises);
    }

    /**
     * Shallow: conclusions are hashed by truth maintenance at every insertion, and hashing a whole explanation tree
     * again and again costs more than all the reasoning. Equal steps still have equal hashes.
     */
    @Override
    public int hashCode() {
        return 31 * rule.hashCode() + (text == null ? 0 : text.hashCode());
    }

    /**
     * Explains a conclusion drawn by a rule from its premises: facts become fact ids, conclusions become nested
     * steps, citations of clauses join the legal basis.
     */
    public static Because of(Rule rule, String text, Object... premises) {
        Object article = rule.getMetaData().get("article");
        Set<String> basis = new LinkedHashSet<>(article == null ? List.of() : ARTICLES.computeIfAbsent(article.toString(), Because::provisions));
        Set<String> facts = new LinkedHashSet<>();
        List<Because> steps = new ArrayList<>();
        for (Object premise : flatten(premises)) {
            if (premise instanceof Fact fact) {
                facts.add(fact.id());
            } else if (premise instanceof Explained conclusion) {
                steps.add(conclusion.because());
            } else if (premise instanceof Citation citation) {
                basis.add(citation.text());
            }
        }
        return new Because(rule.getName(), List.copyOf(basis), List.copyOf(facts), text, steps);
    }

    /** A rule's {@code @article}, read once per text: the provisions it names, separated by semicolons. */
    private static final Map<String, List<String>> ARTICLES = new ConcurrentHashMap<>();

    private static List<String> provisions(String article) {
        return Arrays.stream(article.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The step with its premises kept to a depth, and below the first level to a few each: a standing (a party, a
     * member) shows the rule that made it and what it rested on, while the whole chain (every consent behind an
     * entry into force) stays with the conclusion it came from.
     */
    public Because upTo(int depth, int breadth) {
        if (depth <= 1) {
            return premises.isEmpty() ? this : new Because(rule, basis, facts, text, List.of());
        }
        List<Because> kept = premises.stream().limit(breadth).map(p -> p.upTo(depth - 1, breadth)).toList();
        String shown = premises.size() > breadth ? text + " (" + (premises.size() - breadth) + " more steps not shown here)" : text;
        return new Because(rule, basis, facts, shown, kept);
    }

    private static List<Object> flatten(Object[] premises) {
        List<Object> all = new ArrayList<>();
        for (Object p : premises) {
            if (p instanceof java.util.Collection<?> many) all.addAll(many);
            else if (p != null) all.add(p);
        }
        return all;
    }

    /** A conclusion that carries its explanation. */
    public interface Explained {
        Because because();
    }
}
