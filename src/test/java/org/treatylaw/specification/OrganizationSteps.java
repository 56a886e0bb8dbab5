package org.treatylaw.specification;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;

import static org.assertj.core.api.Assertions.assertThat;

/** What is said of organizations: their name and status, members, observers and restrictions. */
public class OrganizationSteps {

    private final Question question;

    public OrganizationSteps(Question question) {
        this.question = question;
    }

    @Then("organization {string} is {string}")
    public void organizationIs(String organization, String status) {
        JsonNode o = question.organization(organization);
        question.lookedAt(o);
        assertThat(o.get("status").asText()).as(o.toPrettyString()).isEqualTo(status);
    }

    @Then("organization {string} is named {string}")
    public void organizationIsNamed(String organization, String name) {
        assertThat(question.organization(organization).get("name").asText()).isEqualTo(name);
    }

    @Then("{word} is a member of {string}: {word}")
    public void isAMember(String state, String organization, String answer) {
        question.assertStanding(question.organization(organization).get("members"), state, answer);
    }

    @Then("{word} is a member of {string} since {string}")
    public void isAMemberSince(String state, String organization, String since) {
        question.assertStandingSince(question.organization(organization).get("members"), state, since);
    }

    @Then("{word} is an observer of {string}: {word}")
    public void isAnObserver(String state, String organization, String answer) {
        question.assertStanding(question.organization(organization).get("observers"), state, answer);
    }

    @Then("the restriction {string} of {string} applies: {word}")
    public void theRestrictionApplies(String restriction, String organization, String answer) {
        for (JsonNode r : question.organization(organization).get("restrictions")) {
            if (r.get("id").asText().equals(restriction)) {
                question.lookedAt(r);
                assertThat(r.get("applies").asText()).isEqualTo(answer);
                return;
            }
        }
        throw new AssertionError("no restriction " + restriction + " on " + organization);
    }
}
