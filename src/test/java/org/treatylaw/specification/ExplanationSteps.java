package org.treatylaw.specification;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;

import static org.assertj.core.api.Assertions.assertThat;

/** Why: the reason of an undetermined answer and the legal basis of a conclusion just checked. */
public class ExplanationSteps {

    private final Question question;

    public ExplanationSteps(Question question) {
        this.question = question;
    }

    @Then("the reason given mentions {string}")
    public void theReasonMentions(String text) {
        JsonNode conclusion = question.lastConclusion();
        assertThat(conclusion.path("reason").asText()).as(conclusion.toPrettyString()).contains(text);
    }

    @Then("the explanation cites {string}")
    public void theExplanationCites(String basis) {
        JsonNode conclusion = question.lastConclusion();
        assertThat(conclusion.findValues("basis").toString()).as(conclusion.toPrettyString()).contains(basis);
    }

    @Then("the explanation rests on the fact {string}")
    public void theExplanationRestsOnTheFact(String factId) {
        JsonNode conclusion = question.lastConclusion();
        assertThat(conclusion.findValues("facts").toString()).as(conclusion.toPrettyString()).contains("\"" + factId + "\"");
    }
}
