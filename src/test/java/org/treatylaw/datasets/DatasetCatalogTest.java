package org.treatylaw.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylaw.facts.Dataset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetCatalogTest {

    private static final String TREATY = """
            id: small
            title: A small treaty
            states: [{code: FR, name: France}, {code: DE, name: Germany}]
            instruments:
              - id: t1
                title: Treaty of two
                entryIntoForce: {kind: deposits, instruments: 2, daysAfter: 30, firstDayOfFollowingMonth: true, laterStates: {daysAfter: 10}, source: "art. 9"}
                provisionalApplication: {from: date, date: 2020-02, states: [FR], source: "art. 10"}
                accession: {open: true, consent: majority, acceptanceOfObligations: true}
                withdrawal: {allowed: true, noticeMonths: 6, minimumParties: 2}
            weights: {population: {FR: 68.0, DE: 84.0}}
            facts:
              - {type: signature, instrument: t1, state: FR, date: 2020-01-10, source: "UNTC"}
              - {type: deposit, instrument: t1, state: FR, date: 2020-03, kind: ratification}
              - {type: withdrawal-notice, id: n1, instrument: t1, state: FR, date: 2021-01-01}
              - {type: notice-withdrawn, notice: n1, date: 2021-02-01}
            """;

    private final DatasetFormat format = new DatasetFormat();

    private Dataset read(String yaml) {
        return format.readValid(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUploadedDatasetSurvivesARestartUnchanged(@TempDir Path directory) {
        Dataset dataset = read(TREATY);
        new DatasetCatalog(Map.of(), directory, format).store(dataset);
        DatasetCatalog restarted = new DatasetCatalog(Map.of(), directory, format);
        assertThat(restarted.find("small")).contains(dataset);
    }

    @Test
    void aBundledDatasetCannotBeReplaced(@TempDir Path directory) {
        Dataset dataset = read(TREATY);
        DatasetCatalog catalog = new DatasetCatalog(Map.of("small", dataset), directory, format);
        assertThatThrownBy(() -> catalog.store(dataset)).isInstanceOf(DatasetCatalog.ReadOnlyDatasetException.class);
        assertThatThrownBy(() -> catalog.delete("small")).isInstanceOf(DatasetCatalog.ReadOnlyDatasetException.class);
    }

    @Test
    void anImpossibleDateIsAFaultNamingItsPlace() {
        assertThatThrownBy(() -> read(TREATY.replace("date: 2020-01-10", "date: 2020-02-30")))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).faults().get(0).field()).isEqualTo("facts[0].date"))
                .hasMessageContaining("2020-02-30");
    }

    @Test
    void aDepositBeforeTheSignatureIsAFault() {
        assertThatThrownBy(() -> read(TREATY.replace("date: 2020-03, kind", "date: 2019-12-01, kind")))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("precedes FR's signature");
    }

    @Test
    void anUnknownFieldIsAFaultNotSilence() {
        assertThatThrownBy(() -> read(TREATY.replace("source: \"UNTC\"", "sauce: \"UNTC\"")))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("sauce");
    }
}
