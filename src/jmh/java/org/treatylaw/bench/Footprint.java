package org.treatylaw.bench;

import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.DateRange;
import org.treatylaw.reasoning.History;
import org.treatylaw.reasoning.Interval;
import org.treatylaw.reasoning.LegalReasoner;
import org.treatylaw.status.Evaluation;
import org.treatylaw.world.Floor;
import org.treatylaw.world.WorldGenerator;
import org.treatylaw.world.WorldShape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * Retained heap of a world, of its derived history (as the service keeps it) and of the floor's conclusions,
 * each measured as the heap in use after a forced full GC, before and while holding it; and the peak heap while
 * deriving. {@code Footprint [small] [untc] [x10]}, run with the heap the service gets ({@code -Xmx2g}).
 */
public final class Footprint {

    private Footprint() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[]{"small", "untc", "x10"} : args;
        LegalReasoner reasoner = Rules.reasoner();
        System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-6s %9s %12s %12s %12s %12s %10s %8s %15s%n", "size", "facts", "dataset MiB", "history MiB", "peak MiB", "floor MiB", "derive s", "agree", "status JSON MB");
        for (String size : sizes) {
            measure(size, reasoner);
        }
    }

    private static void measure(String size, LegalReasoner reasoner) {
        long base = retained();
        Dataset dataset = WorldGenerator.generate(WorldShape.named(size), 1);
        long withDataset = retained();
        Evaluation evaluation = new Evaluation(reasoner);
        History history;
        long peak;
        double seconds;
        try {
            resetPeaks();
            long start = System.nanoTime();
            history = evaluation.history(dataset);
            seconds = (System.nanoTime() - start) / 1e9;
            peak = peaks();
        } catch (OutOfMemoryError e) {
            evaluation = null;
            System.out.printf("%-6s %9d %12.1f %12s %12s %12s %10s  (%s)%n", size, dataset.facts().size(), mib(withDataset - base),
                    "OOM", ">" + (Runtime.getRuntime().maxMemory() >> 20), "-", "-", e.getMessage());
            return;
        }
        long withHistory = retained();
        Floor.Conclusions floor = Floor.of(dataset);
        long withFloor = retained();
        long reportBytes = statusJsonBytes(evaluation, dataset);
        boolean agree = floor.equals(rulesConclusions(history));
        System.out.printf("%-6s %9d %12.1f %12.1f %12.1f %12.1f %10.1f %8s %15s%n", size, dataset.facts().size(), mib(withDataset - base),
                mib(withHistory - withDataset), mib(peak), mib(withFloor - withHistory), seconds, agree ? "yes" : "NO",
                reportBytes < 0 ? "OOM" : String.format("%.1f", reportBytes / 1e6));
        // keep all of them reachable until measured
        if (history.all().isEmpty() && floor.entryIntoForce().isEmpty() && evaluation == null) System.out.println();
    }

    /** The size of the status report as of 2020-01-01 written as JSON, or -1 when it does not fit in the heap. */
    private static long statusJsonBytes(Evaluation evaluation, Dataset dataset) {
        try {
            EngineBenchmarks.Counting out = new EngineBenchmarks.Counting();
            new DatasetFormat().json().writeValue(out, evaluation.status(dataset, LocalDate.of(2020, 1, 1)));
            return out.bytes;
        } catch (OutOfMemoryError e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules' conclusions in the floor's shape: the start of each first interval in force, of party, of member. */
    static Floor.Conclusions rulesConclusions(History history) {
        Map<String, DateRange> inForce = new TreeMap<>();
        Map<String, Map<String, DateRange>> parties = new TreeMap<>();
        Map<String, Map<String, DateRange>> members = new TreeMap<>();
        BinaryOperator<DateRange> earlier = (a, b) -> a.compareTo(b) <= 0 ? a : b;
        for (Interval i : history.all()) {
            switch (i.predicate()) {
                case IN_FORCE -> inForce.merge(i.subject(), i.from(), earlier);
                case PARTY -> parties.computeIfAbsent(i.subject(), k -> new TreeMap<>()).merge(i.object(), i.from(), earlier);
                case MEMBER -> members.computeIfAbsent(i.subject(), k -> new TreeMap<>()).merge(i.object(), i.from(), earlier);
                default -> {
                }
            }
        }
        return new Floor.Conclusions(inForce, parties, members);
    }

    private static long retained() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at once. */
    private static long peaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
