package org.treatylaw.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.treatylaw.reasoning.Answer;
import org.treatylaw.reasoning.Because;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The status of every instrument and organization of a dataset as of a day, each answer with its explanation. */
public record StatusReport(String dataset, LocalDate asOf, List<InstrumentStatus> instruments,
                           List<OrganizationStatus> organizations) {

    /** This report with the instruments and organizations that another reports on (of the same day) taken from it. */
    public StatusReport replacing(StatusReport other) {
        Map<String, InstrumentStatus> instruments = other.instruments().stream().collect(Collectors.toMap(InstrumentStatus::id, i -> i));
        Map<String, OrganizationStatus> organizations = other.organizations().stream().collect(Collectors.toMap(OrganizationStatus::id, o -> o));
        return new StatusReport(dataset, asOf,
                instruments().stream().map(i -> instruments.getOrDefault(i.id(), i)).toList(),
                organizations().stream().map(o -> organizations.getOrDefault(o.id(), o)).toList());
    }

    /** This report on only the instruments and organizations that another reports on. */
    public StatusReport restrictedTo(StatusReport other) {
        return filtered(other.instruments().stream().map(InstrumentStatus::id).collect(Collectors.toSet()),
                other.organizations().stream().map(OrganizationStatus::id).collect(Collectors.toSet()));
    }

    /** This report on only the instruments and organizations of these ids. */
    public StatusReport about(Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return filtered(wanted, wanted);
    }

    private StatusReport filtered(Set<String> instruments, Set<String> organizations) {
        return new StatusReport(dataset, asOf,
                instruments().stream().filter(i -> instruments.contains(i.id())).toList(),
                organizations().stream().filter(o -> organizations.contains(o.id())).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstrumentStatus(String id, String title, String kind, Answer binding, Answer inForce, String reason,
                                   Answer provisionallyApplied, @JsonInclude(JsonInclude.Include.ALWAYS) String entryIntoForce, List<Standing> parties,
                                   List<String> outstanding, List<Because> because) {
    }

    /** A state's standing (party, member, observer): missing from a list means {@code no}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Standing(String state, Answer value, String since, String until, Boolean provisional, String reason,
                           List<Because> because) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganizationStatus(String id, String name, String status, String reason, List<Standing> members,
                                     List<Standing> observers, List<OrganStatus> organs, List<RestrictionStatus> restrictions,
                                     List<String> outstanding, List<Because> because) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganStatus(String id, String name, String status, String reason, String seat, String role,
                              String funding, Liquidation liquidation, List<Because> because) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Liquidation(Answer ordered, String responsible, String law, @JsonInclude(JsonInclude.Include.ALWAYS) String due) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RestrictionStatus(String id, String text, Answer applies, String reason, List<Because> because) {
    }
}
