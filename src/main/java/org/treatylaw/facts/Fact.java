package org.treatylaw.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Something that happened, as a source records it: the input of the reasoning. Every fact has an id (derived
 * from its content when none is given) and may cite its source.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Signature.class, name = "signature"),
        @JsonSubTypes.Type(value = Ratification.class, name = "ratification"),
        @JsonSubTypes.Type(value = Deposit.class, name = "deposit"),
        @JsonSubTypes.Type(value = ProvisionalApplication.class, name = "provisional-application"),
        @JsonSubTypes.Type(value = NonParticipationNotice.class, name = "non-participation-notice"),
        @JsonSubTypes.Type(value = AccessionRequest.class, name = "accession-request"),
        @JsonSubTypes.Type(value = AccessionConsent.class, name = "accession-consent"),
        @JsonSubTypes.Type(value = ObserverAdmission.class, name = "observer-admission"),
        @JsonSubTypes.Type(value = WithdrawalNotice.class, name = "withdrawal-notice"),
        @JsonSubTypes.Type(value = NoticeWithdrawn.class, name = "notice-withdrawn"),
        @JsonSubTypes.Type(value = Renaming.class, name = "renaming"),
        @JsonSubTypes.Type(value = InventoryCompleted.class, name = "inventory-completed"),
        @JsonSubTypes.Type(value = LiquidationCompleted.class, name = "liquidation-completed"),
})
public sealed interface Fact permits Signature, Ratification, Deposit, ProvisionalApplication, NonParticipationNotice,
        AccessionRequest, AccessionConsent, ObserverAdmission, WithdrawalNotice, NoticeWithdrawn, Renaming,
        InventoryCompleted, LiquidationCompleted {

    String id();

    /** The citation of the source, or null when none is given. */
    String source();

    /** When it happened, as precisely as the source says. */
    DateRange date();

    /** The ids of the instruments, organizations, organs and states the fact names, to check them against a dataset. */
    References references();

    /** An id from the fact's content, stable across restarts: {@code deposit-caco-treaty-2002-KZ-2003-05} (an interval's '/' becomes '_'). */
    static String idOf(String type, Object... parts) {
        return Stream.concat(Stream.of(type), Stream.of(parts).filter(p -> p != null).map(String::valueOf))
                .collect(Collectors.joining("-")).replace('/', '_');
    }
}
