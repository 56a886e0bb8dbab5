package org.treatylaw.world;

import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.facts.Dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic world as a JSON dataset, ready for {@code PUT /api/datasets/{id}}:
 * {@code GenerateWorld <small|tenth|untc|x10> [seed] [file] [--check]}. Without a file it writes to standard output;
 * {@code --check} first runs {@link Dataset#faults()} (slow on big worlds). A summary goes to standard error.
 */
public final class GenerateWorld {

    private GenerateWorld() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GenerateWorld <small|tenth|untc|x10> [seed] [file.json] [--check]");
            System.exit(2);
        }
        WorldShape shape = WorldShape.named(args[0]);
        long seed = args.length > 1 && !args[1].startsWith("--") ? Long.parseLong(args[1]) : 1L;
        Path file = args.length > 2 && !args[2].startsWith("--") ? Path.of(args[2]) : null;
        boolean check = java.util.Arrays.asList(args).contains("--check");

        long start = System.nanoTime();
        Dataset dataset = WorldGenerator.generate(shape, seed);
        System.err.printf("%s: %d states, %d instruments, %d organizations, %d facts (generated in %d ms)%n", dataset.id(),
                dataset.states().size(), dataset.instruments().size(), dataset.organizations().size(), dataset.facts().size(),
                (System.nanoTime() - start) / 1_000_000);
        if (check) {
            long t = System.nanoTime();
            var faults = dataset.faults();
            System.err.printf("faults: %d (checked in %d ms)%n", faults.size(), (System.nanoTime() - t) / 1_000_000);
            faults.stream().limit(20).forEach(f -> System.err.println("  " + f));
            if (!faults.isEmpty()) System.exit(1);
        }
        byte[] json = new DatasetFormat().writeJson(dataset);
        if (file == null) {
            OutputStream out = System.out;
            out.write(json);
            out.flush();
        } else {
            Files.write(file, json);
            System.err.printf("wrote %s (%d bytes)%n", file, json.length);
        }
    }
}
