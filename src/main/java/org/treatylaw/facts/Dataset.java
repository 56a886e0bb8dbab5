package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A case: the states, instruments and organizations it speaks of, and the facts its sources record. Data only:
 * a dataset never carries rules.
 *
 * @param weights named tables of a quantity per state (shares of emissions, of contributions) that weighted
 *                entry-into-force clauses read
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Dataset(String id, String title, String source, List<State> states, List<Instrument> instruments,
                      List<Organization> organizations, Map<String, Map<String, Double>> weights, List<Fact> facts) {

    public Dataset {
        Require.id(id, "id");
        Require.present(title, "title");
        states = states == null ? List.of() : List.copyOf(states);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public List<Organ> organs() {
        return organizations.stream().flatMap(o -> o.organs().stream()).toList();
    }

    public Optional<Instrument> instrument(String instrumentId) {
        return instruments.stream().filter(i -> i.id().equals(instrumentId)).findFirst();
    }

    public Optional<Organization> organization(String organizationId) {
        return organizations.stream().filter(o -> o.id().equals(organizationId)).findFirst();
    }

    public Optional<Fact> fact(String factId) {
        return facts.stream().filter(f -> f.id().equals(factId)).findFirst();
    }

    /** Whether any instrument, organization, organ, state or fact has this id. */
    public boolean knows(String anyId) {
        return instrument(anyId).isPresent() || organization(anyId).isPresent()
                || organs().stream().anyMatch(o -> o.id().equals(anyId))
                || states.stream().anyMatch(s -> s.code().equals(anyId)) || fact(anyId).isPresent();
    }

    /** The same case with other facts: the what-if of an analyst. The dataset itself never changes. */
    public Dataset withFacts(List<Fact> otherFacts) {
        return new Dataset(id, title, source, states, instruments, organizations, weights, otherFacts);
    }

    /** Every fault of the dataset, each naming the field and the value at fault; empty when it is sound. */
    public List<Fault> faults() {
        List<Fault> faults = new ArrayList<>();
        duplicates(faults, "states", states.stream().map(State::code));
        duplicates(faults, "instruments", instruments.stream().map(Instrument::id));
        duplicates(faults, "organizations", organizations.stream().map(Organization::id));
        duplicates(faults, "organs", organs().stream().map(Organ::id));
        duplicates(faults, "facts", facts.stream().map(Fact::id));
        Set<String> instrumentIds = ids(instruments, Instrument::id);
        Set<String> organizationIds = ids(organizations, Organization::id);
        Set<String> organIds = ids(organs(), Organ::id);
        Set<String> stateCodes = ids(states, State::code);
        for (Instrument i : instruments) {
            String at = "instruments[" + i.id() + "]";
            unknown(faults, at + ".establishes", i.establishes(), organizationIds);
            if (i.succession() != null) unknown(faults, at + ".succession.terminates", i.succession().terminates(), organizationIds);
            if (i.supersedes() != null) i.supersedes().instruments().forEach(e -> unknown(faults, at + ".supersedes.instruments", e, instrumentIds));
            i.negotiatingStates().forEach(s -> unknown(faults, at + ".negotiatingStates", s, stateCodes));
            if (i.provisionalApplication() != null) i.provisionalApplication().states().forEach(s -> unknown(faults, at + ".provisionalApplication.states", s, stateCodes));
            for (OrganContinuation c : i.organContinuation()) {
                unknown(faults, at + ".organContinuation.organ", c.organ(), organIds);
                unknown(faults, at + ".organContinuation.jointlyWith", c.jointlyWith(), organIds);
                unknown(faults, at + ".organContinuation.until.inventoryOf", c.until().inventoryOf(), organizationIds);
            }
            for (Restriction r : i.restrictions()) {
                unknown(faults, at + ".restrictions.organization", r.organization(), organizationIds);
                unknown(faults, at + ".restrictions.until.inventoryOf", r.until().inventoryOf(), organizationIds);
            }
            EntryIntoForceClause clause = i.entryIntoForce();
            if (clause != null && clause.weight() != null && !weights.containsKey(clause.weight())) {
                faults.add(new Fault(at + ".entryIntoForce.weight", clause.weight(), "no weight table of that name in 'weights'"));
            }
        }
        for (Organization o : organizations) {
            unknown(faults, "organizations[" + o.id() + "].constituentInstrument", o.constituentInstrument(), instrumentIds);
            o.organs().forEach(organ -> unknown(faults, "organs[" + organ.id() + "].establishedBy", organ.establishedBy(), instrumentIds));
        }
        weights.forEach((name, table) -> table.keySet().forEach(s -> unknown(faults, "weights." + name, s, stateCodes)));
        Set<String> factIds = ids(facts, Fact::id);
        Map<String, List<Signature>> signatures = facts.stream().filter(f -> f instanceof Signature).map(Signature.class::cast)
                .collect(Collectors.groupingBy(s -> s.instrument() + "|" + s.state()));
        for (Fact fact : facts) {
            String at = "facts[" + fact.id() + "]";
            References refs = fact.references();
            refs.instruments().forEach(r -> unknown(faults, at + "." + r.getKey(), r.getValue(), instrumentIds));
            refs.organizations().forEach(r -> unknown(faults, at + "." + r.getKey(), r.getValue(), organizationIds));
            refs.organs().forEach(r -> unknown(faults, at + "." + r.getKey(), r.getValue(), organIds));
            refs.states().forEach(r -> unknown(faults, at + "." + r.getKey(), r.getValue(), stateCodes));
            if (fact instanceof NoticeWithdrawn n) unknown(faults, at + ".notice", n.notice(), factIds);
            if (fact instanceof Deposit d) depositAfterSignature(faults, at, d, signatures.getOrDefault(d.instrument() + "|" + d.state(), List.of()));
        }
        return faults;
    }

    /** Ratification, acceptance and approval confirm a signature (VCLT art. 14): they cannot precede it. */
    private static void depositAfterSignature(List<Fault> faults, String at, Deposit deposit, List<Signature> signatures) {
        if (deposit.kind() == DepositKind.ACCESSION || deposit.kind() == DepositKind.SUCCESSION) {
            return;
        }
        if (signatures.isEmpty()) {
            faults.add(new Fault(at + ".kind", deposit.kind().code(), "a deposit of " + deposit.kind().code() + " by " + deposit.state()
                    + " needs its signature of " + deposit.instrument() + ", and none is recorded (accession or succession need none)"));
        } else if (signatures.stream().allMatch(s -> deposit.date().certainlyBefore(s.date()))) {
            faults.add(new Fault(at + ".date", deposit.date().toString(), "the deposit precedes " + deposit.state() + "'s signature of " + deposit.instrument()));
        }
    }

    private static <T> Set<String> ids(List<T> things, Function<T, String> id) {
        return things.stream().map(id).collect(Collectors.toCollection(HashSet::new));
    }

    private static void duplicates(List<Fault> faults, String field, Stream<String> ids) {
        Map<String, Long> counts = ids.collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        counts.forEach((value, n) -> {
            if (n > 1) faults.add(new Fault(field, value, "the id is used " + n + " times"));
        });
    }

    private static void unknown(List<Fault> faults, String field, String value, Set<String> known) {
        if (value != null && !known.contains(value)) {
            faults.add(new Fault(field, value, "unknown id"));
        }
    }

    /** One fault of a dataset or a fact: the field, the value given, and what is wrong with it. */
    public record Fault(String field, String value, String message) {
    }
}
