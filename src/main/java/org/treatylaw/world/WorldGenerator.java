package org.treatylaw.world;

import org.treatylaw.facts.AccessionClause;
import org.treatylaw.facts.AccessionConsent;
import org.treatylaw.facts.AccessionRequest;
import org.treatylaw.facts.Condition;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.DateRange;
import org.treatylaw.facts.Deposit;
import org.treatylaw.facts.DepositKind;
import org.treatylaw.facts.EntryIntoForceClause;
import org.treatylaw.facts.EntryIntoForceClause.ConsentBy;
import org.treatylaw.facts.EntryIntoForceClause.Kind;
import org.treatylaw.facts.EntryIntoForceClause.LaterStates;
import org.treatylaw.facts.Fact;
import org.treatylaw.facts.Instrument;
import org.treatylaw.facts.InventoryCompleted;
import org.treatylaw.facts.Liquidation;
import org.treatylaw.facts.LiquidationCompleted;
import org.treatylaw.facts.NonParticipationNotice;
import org.treatylaw.facts.NoticeWithdrawn;
import org.treatylaw.facts.ObserverAdmission;
import org.treatylaw.facts.Organ;
import org.treatylaw.facts.OrganContinuation;
import org.treatylaw.facts.Organization;
import org.treatylaw.facts.ProvisionalApplication;
import org.treatylaw.facts.ProvisionalApplicationClause;
import org.treatylaw.facts.Ratification;
import org.treatylaw.facts.Renaming;
import org.treatylaw.facts.Restriction;
import org.treatylaw.facts.Signature;
import org.treatylaw.facts.State;
import org.treatylaw.facts.SuccessionClause;
import org.treatylaw.facts.SupersessionClause;
import org.treatylaw.facts.WithdrawalClause;
import org.treatylaw.facts.WithdrawalNotice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic world of treaty practice, the same for the same shape and seed: states, treaties with every kind of
 * final clause the rules read, organizations with organs and observers, and decades of signatures, deposits,
 * accessions, provisional application, notices, withdrawals, renamings, successions and supersessions. The facts are sound
 * ({@link Dataset#faults()} finds none): a ratification, acceptance or approval follows the state's signature.
 *
 * <p>Where the law makes an accession depend on who is a member or party, and that on the accession, the world
 * stays clear of the circle, so that its conclusions never depend on the order in which they are drawn: requests
 * to an organization fall on distinct days, each with at least one consent; a deposit of accession that needs the
 * parties' consent is dated to the day, and lacks a consent only where the instrument's entry into force cannot
 * turn on it; such instruments have no minimum number of parties, and are never superseded. A successor silent on
 * its predecessor's observers admits none of them anew (History cannot yet fold a certain start after an
 * undetermined one: issue 5 note).
 */
public final class WorldGenerator {

    static final LocalDate FIRST_CONCLUDED = LocalDate.of(1950, 1, 1);
    static final LocalDate LAST_CONCLUDED = LocalDate.of(2020, 12, 31);
    /** Nothing happens after this day: the world is as its depositaries recorded it then. */
    static final LocalDate END = LocalDate.of(2025, 6, 30);
    static final List<String> WEIGHT_TABLES = List.of("contributions", "emissions");

    private final WorldShape shape;
    private final long seed;
    private final SplittableRandom random;
    private final List<String> states;
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, Set<String>> observers = new LinkedHashMap<>();

    private WorldGenerator(WorldShape shape, long seed) {
        this.shape = shape;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.states = StateCodes.ALL.subList(0, shape.states());
    }

    public static Dataset generate(WorldShape shape, long seed) {
        return new WorldGenerator(shape, seed).world();
    }

    /** The dataset id of a generated world: {@code world-untc-42}. */
    public static String idOf(WorldShape shape, long seed) {
        return "world-" + shape.name() + "-" + Long.toUnsignedString(seed);
    }

    /** What a treaty is before it becomes an {@link Instrument}: its clauses are decided step by step. */
    private static final class Plan {
        final String id;
        final LocalDate concluded;
        final TreatyKind kind;
        List<String> participants;
        final List<String> negotiating = new ArrayList<>();
        String establishes;
        EntryIntoForceClause entryIntoForce;
        ProvisionalApplicationClause provisionalApplication;
        AccessionClause accession;
        WithdrawalClause withdrawal;
        SuccessionClause succession;
        SupersessionClause supersedes;
        /** States with a fact that may make them a party or a provisional applier: the likely members. */
        final Set<String> engaged = new LinkedHashSet<>();

        Plan(String id, LocalDate concluded, TreatyKind kind, List<String> participants) {
            this.id = id;
            this.concluded = concluded;
            this.kind = kind;
            this.participants = participants;
        }
    }

    /** The kind of treaty, which decides its entry-into-force clause and who takes part. */
    private enum TreatyKind {
        DEPOSITS, WEIGHTED, FIXED_DATE, ALL_SIGNATORIES, ON_SIGNATURE, DEFAULT, STATEMENT;

        boolean universal() {
            return this == DEPOSITS || this == WEIGHTED || this == FIXED_DATE;
        }
    }

    private Dataset world() {
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        for (String table : WEIGHT_TABLES) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (String s : states) {
                shares.put(s, Math.round(Math.exp(random.nextGaussian() * 1.3) * 100) / 100.0 + 0.01);
            }
            weights.put(table, shares);
        }

        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < shape.treaties(); i++) {
            plans.add(plan(i));
        }
        List<Plan> constituent = constituentInstruments(plans);
        List<Organization> organizations = new ArrayList<>();
        for (int j = 0; j < constituent.size(); j++) {
            organizations.add(organization(j, constituent.get(j)));
        }
        List<Instrument> decisions = successions(constituent, organizations);
        supersessions(plans);
        for (Plan p : plans) {
            treatyFacts(p);
        }
        for (int j = 0; j < constituent.size(); j++) {
            organizationFacts(organizations.get(j), constituent.get(j));
        }
        List<Instrument> instruments = new ArrayList<>();
        plans.forEach(p -> instruments.add(instrument(p)));
        instruments.addAll(decisions);

        facts.sort(Comparator.comparing(Fact::date).thenComparing(Fact::id));
        List<State> stateList = states.stream().map(s -> new State(s, "Synthetic state " + s)).toList();
        return new Dataset(idOf(shape, seed), "Synthetic world '" + shape.name() + "' (seed " + Long.toUnsignedString(seed) + ")",
                "generated by org.treatylaw.world.WorldGenerator: " + shape, stateList, instruments, organizations, weights, facts);
    }

    // ---------------------------------------------------------------- treaties and their clauses

    private Plan plan(int index) {
        String id = String.format("tr-%05d", index);
        LocalDate concluded = between(FIRST_CONCLUDED, LAST_CONCLUDED);
        TreatyKind kind;
        if (chance(shape.universalShare())) {
            double r = random.nextDouble();
            kind = r < 0.80 ? TreatyKind.DEPOSITS : r < 0.88 ? TreatyKind.WEIGHTED : TreatyKind.FIXED_DATE;
        } else {
            double r = random.nextDouble();
            kind = r < 0.45 ? TreatyKind.ALL_SIGNATORIES : r < 0.65 ? TreatyKind.ON_SIGNATURE : r < 0.93 ? TreatyKind.DEFAULT : TreatyKind.STATEMENT;
        }
        int count = kind.universal()
                ? Math.min(states.size(), shape.universalMin() + random.nextInt(shape.universalMax() - shape.universalMin() + 1))
                : Math.min(states.size(), 2 + random.nextInt(shape.regionalMax() - 1));
        Plan plan = new Plan(id, concluded, kind, sample(states, count));
        plan.entryIntoForce = entryIntoForce(plan);
        if (kind == TreatyKind.DEFAULT && chance(0.4)) {
            plan.negotiating.addAll(plan.participants);
        }
        if (kind != TreatyKind.STATEMENT) {
            plan.provisionalApplication = chance(0.08) ? provisionalApplication(plan) : null;
            plan.withdrawal = withdrawal(plan);
        }
        return plan;
    }

    private EntryIntoForceClause entryIntoForce(Plan p) {
        int n = p.participants.size();
        ConsentBy consentBy = chance(0.05) ? ConsentBy.RATIFICATION : ConsentBy.DEPOSIT;
        String source = "final clauses of " + p.id;
        switch (p.kind) {
            case DEPOSITS -> {
                int m = chance(0.05) ? n + 5 : Math.max(1, (int) Math.round(n * (0.05 + 0.55 * random.nextDouble())));
                int days = pick(0, 30, 30, 60, 90, 90);
                boolean firstDay = chance(0.15);
                return new EntryIntoForceClause(Kind.DEPOSITS, m, days, firstDay, consentBy, null, null, null,
                        laterStates(days, firstDay), source);
            }
            case WEIGHTED -> {
                int m = Math.max(1, (int) Math.round(n * (0.1 + 0.3 * random.nextDouble())));
                int days = pick(0, 30, 90);
                return new EntryIntoForceClause(Kind.WEIGHTED_DEPOSITS, m, days, false, consentBy,
                        WEIGHT_TABLES.get(random.nextInt(WEIGHT_TABLES.size())), (double) (20 + random.nextInt(41)), null,
                        laterStates(days, false), source);
            }
            case FIXED_DATE -> {
                LocalDate date = YearMonth.from(p.concluded.plusMonths(6 + random.nextInt(25))).atDay(1);
                return new EntryIntoForceClause(Kind.FIXED_DATE, null, 0, false, consentBy, null, null, DateRange.day(date),
                        chance(0.5) ? new LaterStates(30, false) : null, source);
            }
            case ALL_SIGNATORIES -> {
                int days = pick(0, 0, 30);
                boolean firstDay = chance(0.2);
                return new EntryIntoForceClause(Kind.ALL_SIGNATORIES_DEPOSIT, null, days, firstDay,
                        chance(0.25) ? ConsentBy.RATIFICATION : ConsentBy.DEPOSIT, null, null, null,
                        chance(0.5) ? new LaterStates(30, false) : null, source);
            }
            case ON_SIGNATURE -> {
                return new EntryIntoForceClause(Kind.ON_SIGNATURE, null, 0, false, ConsentBy.DEPOSIT, null, null, null, null, source);
            }
            default -> {
                return null;
            }
        }
    }

    private LaterStates laterStates(int days, boolean firstDay) {
        double r = random.nextDouble();
        return r < 0.7 ? new LaterStates(days, firstDay) : r < 0.9 ? new LaterStates(0, false) : new LaterStates(30, true);
    }

    private ProvisionalApplicationClause provisionalApplication(Plan p) {
        List<String> covered = chance(0.25) ? sample(p.participants, Math.max(1, p.participants.size() / 2)) : List.of();
        if (chance(0.7)) {
            return new ProvisionalApplicationClause(ProvisionalApplicationClause.From.SIGNATURE, null, covered, "applied provisionally from signature");
        }
        LocalDate from = p.concluded.plusMonths(1 + random.nextInt(6));
        return new ProvisionalApplicationClause(ProvisionalApplicationClause.From.DATE, fuzzy(from), covered, "applied provisionally from a date");
    }

    private WithdrawalClause withdrawal(Plan p) {
        double r = random.nextDouble();
        if (r < 0.35) {
            // a treaty that ends when its parties fall below a number close to those taking part
            Integer minimum = chance(0.15) ? Math.max(2, p.participants.size() - 1 - random.nextInt(3)) : null;
            return new WithdrawalClause(true, pick(3, 6, 12, 12, 24), minimum, "withdrawal clause of " + p.id);
        }
        return r < 0.40 ? new WithdrawalClause(false, null, null, "no withdrawal (" + p.id + ")") : null;
    }

    // ---------------------------------------------------------------- organizations

    /** About one treaty in ten founds an organization; political statements never do. */
    private List<Plan> constituentInstruments(List<Plan> plans) {
        List<Plan> candidates = new ArrayList<>(plans.stream().filter(p -> p.kind != TreatyKind.STATEMENT).toList());
        List<Plan> chosen = new ArrayList<>(sample(candidates, Math.min(shape.organizations(), candidates.size())));
        chosen.sort(Comparator.comparing((Plan p) -> p.concluded).thenComparing(p -> p.id));
        for (Plan p : chosen) {
            if (p.provisionalApplication == null && chance(0.3)) {
                p.provisionalApplication = provisionalApplication(p);
            }
            // a universal organization is open, or open by invitation; a regional one may want its members' consent
            double r = random.nextDouble();
            AccessionClause.Consent consent = p.kind.universal()
                    ? (r < 0.85 ? AccessionClause.Consent.NONE : AccessionClause.Consent.INVITATION)
                    : r < 0.3 ? AccessionClause.Consent.NONE : r < 0.6 ? AccessionClause.Consent.ALL
                    : r < 0.85 ? AccessionClause.Consent.MAJORITY : AccessionClause.Consent.INVITATION;
            p.accession = new AccessionClause(chance(0.9), consent, chance(0.5), "accession clause of " + p.id);
            if ((consent == AccessionClause.Consent.ALL || consent == AccessionClause.Consent.MAJORITY)
                    && p.withdrawal != null && p.withdrawal.minimumParties() != null) {
                // whose consent an accession needs would turn on whether the instrument survives, and that on the accession
                p.withdrawal = new WithdrawalClause(true, p.withdrawal.noticeMonths(), null, p.withdrawal.source());
            }
        }
        return chosen;
    }

    private Organization organization(int index, Plan ci) {
        String id = String.format("org-%04d", index);
        ci.establishes = id;
        List<Organ> organs = new ArrayList<>();
        String[] names = {"assembly", "council", "secretariat"};
        int count = 1 + random.nextInt(names.length);
        for (int k = 0; k < count; k++) {
            organs.add(new Organ(id + "-" + names[k], null, "The " + names[k] + " of " + id, chance(0.2) ? ci.id : null,
                    k == 0 ? "plenary organ" : null, k == 2 ? "seat in " + ci.participants.get(0) : null, null, List.of(), null));
        }
        return new Organization(id, "Organization no. " + index, ci.id, organs, "constituent instrument " + ci.id);
    }

    /**
     * Some organizations succeed an older one their constituent instrument terminates; for some of these, a
     * decision keeps an organ of the predecessor going until the inventory of its treaty base is done.
     *
     * @return the decisions on such transitions
     */
    private List<Instrument> successions(List<Plan> constituent, List<Organization> organizations) {
        List<Instrument> decisions = new ArrayList<>();
        Set<String> succeeded = new LinkedHashSet<>();
        for (int j = 1; j < constituent.size(); j++) {
            Plan successor = constituent.get(j);
            if (!chance(0.2)) continue;
            List<Organization> predecessors = new ArrayList<>();
            for (int k = 0; k < j; k++) {
                if (!succeeded.contains(organizations.get(k).id()) && constituent.get(k).concluded.isBefore(successor.concluded)) {
                    predecessors.add(organizations.get(k));
                }
            }
            if (predecessors.isEmpty()) continue;
            Organization predecessor = predecessors.get(random.nextInt(predecessors.size()));
            succeeded.add(predecessor.id());
            successor.succession = new SuccessionClause(predecessor.id(), chance(0.5), "succession clause of " + successor.id);
            if (chance(0.5)) {
                decisions.add(transition(successor, organizations.get(j), predecessor));
            }
        }
        return decisions;
    }

    /** A decision, in force when the successor's instrument is concluded, on the transition from the predecessor. */
    private Instrument transition(Plan successorInstrument, Organization successor, Organization predecessor) {
        String id = successorInstrument.id + "-transition";
        LocalDate day = successorInstrument.concluded;
        Condition inventory = new Condition(predecessor.id(), "the completion of the inventory of the treaty base of " + predecessor.id());
        String organ = predecessor.organs().get(0).id();
        OrganContinuation continuation = new OrganContinuation(organ, inventory, successor.organs().get(0).id(),
                new Liquidation("the head of " + organ, successorInstrument.participants.get(0), "para. 2 of " + id), "para. 1 of " + id);
        Restriction restriction = new Restriction(id + "-no-new-treaties", successor.id(),
                "No new treaties until the inventory of the treaty base of " + predecessor.id() + " is completed", inventory, "para. 3 of " + id);
        EntryIntoForceClause inForce = new EntryIntoForceClause(Kind.FIXED_DATE, null, 0, false, null, null, null,
                DateRange.day(day), null, "adopted with " + successorInstrument.id);
        LocalDate inventoried = day.plusDays(200 + random.nextInt(1500));
        if (!inventoried.isAfter(END)) {
            facts.add(new InventoryCompleted("inv-" + predecessor.id(), predecessor.id(), fuzzy(inventoried), null));
            LocalDate liquidated = inventoried.plusDays(100 + random.nextInt(700));
            if (!liquidated.isAfter(END) && chance(0.7)) {
                facts.add(new LiquidationCompleted("liq-" + organ, organ, fuzzy(liquidated), null));
            }
        }
        return new Instrument(id, "Decision on the transition from " + predecessor.id() + " to " + successor.id(), "decision", true,
                new Instrument.Conclusion(DateRange.day(day), null), null, List.of(), null, inForce, null, null, null, null, null,
                List.of(continuation), List.of(restriction), "synthetic decision");
    }

    /**
     * About one treaty in fifty replaces an earlier one (VCLT 59(1)(a)); its parties include the earlier one's, so
     * that it may take effect. Never one whose accessions wait for its parties' consent: whose consent they need
     * would turn on whether it survives.
     */
    private void supersessions(List<Plan> plans) {
        for (Plan later : plans) {
            if (later.kind == TreatyKind.STATEMENT || !chance(0.02)) continue;
            List<Plan> earlier = plans.stream().filter(e -> e != later && e.kind != TreatyKind.STATEMENT && e.concluded.isBefore(later.concluded)
                    && e.supersedes == null && (e.accession == null || e.accession.consent() == AccessionClause.Consent.NONE)).toList();
            if (earlier.isEmpty()) continue;
            Plan replaced = earlier.get(random.nextInt(earlier.size()));
            later.supersedes = new SupersessionClause(List.of(replaced.id), "replaces " + replaced.id);
            Set<String> participants = new LinkedHashSet<>(replaced.participants);
            participants.addAll(later.participants);
            later.participants = new ArrayList<>(participants);
            if (later.negotiating.size() > 0) {
                later.negotiating.clear();
                later.negotiating.addAll(later.participants);
            }
        }
    }

    private Instrument instrument(Plan p) {
        boolean statement = p.kind == TreatyKind.STATEMENT;
        return new Instrument(p.id, (statement ? "Statement no. " : "Treaty no. ") + p.id.substring(3),
                statement ? "political-statement" : "treaty", !statement,
                new Instrument.Conclusion(DateRange.day(p.concluded), null), p.kind.universal() ? "Secretary-General" : null,
                p.negotiating, p.establishes, p.entryIntoForce, p.provisionalApplication, p.accession, p.withdrawal,
                p.succession, p.supersedes, List.of(), List.of(), "synthetic");
    }

    // ---------------------------------------------------------------- facts

    private void treatyFacts(Plan p) {
        List<String> signatories;
        if (p.kind.universal()) {
            signatories = sample(p.participants, (int) Math.round(p.participants.size() * 0.7));
        } else if (p.kind == TreatyKind.DEFAULT && !p.negotiating.isEmpty() && p.participants.size() > 2 && chance(0.3)) {
            signatories = p.participants.subList(0, p.participants.size() - 1);
        } else {
            signatories = p.participants;
        }
        Map<String, LocalDate> signed = new LinkedHashMap<>();
        for (String s : signatories) {
            LocalDate day = chance(0.5) || !p.kind.universal() && chance(0.6) ? p.concluded : p.concluded.plusDays(random.nextInt(700));
            if (day.isAfter(END)) continue;
            signed.put(s, day);
            facts.add(new Signature("sig-" + p.id + "-" + s, p.id, s, fuzzy(day), null));
        }
        if (p.kind == TreatyKind.STATEMENT) {
            return;
        }
        boolean byRatification = p.entryIntoForce != null && p.entryIntoForce.consentExpressedBy() == ConsentBy.RATIFICATION;
        Map<String, LocalDate> consented = new LinkedHashMap<>();
        for (Map.Entry<String, LocalDate> sig : signed.entrySet()) {
            String s = sig.getKey();
            if (p.kind == TreatyKind.ON_SIGNATURE) {
                consented.put(s, sig.getValue());
                continue;
            }
            if (!chance(p.kind.universal() ? 0.85 : 0.9)) continue;
            LocalDate day = sig.getValue().plusDays(30 + (long) exponential(900));
            if (day.isAfter(END)) continue;
            if (byRatification) {
                facts.add(new Ratification("rat-" + p.id + "-" + s, p.id, s, fuzzy(day), "act of ratification", null));
                if (chance(0.1)) {
                    LocalDate deposit = day.plusDays(1 + random.nextInt(400));
                    if (!deposit.isAfter(END)) facts.add(new Deposit("dep-" + p.id + "-" + s, p.id, s, fuzzy(deposit), DepositKind.RATIFICATION, null));
                }
            } else {
                if (chance(0.35)) {
                    LocalDate act = day.minusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(sig.getValue(), day))));
                    facts.add(new Ratification("rat-" + p.id + "-" + s, p.id, s, fuzzy(act), "law on ratification", null));
                }
                double r = random.nextDouble();
                DepositKind kind = r < 0.75 ? DepositKind.RATIFICATION : r < 0.87 ? DepositKind.ACCEPTANCE : DepositKind.APPROVAL;
                facts.add(new Deposit("dep-" + p.id + "-" + s, p.id, s, fuzzy(day), kind, null));
            }
            consented.put(s, day);
        }
        // states that did not sign accede (a few succeed, as new states do), universal treaties above all
        List<String> others = p.participants.stream().filter(s -> !signed.containsKey(s)).toList();
        if (!p.kind.universal() && chance(0.3)) {
            others = new ArrayList<>(others);
            others.addAll(sample(states.stream().filter(s -> !p.participants.contains(s)).toList(), 1 + random.nextInt(2)));
        }
        boolean gated = p.accession != null && p.accession.consent() != AccessionClause.Consent.NONE;
        Map<String, LocalDate> acceded = new LinkedHashMap<>();
        for (String s : others) {
            if (!chance(0.8)) continue;
            LocalDate day = p.concluded.plusDays(180 + (long) exponential(2500));
            if (day.isAfter(END)) continue;
            DepositKind kind = chance(0.04) ? DepositKind.SUCCESSION : DepositKind.ACCESSION;
            // where accession needs the parties' consent, its date is a day: who was a party by then is then clear
            facts.add(new Deposit("dep-" + p.id + "-" + s, p.id, s, gated ? DateRange.day(day) : fuzzy(day), kind, null));
            consented.put(s, day);
            if (kind == DepositKind.ACCESSION) acceded.put(s, day);
        }
        p.engaged.addAll(consented.keySet());
        provisionalApplicationFacts(p, signed, consented);
        withdrawalFacts(p, consented);
        if (gated) accessionConsents(p, acceded);
    }

    /**
     * Where the instrument admits accession only by invitation or with the parties' consent: an invitation before
     * most deposits of accession; the consent of every other likely party after the others. Only where the
     * instrument's entry into force cannot turn on the acceding state's consent is a consent sometimes missing
     * (else whether it is missing would depend on whether the instrument is in force, which depends on it).
     */
    private void accessionConsents(Plan p, Map<String, LocalDate> acceded) {
        boolean entryIndependent = p.kind == TreatyKind.ALL_SIGNATORIES || p.kind == TreatyKind.ON_SIGNATURE || p.kind == TreatyKind.FIXED_DATE;
        for (Map.Entry<String, LocalDate> a : acceded.entrySet()) {
            String s = a.getKey();
            List<String> parties = p.engaged.stream().filter(e -> !e.equals(s)).toList();
            if (parties.isEmpty()) continue;
            if (p.accession.consent() == AccessionClause.Consent.INVITATION) {
                if (!chance(0.85)) continue;
                String inviting = parties.get(random.nextInt(parties.size()));
                facts.add(new AccessionConsent("inv-" + p.id + "-" + s, null, p.id, s, inviting,
                        fuzzy(a.getValue().minusDays(30 + random.nextInt(335))), null));
                continue;
            }
            String missing = entryIndependent && chance(0.2) ? parties.get(random.nextInt(parties.size())) : null;
            for (String m : parties) {
                if (m.equals(missing)) continue;
                facts.add(new AccessionConsent("con-" + p.id + "-" + s + "-" + m, null, p.id, s, m,
                        fuzzy(a.getValue().plusDays(10 + random.nextInt(300))), null));
            }
        }
    }

    private void provisionalApplicationFacts(Plan p, Map<String, LocalDate> signed, Map<String, LocalDate> consented) {
        Map<String, LocalDate> applying = new LinkedHashMap<>();
        for (Map.Entry<String, LocalDate> sig : signed.entrySet()) {
            String s = sig.getKey();
            if (p.provisionalApplication != null && p.provisionalApplication.covers(s)) {
                applying.put(s, sig.getValue());
            } else if (chance(0.03)) {
                LocalDate from = sig.getValue().plusDays(random.nextInt(120));
                if (from.isAfter(END)) continue;
                facts.add(new ProvisionalApplication("pa-" + p.id + "-" + s, p.id, s, fuzzy(from), null));
                applying.put(s, from);
            }
        }
        p.engaged.addAll(applying.keySet());
        for (Map.Entry<String, LocalDate> a : applying.entrySet()) {
            if (consented.containsKey(a.getKey()) || !chance(0.4)) continue;
            LocalDate day = a.getValue().plusDays(365 + random.nextInt(5 * 365));
            if (!day.isAfter(END)) {
                facts.add(new NonParticipationNotice("npn-" + p.id + "-" + a.getKey(), p.id, a.getKey(), fuzzy(day), null));
            }
        }
    }

    private void withdrawalFacts(Plan p, Map<String, LocalDate> consented) {
        if (p.withdrawal != null && !p.withdrawal.allowed()) return;
        int months = p.withdrawal == null ? WithdrawalClause.VCLT_DEFAULT_NOTICE_MONTHS : p.withdrawal.noticeMonths();
        double share = p.withdrawal != null && p.withdrawal.minimumParties() != null ? 0.15 : 0.02;
        for (Map.Entry<String, LocalDate> c : consented.entrySet()) {
            if (!chance(share)) continue;
            LocalDate day = c.getValue().plusDays(2 * 365 + random.nextInt(18 * 365));
            if (day.isAfter(END)) continue;
            String id = "wn-" + p.id + "-" + c.getKey();
            facts.add(new WithdrawalNotice(id, null, p.id, c.getKey(), fuzzy(day), null));
            if (chance(0.15)) {
                LocalDate revoked = day.plusMonths(random.nextInt(Math.max(1, months + 2)));
                if (!revoked.isAfter(END)) facts.add(new NoticeWithdrawn("nw-" + p.id + "-" + c.getKey(), id, fuzzy(revoked), null));
            }
        }
    }

    private void organizationFacts(Organization o, Plan ci) {
        List<String> outsiders = states.stream().filter(s -> !ci.participants.contains(s)).toList();
        // a successor silent on its predecessor's observers (its own, and those it carried over) leaves their status
        // undetermined: admit none of them anew
        Set<String> predecessors = ci.succession == null ? Set.of() : observers.getOrDefault(ci.succession.terminates(), Set.of());
        if (ci.succession != null && ci.succession.observersCarriedOver()) {
            observers.computeIfAbsent(o.id(), k -> new LinkedHashSet<>()).addAll(predecessors);
        }
        Set<String> carried = ci.succession != null && !ci.succession.observersCarriedOver() ? predecessors : Set.of();
        List<String> eligible = outsiders.stream().filter(s -> !carried.contains(s)).toList();
        for (String s : sample(eligible, Math.min(eligible.size(), random.nextInt(5)))) {
            LocalDate day = ci.concluded.plusDays(365 + random.nextInt(15 * 365));
            if (day.isAfter(END)) continue;
            facts.add(new ObserverAdmission("obs-" + o.id() + "-" + s, o.id(), s, fuzzy(day), null));
            observers.computeIfAbsent(o.id(), k -> new LinkedHashSet<>()).add(s);
        }
        if (chance(0.25)) {
            LocalDate day = ci.concluded.plusDays(3 * 365 + random.nextInt(22 * 365));
            if (!day.isAfter(END)) facts.add(new Renaming("ren-" + o.id(), o.id(), o.name() + " (renamed)", fuzzy(day), null));
        }
        if (!ci.engaged.isEmpty() && chance(0.3)) {
            List<String> engaged = new ArrayList<>(ci.engaged);
            String s = engaged.get(random.nextInt(engaged.size()));
            LocalDate day = ci.concluded.plusDays(3 * 365 + random.nextInt(22 * 365));
            if (!day.isAfter(END)) facts.add(new WithdrawalNotice("wn-" + o.id() + "-" + s, o.id(), null, s, fuzzy(day), null));
        }
        accessions(o, ci, outsiders);
    }

    /** Requests to accede, on distinct days, each with the consents of some of the likely members (at least one). */
    private void accessions(Organization o, Plan ci, List<String> outsiders) {
        if (ci.engaged.isEmpty()) return;
        List<String> candidates = sample(outsiders, Math.min(outsiders.size(), random.nextInt(4)));
        Set<LocalDate> days = new LinkedHashSet<>();
        List<Map.Entry<String, LocalDate>> requests = new ArrayList<>();
        for (String s : candidates) {
            LocalDate day = ci.concluded.plusDays(2 * 365 + random.nextInt(20 * 365));
            if (day.isAfter(END) || !days.add(day)) continue;
            requests.add(Map.entry(s, day));
        }
        requests.sort(Map.Entry.comparingByValue());
        Set<String> likelyMembers = new LinkedHashSet<>(ci.engaged);
        boolean consentNeeded = ci.accession.needsConsent();
        double share = ci.accession.consent() == AccessionClause.Consent.ALL ? 0.85 : 0.6;
        for (Map.Entry<String, LocalDate> request : requests) {
            String s = request.getKey();
            facts.add(new AccessionRequest("req-" + o.id() + "-" + s, o.id(), null, s, DateRange.day(request.getValue()), chance(0.8), null));
            List<String> others = likelyMembers.stream().filter(m -> !m.equals(s)).toList();
            if (consentNeeded && !others.isEmpty()) {
                List<String> consenting = others.stream().filter(m -> chance(share)).toList();
                if (consenting.isEmpty()) consenting = List.of(others.get(random.nextInt(others.size())));
                for (String m : consenting) {
                    LocalDate day = request.getValue().plusDays(10 + random.nextInt(300));
                    facts.add(new AccessionConsent("con-" + o.id() + "-" + s + "-" + m, o.id(), null, s, m, fuzzy(day), null));
                }
            }
            likelyMembers.add(s);
        }
    }

    // ---------------------------------------------------------------- randomness

    /** Most dates are days; some sources give only the month or the year, or bound the date between two days. */
    private DateRange fuzzy(LocalDate day) {
        double r = random.nextDouble();
        if (r < 0.92) return DateRange.day(day);
        if (r < 0.97) return new DateRange(day.withDayOfMonth(1), YearMonth.from(day).atEndOfMonth());
        if (r < 0.985) return new DateRange(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
        return new DateRange(day.minusDays(1 + random.nextInt(120)), day.plusDays(1 + random.nextInt(120)));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int pick(int... values) {
        return values[random.nextInt(values.length)];
    }

    /** {@code n} distinct elements, in the order they were drawn (a partial Fisher-Yates shuffle). */
    private <T> List<T> sample(List<T> from, int n) {
        List<T> pool = new ArrayList<>(from);
        int k = Math.min(n, pool.size());
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(pool.size() - i);
            T t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        return new ArrayList<>(pool.subList(0, k));
    }
}
