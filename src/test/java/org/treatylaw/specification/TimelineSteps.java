package org.treatylaw.specification;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;

import static org.assertj.core.api.Assertions.assertThat;

/** The history of a subject, as intervals. */
public class TimelineSteps {

    private final Question question;

    public TimelineSteps(Question question) {
        this.question = question;
    }

    @Then("the timeline shows {string} {word} from {string} until {string}")
    public void theTimelineShows(String subject, String predicate, String from, String to) {
        assertThat(find(subject, predicate, from).path("to").asText("open")).isEqualTo(to);
    }

    @Then("the timeline shows {string} {word} from {string}, still holding")
    public void theTimelineShowsOpen(String subject, String predicate, String from) {
        assertThat(find(subject, predicate, from).path("to").isNull()).as("an open end is null").isTrue();
    }

    private JsonNode find(String subject, String predicate, String from) {
        for (JsonNode entry : question.timeline()) {
            boolean matches = (entry.get("subject").asText().equals(subject) || subject.equals(entry.path("object").asText()))
                    && entry.get("predicate").asText().equals(predicate) && entry.get("from").asText().equals(from);
            if (matches) return entry;
        }
        throw new AssertionError("no interval " + subject + " " + predicate + " from " + from + " in " + question.timeline().toPrettyString());
    }
}
