package org.treatylaw.specification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.spring.ScenarioScope;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The question a scenario asks over the contract's HTTP calls: a dataset, perhaps facts added or removed, a day.
 * Holds the answer (the status report, and the changes of a what-if) for the steps that check it.
 */
@Component
@ScenarioScope
public class Question {

    private final MockMvc http;
    private final ObjectMapper json;
    private String dataset = "central-asia";
    private final ArrayNode added;
    private final List<String> removed = new ArrayList<>();
    private JsonNode report;
    private JsonNode changes;
    private JsonNode timeline;
    /** The last conclusion a step looked at, for the steps that read its reason and explanation. */
    private JsonNode lastConclusion;
    private Callable<?> preparation;

    public Question(MockMvc http, ObjectMapper json) {
        this.http = http;
        this.json = json;
        this.added = json.createArrayNode();
    }

    void dataset(String id) {
        dataset = id;
    }

    String dataset() {
        return dataset;
    }

    void add(ObjectNode fact) {
        added.add(fact);
    }

    void remove(String factId) {
        removed.add(factId);
    }

    /** Work to finish before a question is asked: e.g. uploading the treaty a scenario described. */
    void beforeAsking(Callable<?> preparation) {
        this.preparation = preparation;
    }

    private void prepare() throws Exception {
        if (preparation != null) {
            preparation.call();
            preparation = null;
        }
    }

    void askAsOf(String day) throws Exception {
        prepare();
        if (added.isEmpty() && removed.isEmpty()) {
            report = call(get("/api/datasets/{ds}/status", dataset).param("asOf", day));
            changes = null;
        } else {
            ObjectNode body = json.createObjectNode().put("asOf", day);
            body.set("add", added);
            body.set("remove", json.valueToTree(removed));
            JsonNode answer = call(post("/api/datasets/{ds}/what-if", dataset).contentType(MediaType.APPLICATION_JSON).content(body.toString()));
            report = answer.get("scenario");
            changes = answer.get("changes");
        }
    }

    void askTimeline(String subject) throws Exception {
        prepare();
        timeline = call(get("/api/datasets/{ds}/timeline", dataset).param("subject", subject));
    }

    private JsonNode call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = http.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    JsonNode report() {
        assertThat(report).as("no question was asked yet").isNotNull();
        return report;
    }

    JsonNode changes() {
        assertThat(changes).as("the question was not a what-if").isNotNull();
        return changes;
    }

    JsonNode timeline() {
        return timeline;
    }

    JsonNode instrument(String id) {
        return find(report().get("instruments"), id, "instrument");
    }

    JsonNode organization(String id) {
        return find(report().get("organizations"), id, "organization");
    }

    JsonNode organ(String id) {
        for (JsonNode org : report().get("organizations")) {
            for (JsonNode organ : org.get("organs")) {
                if (organ.get("id").asText().equals(id)) return organ;
            }
        }
        throw new AssertionError("no organ " + id + " in the report");
    }

    /** The answer for a state in a list of standings: missing means "no". */
    static String standing(JsonNode list, String state) {
        for (JsonNode s : list) {
            if (s.get("state").asText().equals(state)) return s.get("value").asText();
        }
        return "no";
    }

    static JsonNode standingNode(JsonNode list, String state) {
        for (JsonNode s : list) {
            if (s.get("state").asText().equals(state)) return s;
        }
        return null;
    }

    /** Checks a state's answer in a list of standings (missing means "no"), keeping the standing for the explanation steps. */
    void assertStanding(JsonNode list, String state, String answer) {
        lookedAt(standingNode(list, state));
        assertThat(standing(list, state)).as(list.toPrettyString()).isEqualTo(answer);
    }

    /** Checks from when a state holds a standing. */
    void assertStandingSince(JsonNode list, String state, String since) {
        JsonNode standing = standingNode(list, state);
        assertThat(standing).as(state + " is not in " + list.toPrettyString()).isNotNull();
        lookedAt(standing);
        assertThat(standing.get("since").asText()).isEqualTo(since);
    }

    void lookedAt(JsonNode conclusion) {
        lastConclusion = conclusion;
    }

    JsonNode lastConclusion() {
        assertThat(lastConclusion).as("no conclusion was checked before").isNotNull();
        return lastConclusion;
    }

    private static JsonNode find(JsonNode list, String id, String what) {
        for (JsonNode n : list) {
            if (n.get("id").asText().equals(id)) return n;
        }
        throw new AssertionError("no " + what + " " + id + " in the report");
    }
}
