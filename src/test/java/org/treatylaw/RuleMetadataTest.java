package org.treatylaw;

import org.junit.jupiter.api.Test;
import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.facts.Dataset;
import org.treatylaw.reasoning.LegalReasoner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules stay law: each cites its legal basis, and none names a particular treaty, state or organization. */
class RuleMetadataTest {

    private static final Path RULES = Path.of("rules");
    private static final Path DATASETS = Path.of("src/main/resources/datasets");

    static Map<String, String> ruleSources() {
        return LegalReasoner.readRules(RULES);
    }

    @Test
    void everyRuleCitesItsLegalBasis() throws IOException {
        List<LegalReasoner.RuleInfo> rules = new LegalReasoner(ruleSources()).rules();
        assertThat(rules).hasSizeGreaterThan(30);
        assertThat(rules).allSatisfy(rule ->
                assertThat(rule.metadata().get("article")).as(rule.name()).isNotBlank());
    }

    @Test
    void everyOverriddenRuleExists() throws IOException {
        List<LegalReasoner.RuleInfo> rules = new LegalReasoner(ruleSources()).rules();
        Set<String> names = rules.stream().map(LegalReasoner.RuleInfo::name).collect(Collectors.toSet());
        rules.stream().filter(r -> r.metadata().containsKey("overrides"))
                .forEach(r -> assertThat(names).as(r.name()).contains(r.metadata().get("overrides")));
    }

    @Test
    void everyRuleHasTheTextOfItsProvisionAbove() throws IOException {
        for (Map.Entry<String, String> file : ruleSources().entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).containsPattern("//\\s*VCLT art\\.");
        }
    }

    @Test
    void noRuleNamesAnIdOfABundledDataset() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(DATASETS)) {
            for (Path f : files.toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    Dataset d = new DatasetFormat().read(in);
                    d.instruments().forEach(i -> ids.add(i.id()));
                    d.organizations().forEach(o -> ids.add(o.id()));
                    d.organs().forEach(o -> ids.add(o.id()));
                    d.states().forEach(s -> ids.add(s.code()));
                    d.facts().forEach(fact -> ids.add(fact.id()));
                }
            }
        }
        for (Map.Entry<String, String> file : ruleSources().entrySet()) {
            String code = file.getValue().lines().filter(l -> !l.trim().startsWith("//") && !l.trim().startsWith("@"))
                    .collect(Collectors.joining("\n"));
            for (String id : ids) {
                assertThat(Pattern.compile("\"" + Pattern.quote(id) + "\"").matcher(code).find())
                        .as(file.getKey() + " names the dataset id " + id).isFalse();
            }
        }
    }
}
