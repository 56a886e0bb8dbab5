package org.treatylaw.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.treatylaw.reasoning.Because;
import org.treatylaw.reasoning.Interval;

import java.util.List;

/** One interval of a timeline; {@code to} is null (an open end) while it still holds. Dates may be uncertain ranges. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineEntry(String subject, String predicate, String object, String value, String from,
                     @JsonInclude(JsonInclude.Include.ALWAYS) String to,
                     String reason, List<Because> because) {

    static TimelineEntry of(Interval interval, boolean explain) {
        List<Because> because = null;
        if (explain) {
            because = new java.util.ArrayList<>(List.of(interval.start()));
            interval.end().ifPresent(because::add);
        }
        return new TimelineEntry(interval.subject(), interval.predicate().code(),
                interval.object().isEmpty() ? null : interval.object(), interval.value().code(),
                interval.from().toString(), interval.to().map(Object::toString).orElse(null),
                interval.legalReason(), because);
    }
}
