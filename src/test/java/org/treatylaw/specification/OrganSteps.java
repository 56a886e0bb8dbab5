package org.treatylaw.specification;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;

import static org.assertj.core.api.Assertions.assertThat;

/** What is said of organs: their status and the liquidation a decision orders. */
public class OrganSteps {

    private final Question question;

    public OrganSteps(Question question) {
        this.question = question;
    }

    @Then("organ {string} is {string}")
    public void organIs(String organ, String status) {
        JsonNode o = question.organ(organ);
        question.lookedAt(o);
        assertThat(o.get("status").asText()).as(o.toPrettyString()).isEqualTo(status);
    }

    @Then("the liquidation of {string} is ordered: {word}")
    public void theLiquidationIsOrdered(String organ, String answer) {
        assertThat(liquidation(organ).get("ordered").asText()).isEqualTo(answer);
    }

    @Then("the liquidation of {string} falls to {string} under the law of {word}")
    public void theLiquidationFallsTo(String organ, String responsible, String law) {
        JsonNode liquidation = liquidation(organ);
        assertThat(liquidation.get("responsible").asText()).isEqualTo(responsible);
        assertThat(liquidation.get("law").asText()).isEqualTo(law);
    }

    @Then("the liquidation of {string} is due from {string}")
    public void theLiquidationIsDueFrom(String organ, String date) {
        assertThat(liquidation(organ).path("due").asText(null)).isEqualTo(date);
    }

    @Then("the liquidation of {string} is not yet due")
    public void theLiquidationIsNotYetDue(String organ) {
        assertThat(liquidation(organ).path("due").isNull()).isTrue();
    }

    private JsonNode liquidation(String organ) {
        JsonNode o = question.organ(organ);
        question.lookedAt(o);
        assertThat(o.has("liquidation")).as(organ + " has no liquidation ordered").isTrue();
        return o.get("liquidation");
    }
}
