package org.treatylaw.world;

import org.junit.jupiter.api.Test;
import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.DateRange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FloorTest {

    private static Dataset bundled(String id) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/datasets", id + ".yaml"))) {
            return new DatasetFormat().readValid(in);
        }
    }

    @Test
    void theFloorAgreesWithTheRulesOnTheCentralAsianCase() throws IOException {
        Dataset dataset = bundled("central-asia");
        Floor.Conclusions floor = Floor.of(dataset);
        assertThat(floor).isEqualTo(RulesConclusions.of(dataset));
        assertThat(floor.entryIntoForce()).containsEntry("anti-terrorism-treaty-2000", DateRange.parse("2001-01-04"));
        assertThat(floor.members().get("caco")).containsKeys("KZ", "KG", "TJ", "UZ");
    }

    @Test
    void theFloorAgreesWithTheRulesOnTheViennaConvention() throws IOException {
        Dataset dataset = bundled("vclt-1969");
        Floor.Conclusions floor = Floor.of(dataset);
        assertThat(floor).isEqualTo(RulesConclusions.of(dataset));
        assertThat(floor.entryIntoForce()).containsEntry("vclt-1969", DateRange.parse("1980-01-27"));
    }
}
