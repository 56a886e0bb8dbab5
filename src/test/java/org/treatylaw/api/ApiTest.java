package org.treatylaw.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = {"treaty-status.data-dir=target/api-test-data", "treaty-status.max-request-bytes=20000"})
@AutoConfigureMockMvc
class ApiTest {

    @Autowired
    MockMvc http;

    @Test
    void listsTheBundledDatasets() throws Exception {
        http.perform(get("/api/datasets"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem("central-asia")));
    }

    @Test
    void theStatusOnTheDayAfterTheTransformationShowsTheSuccessorFunctioningProvisionally() throws Exception {
        http.perform(get("/api/datasets/central-asia/status").param("asOf", "2002-03-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2002-03-01"))
                .andExpect(jsonPath("$.instruments[?(@.id=='caco-treaty-2002')].provisionallyApplied").value("yes"))
                .andExpect(jsonPath("$.organizations[?(@.id=='caco')].status").value("functioning-provisionally"))
                .andExpect(jsonPath("$.organizations[?(@.id=='caec')].organs[?(@.id=='mik')].status").value("transitional"))
                .andExpect(jsonPath("$.organizations[?(@.id=='caec')].organs[?(@.id=='mik')].liquidation.law").value("KG"));
    }

    @Test
    void aStatusCanReportOnSomeSubjectsOnly() throws Exception {
        http.perform(get("/api/datasets/central-asia/status").param("asOf", "2002-03-02").param("subject", "caco", "caco-treaty-2002"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.instruments[*].id").value(contains("caco-treaty-2002")))
                .andExpect(jsonPath("$.instruments[0].provisionallyApplied").value("yes"))
                .andExpect(jsonPath("$.organizations[*].id").value(contains("caco")))
                .andExpect(jsonPath("$.organizations[0].status").value("functioning-provisionally"));
        http.perform(get("/api/datasets/central-asia/status").param("asOf", "2002-03-02").param("subject", "caec,caco"))
                .andExpect(jsonPath("$.instruments").isEmpty())
                .andExpect(jsonPath("$.organizations[*].id").value(contains("caec", "caco")))
                .andExpect(jsonPath("$.organizations[0].organs[?(@.id=='mik')].status").value("transitional"));
        http.perform(get("/api/datasets/central-asia/status").param("asOf", "2002-03-02").param("subject", "caco", "nato"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("subject"))
                .andExpect(jsonPath("$.detail", containsString("nato")));
    }

    @Test
    void tajikistansMembershipInMarch1998IsUndeterminedWithTheReason() throws Exception {
        http.perform(get("/api/datasets/central-asia/status").param("asOf", "1998-03-15"))
                .andExpect(jsonPath("$.organizations[?(@.id=='caec')].members[?(@.state=='TJ')].value").value("undetermined"))
                .andExpect(jsonPath("$.organizations[?(@.id=='caec')].members[?(@.state=='TJ')].reason").value(hasItem(containsString("acc-ses-tj"))));
    }

    @Test
    void aBadDateIsAProblemNamingTheField() throws Exception {
        http.perform(get("/api/datasets/central-asia/status").param("asOf", "2002-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                .andExpect(jsonPath("$.errors[0].value").value("2002-13-01"));
    }

    @Test
    void anUnknownDatasetIsNotFound() throws Exception {
        http.perform(get("/api/datasets/atlantis/status").param("asOf", "2002-03-01"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("atlantis")));
    }

    @Test
    void anUnknownTimelineSubjectIsNotFound() throws Exception {
        http.perform(get("/api/datasets/central-asia/timeline").param("subject", "nato"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("subject"));
    }

    @Test
    void theTimelineOfAnOrganizationGivesItsIntervals() throws Exception {
        http.perform(get("/api/datasets/central-asia/timeline").param("subject", "caec"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.predicate=='terminated')].from").value(hasItem("2002-02-28")))
                .andExpect(jsonPath("$[?(@.predicate=='named' && @.object=='Central Asian Union')].to").value(hasItem("1998-07")));
    }

    @Test
    void aMalformedFactIsAProblemNamingTheField() throws Exception {
        String body = """
                {"asOf": "2002-03-01", "add": [{"type": "deposit", "instrument": "caco-treaty-2002", "state": "Kazakhstan",
                  "date": "2002-05-01", "kind": "ratification"}]}""";
        http.perform(post("/api/datasets/central-asia/what-if").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("add[0].state"))
                .andExpect(jsonPath("$.detail", containsString("Kazakhstan")));
    }

    @Test
    void anUnknownFactTypeIsAProblem() throws Exception {
        String body = """
                {"asOf": "2002-03-01", "add": [{"type": "coup", "state": "KZ", "date": "2002-05-01"}]}""";
        http.perform(post("/api/datasets/central-asia/what-if").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("coup")));
    }

    @Test
    void aFactNamingAnUnknownInstrumentIsAProblem() throws Exception {
        String body = """
                {"asOf": "2002-03-01", "add": [{"type": "deposit", "instrument": "warsaw-pact", "state": "KZ",
                  "date": "2002-05-01", "kind": "accession"}], "remove": ["no-such-fact"]}""";
        http.perform(post("/api/datasets/central-asia/what-if").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("remove[0]")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("add[0].instrument")));
    }

    @Test
    void anOversizedRequestIsRefused() throws Exception {
        String body = "{\"asOf\": \"2002-03-01\", \"remove\": [\"" + "x".repeat(30_000) + "\"]}";
        http.perform(post("/api/datasets/central-asia/what-if").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void aWhatIfNeverChangesTheStoredDataset() throws Exception {
        String body = """
                {"asOf": "2003-01-01", "add": [
                  {"type": "deposit", "instrument": "caco-treaty-2002", "state": "KZ", "date": "2002-06-01", "kind": "ratification"},
                  {"type": "deposit", "instrument": "caco-treaty-2002", "state": "KG", "date": "2002-06-02", "kind": "ratification"},
                  {"type": "deposit", "instrument": "caco-treaty-2002", "state": "TJ", "date": "2002-06-03", "kind": "ratification"},
                  {"type": "deposit", "instrument": "caco-treaty-2002", "state": "UZ", "date": "2002-06-04", "kind": "ratification"}]}""";
        http.perform(post("/api/datasets/central-asia/what-if").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scenario.instruments[?(@.id=='caco-treaty-2002')].entryIntoForce").value("2002-06-04"))
                .andExpect(jsonPath("$.baseline.instruments[?(@.id=='caco-treaty-2002')].inForce").value("no"))
                .andExpect(jsonPath("$.changes[?(@.subject=='caco' && @.predicate=='status')].scenario").value("functioning"));
        http.perform(get("/api/datasets/central-asia/status").param("asOf", "2003-01-01"))
                .andExpect(jsonPath("$.instruments[?(@.id=='caco-treaty-2002')].inForce").value("no"));
    }

    @Test
    void aWhatIfCanReportOnlyOnWhatItsFactsTouch() throws Exception {
        String body = """
                {"asOf": "2003-01-01", "add": [
                  {"type": "non-participation-notice", "instrument": "anti-terrorism-treaty-2000", "state": "UZ", "date": "2002-06-01"}]}""";
        http.perform(post("/api/datasets/central-asia/what-if").param("reports", "touched").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scenario.instruments[*].id").value(contains("anti-terrorism-treaty-2000")))
                .andExpect(jsonPath("$.baseline.instruments[*].id").value(contains("anti-terrorism-treaty-2000")))
                .andExpect(jsonPath("$.scenario.organizations").isEmpty());
        http.perform(post("/api/datasets/central-asia/what-if").param("reports", "some").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reports"));
    }

    @Test
    void theTimelineOfAWhatIfShowsTheScenariosIntervals() throws Exception {
        String body = """
                {"add": [{"type": "non-participation-notice", "instrument": "caco-treaty-2002", "state": "UZ", "date": "2002-06-01"}]}""";
        http.perform(post("/api/datasets/central-asia/what-if/timeline").param("subject", "UZ")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.subject=='caco' && @.predicate=='member')].to").value(hasItem("2002-06-01")));
        http.perform(get("/api/datasets/central-asia/timeline").param("subject", "UZ"))
                .andExpect(jsonPath("$[?(@.subject=='caco' && @.predicate=='member')].to").value(hasItem(org.hamcrest.Matchers.nullValue())));
    }

    @Test
    void anUploadedDatasetIsStoredAndAnsweredThenDeleted() throws Exception {
        String yaml = """
                id: tiny-treaty
                title: A treaty of two
                states: [{code: FR, name: France}, {code: DE, name: Germany}]
                instruments:
                  - id: t1
                    title: Treaty of two
                    entryIntoForce: {kind: deposits, instruments: 2, daysAfter: 30, source: "art. 9"}
                facts:
                  - {type: signature, instrument: t1, state: FR, date: 2020-01-10}
                  - {type: signature, instrument: t1, state: DE, date: 2020-01-10}
                  - {type: deposit, instrument: t1, state: FR, date: 2020-03-01, kind: ratification}
                  - {type: deposit, instrument: t1, state: DE, date: 2020-04-01, kind: approval}
                """;
        http.perform(put("/api/datasets/tiny-treaty").contentType("application/yaml").content(yaml))
                .andExpect(status().isCreated());
        Path stored = Path.of("target/api-test-data/datasets/tiny-treaty.json");
        org.assertj.core.api.Assertions.assertThat(Files.exists(stored)).isTrue();
        http.perform(get("/api/datasets/tiny-treaty/status").param("asOf", "2020-06-01"))
                .andExpect(jsonPath("$.instruments[0].entryIntoForce").value("2020-05-01"));
        http.perform(delete("/api/datasets/tiny-treaty")).andExpect(status().isNoContent());
        org.assertj.core.api.Assertions.assertThat(Files.exists(stored)).isFalse();
        http.perform(get("/api/datasets/tiny-treaty/status")).andExpect(status().isNotFound());
    }

    @Test
    void aDatasetWithFaultsIsRefusedWithEveryFault() throws Exception {
        String yaml = """
                id: faulty
                title: Faulty
                states: [{code: FR, name: France}]
                instruments:
                  - {id: t1, title: One}
                  - {id: t1, title: Again}
                facts:
                  - {type: deposit, instrument: t2, state: FR, date: 2020-03-01, kind: accession}
                  - {type: deposit, instrument: t1, state: DE, date: 2020-03-01, kind: ratification}
                """;
        http.perform(put("/api/datasets/faulty").contentType("application/yaml").content(yaml))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("instruments")))
                .andExpect(jsonPath("$.errors[*].value", hasItem("t2")))
                .andExpect(jsonPath("$.errors[*].value", hasItem("DE")));
        http.perform(get("/api/datasets/faulty/status")).andExpect(status().isNotFound());
    }

    @Test
    void theBundledDatasetsAreReadOnly() throws Exception {
        http.perform(delete("/api/datasets/central-asia")).andExpect(status().isConflict());
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/datasets/{ds}/what-if']").exists());
    }
}
