package org.treatylaw.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.DateRange;
import org.treatylaw.facts.Deposit;
import org.treatylaw.facts.DepositKind;
import org.treatylaw.facts.Instrument;
import org.treatylaw.facts.State;
import org.treatylaw.reasoning.History;
import org.treatylaw.reasoning.Interval;
import org.treatylaw.reasoning.LegalReasoner;
import org.treatylaw.status.Evaluation;
import org.treatylaw.status.StatusReport;
import org.treatylaw.world.Floor;
import org.treatylaw.world.WorldGenerator;
import org.treatylaw.world.WorldShape;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine on synthetic worlds of three sizes (seed 1): loading (JSON, checking, deriving the history), the
 * questions of the contract (status as of a day, a treaty's timeline, a what-if adding one deposit), and the
 * plain-Java floor. Run with {@code mvn -Pbench test-compile exec:exec}; add {@code -prof gc} for allocation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class EngineBenchmarks {

    static final LocalDate AS_OF = LocalDate.of(2020, 1, 1);

    /** A generated world. */
    @org.openjdk.jmh.annotations.State(Scope.Benchmark)
    public static class World {
        @Param({"small", "untc", "x10"})
        public String size;
        Dataset dataset;

        @Setup(Level.Trial)
        public void generate() {
            dataset = WorldGenerator.generate(WorldShape.named(size), 1);
        }
    }

    /** The world as the JSON an analyst uploads. */
    @org.openjdk.jmh.annotations.State(Scope.Benchmark)
    public static class Upload {
        @Param({"small", "untc", "x10"})
        public String size;
        final DatasetFormat format = new DatasetFormat();
        byte[] json;

        @Setup(Level.Trial)
        public void write() {
            json = format.writeJson(WorldGenerator.generate(WorldShape.named(size), 1));
        }
    }

    /**
     * The rules, compiled once, as the service holds them: all of them, or only those that draw what the floor
     * computes ({@code floors}: the floor's own question put to the rule engine, with truth maintenance and
     * explanations as the service derives them).
     */
    @org.openjdk.jmh.annotations.State(Scope.Benchmark)
    public static class Engine {
        @Param({"all", "floors"})
        public String rules;
        LegalReasoner reasoner;

        @Setup(Level.Trial)
        public void compile() {
            reasoner = rules.equals("floors") ? Rules.floorsQuestion() : Rules.reasoner();
            System.out.println("# " + reasoner.rules().size() + " rules");
        }
    }

    /** A world the service has derived once and answers questions on; the question's treaty and deposit. */
    @org.openjdk.jmh.annotations.State(Scope.Benchmark)
    public static class Served {
        @Param({"small", "untc", "x10"})
        public String size;
        Dataset dataset;
        Evaluation evaluation;
        String treaty;
        Deposit deposit;
        final ObjectMapper json = new DatasetFormat().json();

        @Setup(Level.Trial)
        public void derive() {
            dataset = WorldGenerator.generate(WorldShape.named(size), 1);
            evaluation = new Evaluation(Rules.reasoner());
            evaluation.history(dataset);
            treaty = aTreaty(dataset).id();
            deposit = anAccession(dataset, treaty);
            evaluation.status(dataset, AS_OF);
        }

        private int days;

        /** A day after the last one asked, within the ten years from {@link #AS_OF}. */
        LocalDate anotherDay() {
            days = (days + 1) % 3650;
            return AS_OF.minusYears(10).plusDays(days);
        }
    }

    /** A treaty in the middle of the list, with some facts: the subject of the timeline and of the what-if. */
    static Instrument aTreaty(Dataset dataset) {
        return dataset.instruments().get(dataset.instruments().size() / 2);
    }

    /** A deposit of accession by a state that has none for the treaty. */
    static Deposit anAccession(Dataset dataset, String treaty) {
        for (State s : dataset.states()) {
            boolean deposited = dataset.facts().stream().anyMatch(f -> f instanceof Deposit d && d.instrument().equals(treaty) && d.state().equals(s.code()));
            if (!deposited) {
                return new Deposit("what-if-accession", treaty, s.code(), DateRange.day(LocalDate.of(2015, 6, 1)), DepositKind.ACCESSION, null);
            }
        }
        throw new IllegalStateException("every state deposited for " + treaty);
    }

    @Benchmark
    public Dataset parseJson(Upload upload) {
        return upload.format.read(new ByteArrayInputStream(upload.json));
    }

    /** The same JSON read with the JSON mapper (DatasetFormat reads it with the YAML one, limited to 3 MiB). */
    @Benchmark
    public Dataset parseJsonWithJsonMapper(Upload upload) throws Exception {
        return upload.format.json().readValue(upload.json, Dataset.class);
    }

    @Benchmark
    public List<Dataset.Fault> checkFaults(World world) {
        return world.dataset.faults();
    }

    /** Load and index as the service does it: the history of a freshly uploaded dataset, derived part by part. */
    @Benchmark
    public History deriveHistory(World world, Engine engine) {
        return new Evaluation(engine.reasoner).history(world.dataset);
    }

    /** The whole dataset in one rule session, for comparison with the partitioned derivation. */
    @Benchmark
    public History deriveHistoryInOneSession(World world, Engine engine) {
        return new History(engine.reasoner.derive(world.dataset));
    }

    /** Status as of a day not asked before (the service keeps the last report it made). */
    @Benchmark
    public StatusReport status(Served served) {
        return served.evaluation.status(served.dataset, served.anotherDay());
    }

    /** Status of one treaty ({@code status?subject=}) as of a day not asked before: its part reported, nothing else. */
    @Benchmark
    public StatusReport statusOfOneTreaty(Served served) {
        return served.evaluation.status(served.dataset, served.anotherDay(), List.of(served.treaty));
    }

    /** Status as the HTTP layer answers it: the report streamed out as JSON; returns its size in bytes. */
    @Benchmark
    public long statusJson(Served served) throws Exception {
        Counting out = new Counting();
        served.json.writeValue(out, served.evaluation.status(served.dataset, served.anotherDay()));
        return out.bytes;
    }

    /** A sink that only counts, as a socket would take the bytes. */
    static final class Counting extends java.io.OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Benchmark
    public List<Interval> timeline(Served served) {
        return served.evaluation.timeline(served.dataset, served.treaty);
    }

    /** A what-if on the day of the last status, as an analyst asks it: the baseline's report is at hand. */
    @Benchmark
    public Evaluation.WhatIf whatIf(Served served) {
        return served.evaluation.whatIf(served.dataset, AS_OF, List.of(served.deposit), List.of());
    }

    /** A what-if on a day not asked before, reporting only on what its facts touch ({@code reports=touched}). */
    @Benchmark
    public Evaluation.WhatIf whatIfTouched(Served served) {
        return served.evaluation.whatIf(served.dataset, served.anotherDay(), List.of(served.deposit), List.of(), Evaluation.Reports.TOUCHED);
    }

    /** A what-if on a day not asked before: the baseline's report is made too. */
    @Benchmark
    public Evaluation.WhatIf whatIfOnAnotherDay(Served served) {
        return served.evaluation.whatIf(served.dataset, served.anotherDay(), List.of(served.deposit), List.of());
    }

    @Benchmark
    public Floor.Conclusions floor(World world) {
        return Floor.of(world.dataset);
    }
}
