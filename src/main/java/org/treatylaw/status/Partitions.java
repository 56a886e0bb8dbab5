package org.treatylaw.status;

import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.Fact;
import org.treatylaw.facts.Instrument;
import org.treatylaw.facts.NoticeWithdrawn;
import org.treatylaw.facts.Organ;
import org.treatylaw.facts.OrganContinuation;
import org.treatylaw.facts.Organization;
import org.treatylaw.facts.References;
import org.treatylaw.facts.Restriction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Splits a dataset into parts that no rule can connect: an instrument, the organization it establishes, the
 * organizations it terminates, the organs and restrictions its decisions address, and the facts about any of
 * them. Each part is derived on its own; a what-if re-derives only the parts its facts touch.
 */
public final class Partitions {

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Dataset> parts = new LinkedHashMap<>();
    private final Map<String, String> partOfFact;
    private final Dataset nothing;

    public Partitions(Dataset dataset) {
        for (Instrument i : dataset.instruments()) {
            find(i.id());
            if (i.establishes() != null) union(i.id(), i.establishes());
            if (i.succession() != null) union(i.id(), i.succession().terminates());
            if (i.supersedes() != null) i.supersedes().instruments().forEach(earlier -> union(i.id(), earlier));
            for (OrganContinuation c : i.organContinuation()) {
                union(i.id(), c.organ());
                union(i.id(), c.until().inventoryOf());
                if (c.jointlyWith() != null) union(i.id(), c.jointlyWith());
            }
            for (Restriction r : i.restrictions()) {
                union(i.id(), r.organization());
                union(i.id(), r.until().inventoryOf());
            }
        }
        for (Organization o : dataset.organizations()) {
            union(o.id(), o.constituentInstrument());
            for (Organ organ : o.organs()) {
                union(organ.id(), o.id());
                if (organ.establishedBy() != null) union(organ.id(), organ.establishedBy());
            }
        }
        Map<String, List<Fact>> facts = new LinkedHashMap<>();
        partOfFact = new HashMap<>(dataset.facts().size() * 4 / 3 + 1);
        // a revocation joins the part of the notice it revokes, wherever it stands in the list: notices first
        List<Fact> revocations = new ArrayList<>();
        for (Fact fact : dataset.facts()) {
            if (fact instanceof NoticeWithdrawn) revocations.add(fact);
            else place(fact, facts);
        }
        revocations.forEach(fact -> place(fact, facts));
        Map<String, List<Instrument>> instruments = new LinkedHashMap<>();
        dataset.instruments().forEach(i -> instruments.computeIfAbsent(find(i.id()), k -> new ArrayList<>()).add(i));
        Map<String, List<Organization>> organizations = new LinkedHashMap<>();
        dataset.organizations().forEach(o -> organizations.computeIfAbsent(find(o.id()), k -> new ArrayList<>()).add(o));
        TreeSet<String> roots = new TreeSet<>(instruments.keySet());
        roots.addAll(organizations.keySet());
        roots.addAll(facts.keySet());
        for (String root : roots) {
            parts.put(root, part(dataset, instruments.getOrDefault(root, List.of()), organizations.getOrDefault(root, List.of()),
                    facts.getOrDefault(root, List.of())));
        }
        nothing = part(dataset, List.of(), List.of(), List.of());
    }

    private void place(Fact fact, Map<String, List<Fact>> facts) {
        String part = subjectOf(fact, partOfFact).map(this::find).orElse("");
        partOfFact.put(fact.id(), part);
        facts.computeIfAbsent(part, k -> new ArrayList<>()).add(fact);
    }

    private static Dataset part(Dataset dataset, List<Instrument> instruments, List<Organization> organizations, List<Fact> facts) {
        return new Dataset(dataset.id(), dataset.title(), dataset.source(), dataset.states(), instruments, organizations,
                dataset.weights(), facts);
    }

    /** The parts, by a key that stays the same as long as the instruments and organizations do. */
    public Map<String, Dataset> parts() {
        return parts;
    }

    /** Whether the dataset has a fact of this id. */
    public boolean holds(String factId) {
        return partOfFact.containsKey(factId);
    }

    /**
     * The part of that key; for a key of no part (added facts that name nothing the dataset knows), a part with no
     * instruments, no organizations and no facts.
     */
    public Dataset part(String key) {
        return parts.getOrDefault(key, nothing);
    }

    /** Some parts of a dataset as one dataset; instruments and organizations in the dataset's order. */
    public static Dataset together(Dataset dataset, Collection<Dataset> parts) {
        Set<String> instruments = parts.stream().flatMap(p -> p.instruments().stream()).map(Instrument::id).collect(Collectors.toSet());
        Set<String> organizations = parts.stream().flatMap(p -> p.organizations().stream()).map(Organization::id).collect(Collectors.toSet());
        return part(dataset, dataset.instruments().stream().filter(i -> instruments.contains(i.id())).toList(),
                dataset.organizations().stream().filter(o -> organizations.contains(o.id())).toList(),
                parts.stream().flatMap(p -> p.facts().stream()).toList());
    }

    /** The part a fact of the dataset belongs to. */
    public String partOf(String factId) {
        return partOfFact.getOrDefault(factId, "");
    }

    /** The part of an instrument, organization or organ of the dataset; {@code ""} for an id it does not know. */
    public String partOfSubject(String id) {
        return parent.containsKey(id) ? find(id) : "";
    }

    /** The part an added fact would belong to. */
    public String partOf(Fact fact) {
        return subjectOf(fact, partOfFact).map(this::partOfSubject).orElse("");
    }

    private static Optional<String> subjectOf(Fact fact, Map<String, String> partOfFact) {
        if (fact instanceof NoticeWithdrawn n) {
            return Optional.ofNullable(partOfFact.get(n.notice()));
        }
        References refs = fact.references();
        if (!refs.instruments().isEmpty()) return Optional.of(refs.instruments().get(0).getValue());
        if (!refs.organizations().isEmpty()) return Optional.of(refs.organizations().get(0).getValue());
        if (!refs.organs().isEmpty()) return Optional.of(refs.organs().get(0).getValue());
        return Optional.empty();
    }

    private String find(String id) {
        String p = parent.computeIfAbsent(id, k -> k);
        if (p.equals(id)) return id;
        String root = find(p);
        parent.put(id, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            // the smaller id becomes the root, so that a part's key does not depend on the order of the data
            if (ra.compareTo(rb) < 0) parent.put(rb, ra);
            else parent.put(ra, rb);
        }
    }
}
