package org.treatylaw.bench;

import org.treatylaw.reasoning.LegalReasoner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The rules of the project's {@code rules/} folder (benchmarks run from the project's directory). */
final class Rules {

    private Rules() {
    }

    static LegalReasoner reasoner() {
        Path rules = Path.of(System.getProperty("treaty-status.rules", "rules"));
        try (Stream<Path> files = Files.walk(rules)) {
            Map<String, String> sources = new TreeMap<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                sources.put(rules.relativize(f).toString(), Files.readString(f));
            }
            return new LegalReasoner(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules in " + rules.toAbsolutePath(), e);
        }
    }
}
