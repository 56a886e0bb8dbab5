package org.treatylaw.world;

import java.util.List;

/**
 * How big a synthetic world is: how many states, treaties and organizations, and how many states take part in a
 * universal (UN-style) treaty or in a regional one.
 *
 * @param universalShare the share of treaties open to the world (clauses counting deposits), the rest regional
 * @param universalMin   the fewest states taking part in a universal treaty
 * @param universalMax   the most states taking part in a universal treaty
 * @param regionalMax    the most states taking part in a regional treaty (at least two)
 */
public record WorldShape(String name, int states, int treaties, int organizations, double universalShare,
                         int universalMin, int universalMax, int regionalMax) {

    /** A world small enough for a test to derive many of: a handful of treaties among a dozen or so states. */
    public static final WorldShape SMALL = new WorldShape("small", 16, 12, 3, 0.5, 4, 14, 5);
    /** About the size of the UN Treaty Collection's multilateral treaties: 600 treaties, about 100,000 facts. */
    public static final WorldShape UNTC = new WorldShape("untc", 200, 600, 60, 0.7, 50, 200, 12);
    /** Ten times UNTC: 6,000 treaties, about 1,000,000 facts. */
    public static final WorldShape X10 = new WorldShape("x10", 200, 6000, 600, 0.7, 50, 200, 12);
    /** A tenth of UNTC: 60 treaties, about 10,000 facts (under 3 MB of JSON). */
    public static final WorldShape TENTH = new WorldShape("tenth", 200, 60, 6, 0.7, 50, 200, 12);

    public static final List<WorldShape> NAMED = List.of(SMALL, TENTH, UNTC, X10);

    public WorldShape {
        if (states < 2 || states > StateCodes.ALL.size()) {
            throw new IllegalArgumentException("states must lie in [2, " + StateCodes.ALL.size() + "]: " + states);
        }
        if (treaties < 1 || organizations < 0 || organizations > treaties) {
            throw new IllegalArgumentException("need at least one treaty, and no more organizations than treaties");
        }
        if (universalMin < 2 || universalMax < universalMin || regionalMax < 2) {
            throw new IllegalArgumentException("participants: need 2 <= universalMin <= universalMax and regionalMax >= 2");
        }
        if (universalShare < 0 || universalShare > 1) {
            throw new IllegalArgumentException("universalShare must lie in [0, 1]: " + universalShare);
        }
    }

    /** {@code small}, {@code tenth}, {@code untc} or {@code x10}. */
    public static WorldShape named(String name) {
        return NAMED.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no world size '" + name + "': use small, tenth, untc or x10"));
    }
}
