package org.treatylaw.reasoning;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;
import org.drools.model.codegen.ExecutableModelProject;
import org.treatylaw.facts.Dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The one class that speaks to Drools. Builds the rule base once from the DRL sources it is given, and derives
 * the conclusions of a dataset in a fresh session.
 */
public final class LegalReasoner {

    private final KieBase kieBase;
    /** Sessions are reused: creating one allocates memory for every node of the network. */
    private final KieContainerSessionsPool sessions;

    /** @param ruleSources DRL texts by their path under {@code rules/} (e.g. {@code entry-into-force/consent.drl}) */
    public LegalReasoner(Map<String, String> ruleSources) {
        if (ruleSources.isEmpty()) {
            throw new IllegalArgumentException("no rules given");
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.treatylaw", "rules-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        ruleSources.forEach((path, text) -> kfs.write("src/main/resources/rules/" + path, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules do not compile: " + errors);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        this.kieBase = container.getKieBase();
        this.sessions = container.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
    }

    /** The DRL files below a directory (the project's {@code rules/}), by their path below it. */
    public static Map<String, String> readRules(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            Map<String, String> sources = new TreeMap<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                sources.put(directory.relativize(f).toString(), Files.readString(f));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules in " + directory.toAbsolutePath(), e);
        }
    }

    /** Every rule, with its metadata ({@code @article}, {@code @overrides}...). */
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                rules.add(new RuleInfo(r.getName(), r.getMetaData().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))));
            }
        }
        return rules;
    }

    /** Derives what the law concludes from a dataset's clauses and facts. */
    public Derivation derive(Dataset dataset) {
        // Drools finds its services (truth maintenance among them) through the context class loader; a worker
        // thread of a parallel stream has the system one, which in the packaged application does not see them.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(LegalReasoner.class.getClassLoader());
        KieSession session = sessions.newKieSession();
        try {
            dataset.instruments().forEach(session::insert);
            dataset.organizations().forEach(session::insert);
            dataset.organs().forEach(session::insert);
            dataset.weights().forEach((name, table) -> session.insert(new WeightTable(name, table)));
            dataset.facts().forEach(session::insert);
            session.fireAllRules();
            Map<Class<?>, List<Object>> concluded = new HashMap<>();
            for (Object o : session.getObjects(o -> CONCLUSIONS.contains(o.getClass()))) {
                concluded.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
            }
            return new Derivation(
                    objects(concluded, Initiates.class), objects(concluded, Terminates.class),
                    objects(concluded, Binding.class), objects(concluded, Outstanding.class),
                    objects(concluded, LiquidationDuty.class), objects(concluded, Succession.class));
        } finally {
            session.dispose();
            thread.setContextClassLoader(previous);
        }
    }

    /** What a derivation keeps of a session: the conclusions that make a history. */
    private static final Set<Class<?>> CONCLUSIONS = Set.of(Initiates.class, Terminates.class, Binding.class,
            Outstanding.class, LiquidationDuty.class, Succession.class);

    @SuppressWarnings("unchecked")
    private static <T> List<T> objects(Map<Class<?>, List<Object>> concluded, Class<T> type) {
        return List.copyOf((List<T>) concluded.getOrDefault(type, List.of()));
    }

    /** A rule and its metadata. */
    public record RuleInfo(String name, Map<String, String> metadata) {
    }
}
