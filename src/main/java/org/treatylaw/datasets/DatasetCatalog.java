package org.treatylaw.datasets;

import org.treatylaw.facts.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The datasets the service answers on: the bundled ones (read-only) and those analysts upload, kept as files so
 * they survive a restart. A dataset is written whole to a temporary file and then moved into place, so a failed
 * upload never leaves a half-written dataset.
 */
public final class DatasetCatalog {

    private final Map<String, Dataset> bundled;
    private final Map<String, Dataset> uploaded = new ConcurrentHashMap<>();
    private final Path directory;
    private final DatasetFormat format;

    public DatasetCatalog(Map<String, Dataset> bundled, Path directory, DatasetFormat format) {
        this.bundled = Map.copyOf(bundled);
        this.directory = directory;
        this.format = format;
        loadUploaded();
    }

    private void loadUploaded() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Dataset dataset = format.readValid(in);
                    if (!bundled.containsKey(dataset.id())) {
                        uploaded.put(dataset.id(), dataset);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored datasets in " + directory, e);
        }
    }

    public List<Dataset> all() {
        return Stream.concat(bundled.values().stream(), uploaded.values().stream())
                .sorted(Comparator.comparing(Dataset::id)).toList();
    }

    public Optional<Dataset> find(String id) {
        return Optional.ofNullable(bundled.get(id)).or(() -> Optional.ofNullable(uploaded.get(id)));
    }

    public boolean isBundled(String id) {
        return bundled.containsKey(id);
    }

    /** Stores a sound dataset under its id, replacing an uploaded one of that id; bundled datasets cannot be replaced. */
    public synchronized void store(Dataset dataset) {
        if (isBundled(dataset.id())) {
            throw new ReadOnlyDatasetException(dataset.id());
        }
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, dataset.id(), ".tmp");
            Files.write(temporary, format.writeJson(dataset));
            Files.move(temporary, directory.resolve(dataset.id() + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store dataset " + dataset.id(), e);
        }
        uploaded.put(dataset.id(), dataset);
    }

    /** Removes an uploaded dataset; false when there is none of that id. */
    public synchronized boolean delete(String id) {
        if (isBundled(id)) {
            throw new ReadOnlyDatasetException(id);
        }
        try {
            Files.deleteIfExists(directory.resolve(id + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete dataset " + id, e);
        }
        return uploaded.remove(id) != null;
    }

    /** A bundled dataset cannot be changed or removed. */
    public static class ReadOnlyDatasetException extends RuntimeException {
        public ReadOnlyDatasetException(String id) {
            super("dataset '" + id + "' is bundled with the service and read-only");
        }
    }
}
