package org.treatylaw.specification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A treaty of the analyst's own, described clause by clause and uploaded as a dataset (PUT /api/datasets/{id})
 * before the question is asked: the final clauses are data, never code.
 */
public class TreatySteps {

    private final Question question;
    private final MockMvc http;
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();
    private final ObjectNode dataset;
    private final ArrayNode instruments;
    /** The treaty the clause steps describe: the last one named. */
    private ObjectNode instrument;
    private final ArrayNode facts;
    private final Set<String> states = new LinkedHashSet<>();

    public TreatySteps(Question question, MockMvc http, ObjectMapper json) {
        this.question = question;
        this.http = http;
        this.json = json;
        this.dataset = json.createObjectNode();
        this.instruments = json.createArrayNode();
        this.facts = json.createArrayNode();
    }

    @Given("a treaty {string} whose entry-into-force clause reads:")
    public void aTreatyWhoseClauseReads(String id, String clause) throws Exception {
        instrument = instruments.addObject().put("id", id).put("title", "Treaty " + id);
        instrument.set("entryIntoForce", yaml.readTree(clause));
        question.beforeAsking(this::upload);
    }

    @Given("a treaty {string} silent on its entry into force")
    public void aTreatySilentOnItsEntryIntoForce(String id) throws Exception {
        instrument = instruments.addObject().put("id", id).put("title", "Treaty " + id);
        question.beforeAsking(this::upload);
    }

    @Given("its {word} clause reads:")
    public void itsClauseReads(String clause, String text) throws Exception {
        instrument.set(clause, yaml.readTree(text));
        question.beforeAsking(this::upload);
    }

    @Given("the weights {string} are:")
    public void theWeightsAre(String name, DataTable table) throws Exception {
        ObjectNode weights = dataset.has("weights") ? (ObjectNode) dataset.get("weights") : dataset.putObject("weights");
        ObjectNode tableNode = weights.putObject(name);
        for (Map<String, String> row : table.asMaps()) {
            states.add(row.get("state"));
            tableNode.put(row.get("state"), Double.parseDouble(row.get("weight")));
        }
        question.beforeAsking(this::upload);
    }

    @Given("{string} was signed by {string} on {string}")
    public void wasSignedBy(String treaty, String signatories, String date) throws Exception {
        for (String state : signatories.split(",\\s*")) {
            states.add(state);
            facts.addObject().put("type", "signature").put("instrument", treaty).put("state", state).put("date", date);
        }
        question.beforeAsking(this::upload);
    }

    /** Deposits, one per row: state, date, kind. */
    @Given("these instruments were deposited for {string}:")
    public void theseInstrumentsWereDeposited(String treaty, DataTable table) throws Exception {
        for (Map<String, String> row : table.asMaps()) {
            states.add(row.get("state"));
            facts.addObject().put("type", "deposit").put("instrument", treaty).put("state", row.get("state"))
                    .put("date", row.get("date")).put("kind", row.get("kind"));
        }
        question.beforeAsking(this::upload);
    }

    /** Uploads the treaty, once described, under an id of this scenario's own, and asks the questions about it. */
    private Void upload() throws Exception {
        String id = question.dataset().startsWith("treaty-") ? question.dataset() : "treaty-" + UUID.randomUUID();
        dataset.put("id", id).put("title", "A treaty of a scenario");
        ArrayNode stateList = dataset.putArray("states");
        states.forEach(s -> stateList.addObject().put("code", s).put("name", "State " + s));
        dataset.set("instruments", instruments);
        dataset.set("facts", facts);
        MvcResult result = http.perform(put("/api/datasets/{id}", id).contentType(MediaType.APPLICATION_JSON).content(dataset.toString())).andReturn();
        JsonNode answer = json.readTree(result.getResponse().getContentAsString());
        assertThat(result.getResponse().getStatus()).as(answer.toPrettyString()).isBetween(200, 201);
        question.dataset(id);
        return null;
    }
}
