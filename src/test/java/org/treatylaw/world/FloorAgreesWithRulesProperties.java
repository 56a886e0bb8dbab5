package org.treatylaw.world;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.treatylaw.facts.Dataset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On random small worlds, the plain-Java floor and the rules agree on when each instrument entered into force,
 * from when it is in force for each party, and from when each state is a member of each organization.
 */
class FloorAgreesWithRulesProperties {

    @Property(tries = 30)
    void theFloorAndTheRulesAgreeOnEntryIntoForcePartiesAndMembers(@ForAll("smallShapes") WorldShape shape, @ForAll long seed) {
        Dataset world = WorldGenerator.generate(shape, seed);
        assertThat(world.faults()).isEmpty();

        Floor.Conclusions floor = Floor.of(world);
        Floor.Conclusions rules = RulesConclusions.of(world);

        assertThat(floor.entryIntoForce()).as("entry into force").isEqualTo(rules.entryIntoForce());
        assertThat(floor.parties()).as("parties").isEqualTo(rules.parties());
        assertThat(floor.members()).as("members").isEqualTo(rules.members());
        assertThat(RulesConclusions.byParts(world)).as("derived part by part").isEqualTo(rules);
        Statistics.label("instruments in force").collect(floor.entryIntoForce().isEmpty() ? "none" : "some");
        Statistics.label("organizations with members").collect(floor.members().isEmpty() ? "none" : "some");
    }

    /** From a handful of states and treaties to the size of {@link WorldShape#SMALL}. */
    @Provide
    Arbitrary<WorldShape> smallShapes() {
        return Combinators.combine(Arbitraries.integers().between(4, 20), Arbitraries.integers().between(1, 14),
                        Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1))
                .as((states, treaties, organizations, universal) -> new WorldShape("small", states, treaties,
                        Math.min(organizations, treaties), universal, 2, Math.max(2, Math.min(states, 14)), 5));
    }
}
