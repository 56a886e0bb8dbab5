package org.treatylaw.status;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One conclusion that differs between the baseline and a what-if scenario; {@code null} where it has no value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String subject, String predicate, String object, String baseline, String scenario) {
}
