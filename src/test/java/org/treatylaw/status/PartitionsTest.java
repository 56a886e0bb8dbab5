package org.treatylaw.status;

import org.junit.jupiter.api.Test;
import org.treatylaw.datasets.DatasetFormat;
import org.treatylaw.facts.Dataset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionsTest {

    private static Dataset read(String yaml) {
        return new DatasetFormat().readValid(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRevocationListedBeforeItsNoticeJoinsTheNoticesPart() {
        Dataset dataset = read("""
                id: two-treaties
                title: Two unrelated treaties
                states: [{code: FR, name: France}, {code: DE, name: Germany}]
                instruments:
                  - {id: a, title: Treaty a}
                  - {id: b, title: Treaty b}
                facts:
                  - {type: notice-withdrawn, notice: n1, date: 2021-02-01}
                  - {type: signature, instrument: a, state: FR, date: 2020-01-10}
                  - {type: signature, instrument: b, state: DE, date: 2020-01-10}
                  - {id: n1, type: withdrawal-notice, instrument: a, state: FR, date: 2021-01-01}
                """);
        Partitions partitions = new Partitions(dataset);
        assertThat(partitions.parts()).hasSize(2);
        String partOfA = partitions.partOf("n1");
        assertThat(partitions.partOf("notice-withdrawn-n1-2021-02-01")).isEqualTo(partOfA);
        assertThat(partitions.parts().get(partOfA).facts()).hasSize(3);
    }
}
