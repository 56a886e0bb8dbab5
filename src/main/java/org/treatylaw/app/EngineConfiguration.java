package org.treatylaw.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.treatylaw.datasets.DatasetCatalog;
import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.facts.Dataset;
import org.treatylaw.reasoning.LegalReasoner;
import org.treatylaw.status.Evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Wires the engine: the rules compiled once at start-up, the bundled datasets, the store of uploaded ones. */
@Configuration
class EngineConfiguration {

    @Bean
    LegalReasoner legalReasoner() throws IOException {
        return new LegalReasoner(ruleSources());
    }

    /** The DRL files under {@code rules/} on the class path, by their path below it. */
    static Map<String, String> ruleSources() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:rules/**/*.drl")) {
            String url = r.getURL().toString();
            String path = url.substring(url.lastIndexOf("rules/") + "rules/".length());
            try (InputStream in = r.getInputStream()) {
                sources.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sources;
    }

    @Bean
    DatasetFormat datasetFormat() {
        return new DatasetFormat();
    }

    @Bean
    DatasetCatalog datasetCatalog(DatasetFormat format, @Value("${treaty-status.data-dir:data}") Path dataDirectory) throws IOException {
        Map<String, Dataset> bundled = new LinkedHashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:datasets/*.yaml")) {
            try (InputStream in = r.getInputStream()) {
                Dataset dataset = format.readValid(in);
                bundled.put(dataset.id(), dataset);
            }
        }
        return new DatasetCatalog(bundled, dataDirectory.resolve("datasets"), format);
    }

    @Bean
    Evaluation evaluation(LegalReasoner reasoner) {
        return new Evaluation(reasoner);
    }
}
