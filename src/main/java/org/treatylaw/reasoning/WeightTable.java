package org.treatylaw.reasoning;

import java.util.Map;

/** A dataset's table of a quantity per state, as weighted entry-into-force clauses read it. */
public record WeightTable(String name, Map<String, Double> weights) {
}
