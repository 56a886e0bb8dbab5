package org.treatylaw.specification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

import java.util.Map;

/** The case and the question: a dataset, facts added or removed (a what-if), the day asked about. */
public class ScenarioSteps {

    private final Question question;
    private final ObjectMapper json;

    public ScenarioSteps(Question question, ObjectMapper json) {
        this.question = question;
        this.json = json;
    }

    @Given("the case {string}")
    public void theCase(String dataset) {
        question.dataset(dataset);
    }

    /** Facts added to the case, one per row; empty cells are left out. */
    @Given("these facts are added:")
    public void theseFactsAreAdded(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            ObjectNode fact = json.createObjectNode();
            row.forEach((field, value) -> {
                if (value == null || value.isBlank()) return;
                if (value.equals("true") || value.equals("false")) fact.put(field, Boolean.parseBoolean(value));
                else fact.put(field, value);
            });
            question.add(fact);
        }
    }

    @Given("the fact {string} is removed")
    public void theFactIsRemoved(String factId) {
        question.remove(factId);
    }

    @When("the status is asked as of {string}")
    public void theStatusIsAskedAsOf(String day) throws Exception {
        question.askAsOf(day);
    }

    @When("the timeline of {string} is asked")
    public void theTimelineIsAsked(String subject) throws Exception {
        question.askTimeline(subject);
    }
}
