package org.treatylaw.world;

import org.junit.jupiter.api.Test;
import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.Deposit;
import org.treatylaw.facts.EntryIntoForceClause;
import org.treatylaw.facts.Fact;
import org.treatylaw.facts.Instrument;

import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WorldGeneratorTest {

    @Test
    void theSameSeedGivesTheSameWorld() {
        assertThat(WorldGenerator.generate(WorldShape.SMALL, 7)).isEqualTo(WorldGenerator.generate(WorldShape.SMALL, 7));
        assertThat(WorldGenerator.generate(WorldShape.SMALL, 7)).isNotEqualTo(WorldGenerator.generate(WorldShape.SMALL, 8));
    }

    @Test
    void smallWorldsHaveNoFaults() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(WorldGenerator.generate(WorldShape.SMALL, seed).faults()).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void aWorldReadsBackFromItsJsonUnchanged() {
        Dataset world = WorldGenerator.generate(WorldShape.SMALL, 3);
        DatasetFormat format = new DatasetFormat();
        Dataset read = format.readValid(new ByteArrayInputStream(format.writeJson(world)));
        assertThat(read).isEqualTo(world);
    }

    @Test
    void theUntcWorldHasSixHundredTreatiesAndAboutAHundredThousandFactsOfEveryKind() {
        Dataset world = WorldGenerator.generate(WorldShape.UNTC, 1);
        assertThat(world.id()).isEqualTo("world-untc-1");
        assertThat(world.states()).hasSize(200);
        assertThat(world.instruments().stream().filter(i -> i.id().matches("tr-\\d{5}"))).hasSize(600);
        assertThat(world.organizations()).hasSize(60);
        assertThat(world.facts().size()).isBetween(90_000, 110_000);
        Set<String> factTypes = world.facts().stream().map(f -> f.getClass().getSimpleName()).collect(Collectors.toSet());
        assertThat(factTypes).contains("Signature", "Deposit", "Ratification", "ProvisionalApplication", "NonParticipationNotice",
                "AccessionRequest", "AccessionConsent", "ObserverAdmission", "WithdrawalNotice", "NoticeWithdrawn", "Renaming",
                "InventoryCompleted", "LiquidationCompleted");
        Set<EntryIntoForceClause.Kind> clauses = world.instruments().stream().map(Instrument::entryIntoForce)
                .filter(Objects::nonNull).map(EntryIntoForceClause::kind).collect(Collectors.toSet());
        assertThat(clauses).containsExactlyInAnyOrder(EntryIntoForceClause.Kind.values());
        assertThat(world.instruments()).anyMatch(i -> i.entryIntoForce() == null && i.createsObligations());
        assertThat(world.facts().stream().filter(Deposit.class::isInstance).map(f -> ((Deposit) f).kind()).distinct()).hasSize(5);
        assertThat(world.facts().stream().map(Fact::date).filter(d -> !d.isExact())).isNotEmpty();
    }
}
