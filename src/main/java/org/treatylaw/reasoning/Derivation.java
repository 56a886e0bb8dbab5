package org.treatylaw.reasoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Everything the rules concluded from one dataset (or one part of it). */
public record Derivation(List<Initiates> initiations, List<Terminates> terminations, List<Binding> bindings,
                         List<Outstanding> outstanding, List<LiquidationDuty> liquidationDuties,
                         List<Succession> successions) {

    /** The conclusions of independent parts, together. */
    public static Derivation merge(Collection<Derivation> parts) {
        List<Initiates> initiations = new ArrayList<>();
        List<Terminates> terminations = new ArrayList<>();
        List<Binding> bindings = new ArrayList<>();
        List<Outstanding> outstanding = new ArrayList<>();
        List<LiquidationDuty> duties = new ArrayList<>();
        List<Succession> successions = new ArrayList<>();
        for (Derivation d : parts) {
            initiations.addAll(d.initiations());
            terminations.addAll(d.terminations());
            bindings.addAll(d.bindings());
            outstanding.addAll(d.outstanding());
            duties.addAll(d.liquidationDuties());
            successions.addAll(d.successions());
        }
        return new Derivation(initiations, terminations, bindings, outstanding, duties, successions);
    }
}
