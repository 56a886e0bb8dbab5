package org.treatylaw.reasoning;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kie.api.definition.rule.Rule;
import org.treatylaw.facts.Fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
     * A total order of explanations: by rule, text, facts, then premises, one by one (deeper only on ties). The
     * rules conclude in no set order; ordered by their explanations, the same conclusions read the same every time.
     */
    public static final Comparator<Because> ORDER = new Comparator<>() {
        @Override
        public int compare(Because a, Because b) {
            int c = a.rule.compareTo(b.rule);
            if (c == 0) c = Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a.text, b.text);
            if (c == 0) c = String.join(",", a.facts).compareTo(String.join(",", b.facts));
            for (int i = 0; c == 0 && i < Math.min(a.premises.size(), b.premises.size()); i++) {
                c = compare(a.premises.get(i), b.premises.get(i));
            }
            return c != 0 ? c : Integer.compare(a.premises.size(), b.premises.size());
        }
    };

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

    /**
     * The premises in the order the rule gives them; the members of a collection (what an accumulate gathered, in
     * whatever order the session holds them) in the order of their explanations and fact ids, so that the same
     * conclusion is explained the same way every time.
     */
    private static List<Object> flatten(Object[] premises) {
        List<Object> all = new ArrayList<>();
        for (Object p : premises) {
            if (p instanceof java.util.Collection<?> many) many.stream().sorted(PREMISES).forEach(all::add);
            else if (p != null) all.add(p);
        }
        return all;
    }

    private static final Comparator<Object> PREMISES = (a, b) -> {
        if (a instanceof Explained x && b instanceof Explained y) return ORDER.compare(x.because(), y.because());
        if (a instanceof Fact x && b instanceof Fact y) return x.id().compareTo(y.id());
        return Boolean.compare(a instanceof Explained, b instanceof Explained);
    };

    /** A conclusion that carries its explanation. */
    public interface Explained {
        Because because();
    }
}
