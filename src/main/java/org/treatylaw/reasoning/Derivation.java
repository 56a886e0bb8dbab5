package org.treatylaw.reasoning;

import java.util.List;

/** Everything the rules concluded from one dataset (or one part of it). */
public record Derivation(List<Initiates> initiations, List<Terminates> terminations, List<Binding> bindings,
                         List<Outstanding> outstanding, List<LiquidationDuty> liquidationDuties,
                         List<Succession> successions) {
}
