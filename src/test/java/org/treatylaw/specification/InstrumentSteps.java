package org.treatylaw.specification;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;

import static org.assertj.core.api.Assertions.assertThat;

/** What is said of instruments: binding, in force, applied provisionally, their parties. */
public class InstrumentSteps {

    private final Question question;

    public InstrumentSteps(Question question) {
        this.question = question;
    }

    @Then("{string} is binding: {word}")
    public void isBinding(String instrument, String answer) {
        JsonNode i = question.instrument(instrument);
        question.lookedAt(i);
        assertThat(i.get("binding").asText()).isEqualTo(answer);
    }

    @Then("{string} is in force: {word}")
    public void isInForce(String instrument, String answer) {
        JsonNode i = question.instrument(instrument);
        question.lookedAt(i);
        assertThat(i.get("inForce").asText()).as(i.toPrettyString()).isEqualTo(answer);
    }

    @Then("{string} entered into force on {string}")
    public void enteredIntoForceOn(String instrument, String date) {
        JsonNode i = question.instrument(instrument);
        question.lookedAt(i);
        assertThat(i.path("entryIntoForce").asText(null)).isEqualTo(date);
    }

    @Then("{string} has no date of entry into force")
    public void hasNoDateOfEntryIntoForce(String instrument) {
        assertThat(question.instrument(instrument).path("entryIntoForce").isNull()).isTrue();
    }

    @Then("{string} is applied provisionally: {word}")
    public void isAppliedProvisionally(String instrument, String answer) {
        JsonNode i = question.instrument(instrument);
        question.lookedAt(i);
        assertThat(i.get("provisionallyApplied").asText()).isEqualTo(answer);
    }

    @Then("{word} is a party to {string}: {word}")
    public void isAParty(String state, String instrument, String answer) {
        question.assertStanding(question.instrument(instrument).get("parties"), state, answer);
    }

    @Then("{word} is a party to {string} since {string}")
    public void isAPartySince(String state, String instrument, String since) {
        question.assertStandingSince(question.instrument(instrument).get("parties"), state, since);
    }

    @Then("{string} waits for: {string}")
    public void waitsFor(String subject, String what) {
        JsonNode outstanding = question.report().get("instruments").findValues("id").stream().anyMatch(n -> n.asText().equals(subject))
                ? question.instrument(subject).get("outstanding") : question.organization(subject).get("outstanding");
        assertThat(outstanding.toString()).contains(what);
    }
}
