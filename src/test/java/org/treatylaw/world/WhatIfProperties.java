package org.treatylaw.world;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.DateRange;
import org.treatylaw.facts.Deposit;
import org.treatylaw.facts.DepositKind;
import org.treatylaw.facts.Fact;
import org.treatylaw.status.Changes;
import org.treatylaw.status.Evaluation;
import org.treatylaw.status.StatusReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A what-if derives again only the parts of the dataset its facts touch and reports again only on those; its
 * answer is the same as deriving the whole changed dataset afresh, and so is its report on the touched parts alone.
 */
class WhatIfProperties {

    @Property(tries = 25)
    void aWhatIfAnswersAsTheWholeChangedDatasetDoes(@ForAll long seed, @ForAll @IntRange(max = 3) int removals) {
        Dataset world = WorldGenerator.generate(WorldShape.SMALL, seed);
        Random random = new Random(seed);
        LocalDate day = LocalDate.of(1960 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
        List<String> remove = new ArrayList<>();
        for (int i = 0; i < removals && !world.facts().isEmpty(); i++) {
            String id = world.facts().get(random.nextInt(world.facts().size())).id();
            if (!remove.contains(id)) remove.add(id);
        }
        List<Fact> add = List.of(new Deposit("what-if-accession", world.instruments().get(random.nextInt(world.instruments().size())).id(),
                world.states().get(random.nextInt(world.states().size())).code(), DateRange.day(day.minusYears(random.nextInt(10))),
                DepositKind.ACCESSION, null));

        Evaluation.WhatIf whatIf = new Evaluation(RulesConclusions.reasoner()).whatIf(world, day, add, remove);

        List<Fact> changed = new ArrayList<>(world.facts().stream().filter(f -> !remove.contains(f.id())).toList());
        changed.addAll(add);
        Evaluation afresh = new Evaluation(RulesConclusions.reasoner());
        StatusReport baseline = afresh.status(world, day);
        StatusReport scenario = afresh.status(world.withFacts(changed), day);
        sameReports(whatIf.baseline(), baseline, "baseline");
        sameReports(whatIf.scenario(), scenario, "scenario");
        assertThat(whatIf.changes()).isEqualTo(Changes.between(baseline, scenario));

        Evaluation.WhatIf touched = new Evaluation(RulesConclusions.reasoner()).whatIf(world, day, add, remove, Evaluation.Reports.TOUCHED);
        sameReports(touched.baseline(), baseline.restrictedTo(touched.scenario()), "baseline of the touched parts");
        sameReports(touched.scenario(), scenario.restrictedTo(touched.scenario()), "scenario of the touched parts");
        assertThat(touched.changes()).isEqualTo(whatIf.changes());
    }

    /** Entry by entry, so that a difference names the instrument or organization that differs. */
    private static void sameReports(StatusReport actual, StatusReport expected, String which) {
        assertThat(actual.instruments()).as(which).hasSameSizeAs(expected.instruments());
        for (int i = 0; i < expected.instruments().size(); i++) {
            assertThat(actual.instruments().get(i)).as(which + ": " + expected.instruments().get(i).id()).isEqualTo(expected.instruments().get(i));
        }
        assertThat(actual.organizations()).as(which).hasSameSizeAs(expected.organizations());
        for (int i = 0; i < expected.organizations().size(); i++) {
            assertThat(actual.organizations().get(i)).as(which + ": " + expected.organizations().get(i).id()).isEqualTo(expected.organizations().get(i));
        }
    }
}
