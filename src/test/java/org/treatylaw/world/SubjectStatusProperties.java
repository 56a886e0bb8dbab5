package org.treatylaw.world;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.treatylaw.facts.Dataset;
import org.treatylaw.status.Evaluation;
import org.treatylaw.status.StatusReport;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A status asked about some instruments and organizations reports on them as the whole status does. */
class SubjectStatusProperties {

    @Property(tries = 25)
    void aStatusAboutSomeSubjectsIsTheWholeStatusOnThem(@ForAll long seed) {
        Dataset world = WorldGenerator.generate(WorldShape.SMALL, seed);
        Random random = new Random(seed);
        LocalDate day = LocalDate.of(1960 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
        List<String> subjects = List.of(world.instruments().get(random.nextInt(world.instruments().size())).id(),
                world.organizations().get(random.nextInt(world.organizations().size())).id());

        StatusReport about = new Evaluation(RulesConclusions.reasoner()).status(world, day, subjects);
        StatusReport whole = new Evaluation(RulesConclusions.reasoner()).status(world, day);

        assertThat(about.instruments()).hasSize(1).isEqualTo(whole.about(subjects).instruments());
        assertThat(about.organizations()).hasSize(1).isEqualTo(whole.about(subjects).organizations());
    }
}
