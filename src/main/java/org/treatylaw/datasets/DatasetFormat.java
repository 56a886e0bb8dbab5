package org.treatylaw.datasets;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.Dataset.Fault;
import org.treatylaw.facts.InvalidFactException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes datasets as YAML or JSON, strictly: an unknown field is a fault, not something to ignore. */
public final class DatasetFormat {

    /** SnakeYAML stops at 3 MiB by default; a dataset of the whole treaty world is larger. */
    private static final int MAX_YAML_CODE_POINTS = 256 * 1024 * 1024;

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public DatasetFormat() {
        this.json = JsonMapper.builder().findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        LoaderOptions limits = new LoaderOptions();
        limits.setCodePointLimit(MAX_YAML_CODE_POINTS);
        this.yaml = YAMLMapper.builder(YAMLFactory.builder().loaderOptions(limits).build()).findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public ObjectMapper json() {
        return json;
    }

    /** Reads a dataset, JSON (with the faster JSON parser) or YAML; a fault is reported with its field. */
    public Dataset read(InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in);
            return (startsLikeJson(buffered) ? json : yaml).readValue(buffered, Dataset.class);
        } catch (IOException e) {
            throw new InvalidDatasetException(List.of(fault(e)));
        }
    }

    private static boolean startsLikeJson(BufferedInputStream in) throws IOException {
        in.mark(4096);
        try {
            int c;
            while ((c = in.read()) != -1) {
                if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                    return c == '{';
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    public byte[] writeJson(Dataset dataset) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(dataset);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write dataset " + dataset.id(), e);
        }
    }

    /** Reads and checks a whole dataset: every fault at once, or the sound dataset. */
    public Dataset readValid(InputStream in) {
        Dataset dataset = read(in);
        List<Fault> faults = dataset.faults();
        if (!faults.isEmpty()) {
            throw new InvalidDatasetException(faults);
        }
        return dataset;
    }

    /** The field at fault, from Jackson's path and the fact's own check. */
    public static Fault fault(IOException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof InvalidFactException)) {
            cause = cause.getCause();
        }
        String path = e instanceof JsonMappingException m ? path(m) : "";
        if (cause instanceof InvalidFactException invalid) {
            String field = path.isEmpty() ? invalid.field() : path + "." + invalid.field().replaceAll(".*\\.", "");
            return new Fault(field, null, invalid.getMessage().substring(invalid.getMessage().indexOf(':') + 2));
        }
        if (cause instanceof IllegalArgumentException bad) {
            return new Fault(path.isEmpty() ? "(body)" : path, null, bad.getMessage());
        }
        String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
        return new Fault(path.isEmpty() ? "(body)" : path, null, message.lines().findFirst().orElse(message));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
