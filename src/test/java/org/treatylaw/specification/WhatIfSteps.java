package org.treatylaw.specification;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between the baseline and the what-if. */
public class WhatIfSteps {

    private final Question question;

    public WhatIfSteps(Question question) {
        this.question = question;
    }

    @Then("compared with the baseline, {string} {word} changed from {string} to {string}")
    public void changed(String subject, String predicate, String from, String to) {
        assertThat(find(subject, predicate, null)).as(question.changes().toPrettyString()).isEqualTo(from + " -> " + to);
    }

    @Then("compared with the baseline, {string} {word} {word} changed from {string} to {string}")
    public void changedFor(String subject, String predicate, String object, String from, String to) {
        assertThat(find(subject, predicate, object)).as(question.changes().toPrettyString()).startsWith(from + " -> " + to);
    }

    @Then("compared with the baseline, nothing about {string} changed")
    public void nothingChanged(String subject) {
        for (JsonNode c : question.changes()) {
            assertThat(c.get("subject").asText()).as(c.toPrettyString()).isNotEqualTo(subject);
        }
    }

    /** The change of a conclusion as "baseline -> scenario", the standing's "since" left out. */
    private String find(String subject, String predicate, String object) {
        for (JsonNode c : question.changes()) {
            if (c.get("subject").asText().equals(subject) && c.get("predicate").asText().equals(predicate)
                    && (object == null || object.equals(c.path("object").asText(null)))) {
                return word(c.path("baseline").asText("null")) + " -> " + word(c.path("scenario").asText("null"));
            }
        }
        return "unchanged";
    }

    private static String word(String value) {
        return value.replaceAll(" since .*", "");
    }
}
