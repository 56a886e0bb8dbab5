package org.treatylaw.world;

import org.treatylaw.facts.AccessionClause;
import org.treatylaw.facts.AccessionClause.Consent;
import org.treatylaw.facts.AccessionConsent;
import org.treatylaw.facts.AccessionRequest;
import org.treatylaw.facts.Dataset;
import org.treatylaw.facts.DateRange;
import org.treatylaw.facts.Deposit;
import org.treatylaw.facts.DepositKind;
import org.treatylaw.facts.EntryIntoForceClause;
import org.treatylaw.facts.EntryIntoForceClause.ConsentBy;
import org.treatylaw.facts.EntryIntoForceClause.Kind;
import org.treatylaw.facts.Fact;
import org.treatylaw.facts.Instrument;
import org.treatylaw.facts.NonParticipationNotice;
import org.treatylaw.facts.NoticeWithdrawn;
import org.treatylaw.facts.Organization;
import org.treatylaw.facts.ProvisionalApplication;
import org.treatylaw.facts.ProvisionalApplicationClause;
import org.treatylaw.facts.Ratification;
import org.treatylaw.facts.Signature;
import org.treatylaw.facts.WithdrawalClause;
import org.treatylaw.facts.WithdrawalNotice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The central conclusions of treaty law computed in plain Java, without the rule engine: when each instrument
 * entered into force, from when it is in force for each party, and from when each state is a member of each
 * organization. It is the floor a rule engine's speed is measured against, and an independent reading of the
 * rules in {@code rules/} that a property test holds them to.
 *
 * <p>It reads the rules as they are written, counting states, each once from its first act:
 * <ul>
 * <li>consent to be bound: a deposit (of accession, where the instrument wants the parties' consent or an
 *     invitation, only once given); a ratification where the clause counts ratification; a signature where the
 *     instrument binds on signature; an accession to an organization, for its constituent instrument;</li>
 * <li>entry into force: per clause, counting each state's first consent where it counts instruments, and taking
 *     the last of the first consents of the states it waits for;</li>
 * <li>a party from the later of the entry into force and its own consent (counted for later states), a member
 *     from its first party status, provisional application or accession; both ends of uncertain dates apart;</li>
 * <li>an accession that needs consent needs it of each member (each party or provisional applier) that may have
 *     been one by the request (deposit) and had not certainly left: a majority is more than half of those states,
 *     each counted from its first consent;</li>
 * <li>a treaty with a minimum number of parties terminates when the withdrawals of so many of its parties take
 *     effect that fewer remain (each state counted once).</li>
 * </ul>
 * Accessions depend on who is a member, which depends on accessions: the floor decides them all from none
 * accepted, then again until nothing changes, and refuses a dataset where that does not settle.
 */
public final class Floor {

    private static final int MAX_ROUNDS = 50;

    /**
     * @param entryIntoForce instrument → the date it entered into force
     * @param parties        instrument → state → the date it entered into force for the state (its first)
     * @param members        organization → state → the date the state first became a member
     */
    public record Conclusions(Map<String, DateRange> entryIntoForce, Map<String, Map<String, DateRange>> parties,
                              Map<String, Map<String, DateRange>> members) {
    }

    /** A state and a date: a consent, an initiation, a termination. */
    private record Dated(String state, DateRange date) {
    }

    /** The facts about one instrument, grouped once. */
    private static final class InstrumentFacts {
        final List<Signature> signatures = new ArrayList<>();
        final List<Deposit> deposits = new ArrayList<>();
        final List<Ratification> ratifications = new ArrayList<>();
        final List<ProvisionalApplication> provisional = new ArrayList<>();
        final List<NonParticipationNotice> nonParticipation = new ArrayList<>();
        /** Consents (and invitations) to accessions that name the instrument. */
        final List<AccessionConsent> accessionConsents = new ArrayList<>();
        /** VCLT 54(a), 56(2), 68: withdrawals that take effect, notice by notice. */
        final List<Dated> withdrawals = new ArrayList<>();
    }

    private static final InstrumentFacts NO_FACTS = new InstrumentFacts();

    private final Dataset dataset;
    private final List<Instrument> instruments;
    private final Map<String, Instrument> instrumentById = new HashMap<>();
    private final Map<String, InstrumentFacts> facts = new HashMap<>();
    private final Map<String, List<AccessionRequest>> requestsByTarget = new HashMap<>();
    private final Map<String, List<AccessionConsent>> consentsByOrganization = new HashMap<>();

    // what one round derives
    private final Map<String, DateRange> inForce = new HashMap<>();
    private final Map<String, List<Dated>> consentsTo = new HashMap<>();
    private final Map<String, List<Dated>> partyStarts = new HashMap<>();
    private final Map<String, List<Dated>> provisionalStarts = new HashMap<>();
    private final Map<String, List<Dated>> memberStarts = new HashMap<>();
    private final Map<String, List<DateRange>> inForceEnds = new HashMap<>();
    private final Map<String, List<DateRange>> terminated = new HashMap<>();

    private Floor(Dataset dataset) {
        this.dataset = dataset;
        this.instruments = dataset.instruments();
        instruments.forEach(i -> instrumentById.put(i.id(), i));
        Map<String, List<NoticeWithdrawn>> revocations = new HashMap<>();
        List<WithdrawalNotice> notices = new ArrayList<>();
        for (Fact fact : dataset.facts()) {
            if (fact instanceof Signature s) {
                of(s.instrument()).signatures.add(s);
            } else if (fact instanceof Deposit d) {
                of(d.instrument()).deposits.add(d);
            } else if (fact instanceof Ratification r) {
                of(r.instrument()).ratifications.add(r);
            } else if (fact instanceof ProvisionalApplication p) {
                of(p.instrument()).provisional.add(p);
            } else if (fact instanceof NonParticipationNotice n) {
                of(n.instrument()).nonParticipation.add(n);
            } else if (fact instanceof AccessionRequest r) {
                requestsByTarget.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
            } else if (fact instanceof AccessionConsent c) {
                if (c.instrument() != null) of(c.instrument()).accessionConsents.add(c);
                else consentsByOrganization.computeIfAbsent(c.organization(), k -> new ArrayList<>()).add(c);
            } else if (fact instanceof WithdrawalNotice n) {
                notices.add(n);
            } else if (fact instanceof NoticeWithdrawn n) {
                revocations.computeIfAbsent(n.notice(), k -> new ArrayList<>()).add(n);
            }
        }
        for (WithdrawalNotice n : notices) {
            for (Instrument i : instruments) {
                if (!i.id().equals(n.target()) && !n.target().equals(i.establishes())) continue;
                WithdrawalClause clause = i.withdrawal();
                if (clause != null && !clause.allowed()) continue;
                int months = clause == null ? WithdrawalClause.VCLT_DEFAULT_NOTICE_MONTHS : clause.noticeMonths();
                DateRange effect = n.date().plusMonths(months);
                boolean revoked = revocations.getOrDefault(n.id(), List.of()).stream()
                        .anyMatch(r -> r.date().latest().isBefore(effect.earliest()));
                if (!revoked) of(i.id()).withdrawals.add(new Dated(n.state(), effect));
            }
        }
    }

    public static Conclusions of(Dataset dataset) {
        return new Floor(dataset).solve();
    }

    private InstrumentFacts of(String instrument) {
        return facts.computeIfAbsent(instrument, k -> new InstrumentFacts());
    }

    private InstrumentFacts factsOf(String instrument) {
        return facts.getOrDefault(instrument, NO_FACTS);
    }

    private Conclusions solve() {
        Map<AccessionRequest, DateRange> requestsAccepted = Map.of();
        Map<Deposit, DateRange> depositsAccepted = Map.of();
        for (int round = 0; ; round++) {
            derive(requestsAccepted, depositsAccepted);
            Map<AccessionRequest, DateRange> requests = decideRequests();
            Map<Deposit, DateRange> deposits = decideDeposits();
            if (requests.equals(requestsAccepted) && deposits.equals(depositsAccepted)) break;
            if (round >= MAX_ROUNDS) {
                throw new IllegalStateException("the accessions of dataset " + dataset.id() + " depend on each other without a fixed point");
            }
            requestsAccepted = requests;
            depositsAccepted = deposits;
        }
        Map<String, DateRange> entryIntoForce = new TreeMap<>(inForce);
        Map<String, Map<String, DateRange>> parties = new TreeMap<>();
        partyStarts.forEach((i, starts) -> {
            if (!starts.isEmpty()) parties.put(i, earliestByState(starts));
        });
        Map<String, Map<String, DateRange>> members = new TreeMap<>();
        memberStarts.forEach((o, starts) -> {
            if (!starts.isEmpty()) members.put(o, earliestByState(starts));
        });
        return new Conclusions(entryIntoForce, parties, members);
    }

    // ---------------------------------------------------------------- one round, given the accessions accepted

    private void derive(Map<AccessionRequest, DateRange> requestsAccepted, Map<Deposit, DateRange> depositsAccepted) {
        inForce.clear();
        consentsTo.clear();
        partyStarts.clear();
        provisionalStarts.clear();
        memberStarts.clear();
        inForceEnds.clear();
        terminated.clear();

        // accessions to organizations: members at once, and consent to be bound by the constituent instrument
        Map<String, List<Dated>> acceded = new HashMap<>();
        Map<String, List<Dated>> accededToInstrument = new HashMap<>();
        for (Organization o : dataset.organizations()) {
            Instrument ci = instrumentById.get(o.constituentInstrument());
            if (ci == null || ci.accession() == null) continue;
            AccessionClause clause = ci.accession();
            for (AccessionRequest r : requestsTo(o)) {
                if (clause.consent() != Consent.NONE || !clause.open() || !acceptsEnough(r, clause)) continue;
                acceded.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(new Dated(r.state(), r.date()));
                accededToInstrument.computeIfAbsent(ci.id(), k -> new ArrayList<>()).add(new Dated(r.state(), r.date()));
            }
        }
        requestsAccepted.forEach((r, from) -> {
            for (Organization o : organizationsOf(r)) {
                acceded.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(new Dated(r.state(), from));
                accededToInstrument.computeIfAbsent(o.constituentInstrument(), k -> new ArrayList<>()).add(new Dated(r.state(), from));
            }
        });
        depositsAccepted.forEach((d, from) -> accededToInstrument.computeIfAbsent(d.instrument(), k -> new ArrayList<>()).add(new Dated(d.state(), from)));

        for (Instrument i : instruments) {
            InstrumentFacts f = factsOf(i.id());
            List<Dated> consents = consents(i, f);
            consents.addAll(accededToInstrument.getOrDefault(i.id(), List.of()));
            Optional<DateRange> eif = entryIntoForce(i, f, consents);
            List<Dated> parties = new ArrayList<>();
            eif.ifPresent(at -> {
                inForce.put(i.id(), at);
                // VCLT 24(3): from the later of the entry into force and the state's own (counted) consent
                EntryIntoForceClause clause = i.entryIntoForce();
                for (Dated c : consents) {
                    parties.add(new Dated(c.state(), at.orLater(clause == null ? c.date() : clause.countForLaterState(c.date()))));
                }
            });
            consentsTo.put(i.id(), consents);
            partyStarts.put(i.id(), parties);
            provisionalStarts.put(i.id(), provisionalApplication(i, f));
        }

        for (Instrument i : instruments) {
            // VCLT 59(1)(a): the successor's instrument, once it applies, terminates the predecessor
            if (i.succession() != null && i.establishes() != null) {
                Optional<Organization> predecessor = dataset.organization(i.succession().terminates());
                List<DateRange> applications = new ArrayList<>();
                provisionalStarts.get(i.id()).forEach(p -> applications.add(p.date()));
                if (inForce.containsKey(i.id())) applications.add(inForce.get(i.id()));
                if (predecessor.isPresent() && !applications.isEmpty()) {
                    DateRange from = DateRange.firstOf(applications);
                    terminated.computeIfAbsent(predecessor.get().id(), k -> new ArrayList<>()).add(from);
                    inForceEnds.computeIfAbsent(predecessor.get().constituentInstrument(), k -> new ArrayList<>()).add(from);
                }
            }
            // VCLT 59(1)(a): a later treaty in force, to which every party to the earlier one consented, terminates it
            if (i.supersedes() != null && inForce.containsKey(i.id())) {
                Set<String> consented = new HashSet<>();
                consentsTo.get(i.id()).forEach(c -> consented.add(c.state()));
                for (String earlier : i.supersedes().instruments()) {
                    List<Dated> parties = partyStarts.getOrDefault(earlier, List.of());
                    if (!parties.isEmpty() && parties.stream().allMatch(p -> consented.contains(p.state()))) {
                        inForceEnds.computeIfAbsent(earlier, k -> new ArrayList<>()).add(inForce.get(i.id()));
                    }
                }
            }
            // VCLT 55: a treaty that so provides terminates when its parties fall below the minimum
            WithdrawalClause clause = i.withdrawal();
            if (clause != null && clause.minimumParties() != null && inForce.containsKey(i.id())) {
                Set<String> parties = new HashSet<>();
                partyStarts.get(i.id()).forEach(p -> parties.add(p.state()));
                List<DateRange> withdrawals = List.copyOf(firstPerState(factsOf(i.id()).withdrawals.stream()
                        .filter(w -> parties.contains(w.state())).toList()).values());
                if (parties.size() >= clause.minimumParties() && !withdrawals.isEmpty() && parties.size() - withdrawals.size() < clause.minimumParties()) {
                    inForceEnds.computeIfAbsent(i.id(), k -> new ArrayList<>())
                            .add(DateRange.nthOf(withdrawals, parties.size() - clause.minimumParties() + 1));
                }
            }
        }

        for (Organization o : dataset.organizations()) {
            // VCLT 2(1)(g), 5, 25(1), 15: parties to the constituent instrument, its provisional appliers, acceding states
            List<Dated> members = new ArrayList<>(partyStarts.getOrDefault(o.constituentInstrument(), List.of()));
            members.addAll(provisionalStarts.getOrDefault(o.constituentInstrument(), List.of()));
            members.addAll(acceded.getOrDefault(o.id(), List.of()));
            memberStarts.put(o.id(), members);
        }
    }

    /** VCLT 16(b), 14(1)(a), 12(1)(a) and 15(b): consents that do not wait for the parties' consent to an accession. */
    private static List<Dated> consents(Instrument instrument, InstrumentFacts facts) {
        List<Dated> consents = new ArrayList<>();
        AccessionClause accession = instrument.accession();
        boolean gated = accession != null && accession.consent() != Consent.NONE;
        for (Deposit d : facts.deposits) {
            if (!gated || d.kind() != DepositKind.ACCESSION) {
                consents.add(new Dated(d.state(), d.date()));
            } else if (accession.consent() == Consent.INVITATION) {
                for (AccessionConsent invitation : facts.accessionConsents) {
                    if (invitation.candidate().equals(d.state())) consents.add(new Dated(d.state(), d.date().orLater(invitation.date())));
                }
            }
        }
        EntryIntoForceClause clause = instrument.entryIntoForce();
        if (clause != null && clause.consentExpressedBy() == ConsentBy.RATIFICATION) {
            facts.ratifications.forEach(r -> consents.add(new Dated(r.state(), r.date())));
        }
        if (clause != null && clause.kind() == Kind.ON_SIGNATURE) {
            facts.signatures.forEach(s -> consents.add(new Dated(s.state(), s.date())));
        }
        return consents;
    }

    private Optional<DateRange> entryIntoForce(Instrument instrument, InstrumentFacts facts, List<Dated> consents) {
        EntryIntoForceClause clause = instrument.entryIntoForce();
        Set<String> signatories = new LinkedHashSet<>();
        facts.signatures.forEach(s -> signatories.add(s.state()));
        if (clause == null) {
            // VCLT 24(2): once every negotiating state (the signatories, unless the instrument names them) consented
            if (!instrument.createsObligations()) return Optional.empty();
            Set<String> negotiating = instrument.negotiatingStates().isEmpty() ? signatories : new LinkedHashSet<>(instrument.negotiatingStates());
            return lastConsentOfAll(negotiating, consents);
        }
        return switch (clause.kind()) {
            case ALL_SIGNATORIES_DEPOSIT, ON_SIGNATURE -> lastConsentOfAll(signatories, consents).map(clause::count);
            case DEPOSITS -> {
                List<DateRange> firsts = List.copyOf(firstPerState(consents).values());
                yield firsts.size() >= clause.instruments()
                        ? Optional.of(clause.count(DateRange.nthOf(firsts, clause.instruments())))
                        : Optional.empty();
            }
            case WEIGHTED_DEPOSITS -> {
                Map<String, Double> table = dataset.weights().get(clause.weight());
                if (table == null || consents.size() < clause.instruments()) yield Optional.empty();
                yield weightedThreshold(consents, clause.instruments(), clause.percent(), table).map(clause::count);
            }
            case FIXED_DATE -> Optional.of(clause.date());
        };
    }

    /** When every one of the states has consented: the last of their first consents. */
    private static Optional<DateRange> lastConsentOfAll(Set<String> states, List<Dated> consents) {
        if (states.isEmpty()) return Optional.empty();
        Map<String, DateRange> firsts = firstPerState(consents);
        if (!firsts.keySet().containsAll(states)) return Optional.empty();
        return Optional.of(DateRange.lastOf(states.stream().map(firsts::get).toList()));
    }

    /** Each state's first consent: a state that consented twice counts once. */
    private static Map<String, DateRange> firstPerState(List<Dated> consents) {
        Map<String, DateRange> first = new LinkedHashMap<>();
        for (Dated c : consents) {
            first.merge(c.state(), c.date(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return first;
    }

    /** On each end of the dates, the first day M states holding together P per cent of the weight consented. */
    private static Optional<DateRange> weightedThreshold(List<Dated> consents, int count, double percent, Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        LocalDate earliest = metOn(consents, count, percent, weights, total, DateRange::earliest);
        LocalDate latest = metOn(consents, count, percent, weights, total, DateRange::latest);
        return earliest == null || latest == null ? Optional.empty() : Optional.of(new DateRange(earliest, latest));
    }

    private static LocalDate metOn(List<Dated> consents, int count, double percent, Map<String, Double> weights, double total,
                                   Function<DateRange, LocalDate> end) {
        List<Dated> byDate = consents.stream().sorted(Comparator.comparing(c -> end.apply(c.date()))).toList();
        double share = 0;
        Set<String> counted = new HashSet<>();
        for (Dated c : byDate) {
            if (!counted.add(c.state())) continue;
            share += 100.0 * weights.getOrDefault(c.state(), 0.0) / total;
            if (counted.size() >= count && share >= percent - 1e-9) return end.apply(c.date());
        }
        return null;
    }

    /** VCLT 25(1): from signature or from the date the clause fixes (not before signature), or as a state agreed. */
    private static List<Dated> provisionalApplication(Instrument instrument, InstrumentFacts facts) {
        List<Dated> starts = new ArrayList<>();
        ProvisionalApplicationClause clause = instrument.provisionalApplication();
        if (clause != null) {
            for (Signature s : facts.signatures) {
                if (!clause.covers(s.state())) continue;
                starts.add(new Dated(s.state(), clause.from() == ProvisionalApplicationClause.From.SIGNATURE ? s.date() : clause.date().orLater(s.date())));
            }
        }
        facts.provisional.forEach(p -> starts.add(new Dated(p.state(), p.from())));
        return starts;
    }

    // ---------------------------------------------------------------- accessions that need consent

    /** VCLT 15(a), (c): requests to organizations whose constituent instrument wants all or most members' consent. */
    private Map<AccessionRequest, DateRange> decideRequests() {
        Map<AccessionRequest, DateRange> accepted = new HashMap<>();
        for (Organization o : dataset.organizations()) {
            Instrument ci = instrumentById.get(o.constituentInstrument());
            if (ci == null || ci.accession() == null) continue;
            AccessionClause clause = ci.accession();
            if (clause.consent() != Consent.ALL && clause.consent() != Consent.MAJORITY) continue;
            List<AccessionRequest> requests = requestsTo(o);
            List<AccessionConsent> consents = new ArrayList<>(consentsByOrganization.getOrDefault(o.id(), List.of()));
            consents.addAll(factsOf(ci.id()).accessionConsents);
            Map<String, Set<String>> needed = new HashMap<>();
            for (AccessionRequest r : requests) {
                needed.computeIfAbsent(r.state(), k -> new HashSet<>()).addAll(
                        consentNeeded(r.state(), r.date(), memberStarts.get(o.id()), memberEnds(o, ci)));
            }
            for (AccessionRequest r : requests) {
                if (!clause.open() || !acceptsEnough(r, clause)) continue;
                decide(clause.consent(), r.date(), needed.get(r.state()), forCandidate(consents, r.state()), true)
                        .ifPresent(from -> accepted.put(r, from));
            }
        }
        return accepted;
    }

    /** VCLT 15(a), (c): deposits of accession to instruments that want all or most parties' consent. */
    private Map<Deposit, DateRange> decideDeposits() {
        Map<Deposit, DateRange> accepted = new HashMap<>();
        for (Instrument i : instruments) {
            AccessionClause clause = i.accession();
            if (clause == null || clause.consent() != Consent.ALL && clause.consent() != Consent.MAJORITY) continue;
            InstrumentFacts f = factsOf(i.id());
            List<Deposit> accessions = f.deposits.stream().filter(d -> d.kind() == DepositKind.ACCESSION).toList();
            if (accessions.isEmpty()) continue;
            // the states bound by the instrument, definitively or provisionally, each status with its own ends
            Map<String, List<DateRange>> partyEnds = partyEnds(i);
            Map<String, List<DateRange>> provisionalEnds = provisionalEnds(i);
            Map<String, Set<String>> needed = new HashMap<>();
            for (Deposit d : accessions) {
                Set<String> theirs = needed.computeIfAbsent(d.state(), k -> new HashSet<>());
                theirs.addAll(consentNeeded(d.state(), d.date(), partyStarts.get(i.id()), partyEnds));
                theirs.addAll(consentNeeded(d.state(), d.date(), provisionalStarts.get(i.id()), provisionalEnds));
            }
            for (Deposit d : accessions) {
                decide(clause.consent(), d.date(), needed.get(d.state()), forCandidate(f.accessionConsents, d.state()), false)
                        .ifPresent(from -> accepted.put(d, from));
            }
        }
        return accepted;
    }

    /**
     * Whose consent an accession on a date needs: each member (party) whose initiation may precede the date and
     * whose status had not certainly ended by then.
     */
    private static Set<String> consentNeeded(String candidate, DateRange date, List<Dated> starts, Map<String, List<DateRange>> ends) {
        Set<String> needed = new HashSet<>();
        for (Dated m : starts) {
            if (m.state().equals(candidate) || m.date().earliest().isAfter(date.latest())) continue;
            boolean left = ends.getOrDefault(m.state(), List.of()).stream().anyMatch(e -> !e.latest().isAfter(date.earliest()));
            if (!left) needed.add(m.state());
        }
        return needed;
    }

    /**
     * With the consent of all: each needed consent given (and at least one needed), from the
     * later of the request and the last consent. With a majority: more than half the needs met, from the later of
     * the request and the consent that made the majority.
     */
    private static Optional<DateRange> decide(Consent consent, DateRange date, Set<String> needed, List<AccessionConsent> given,
                                              boolean organization) {
        Set<String> consenting = new HashSet<>();
        given.forEach(c -> consenting.add(c.consentingState()));
        if (consent == Consent.ALL) {
            if (needed.isEmpty()) return Optional.empty();
            if (!consenting.containsAll(needed)) return Optional.empty();
            if (given.isEmpty()) return Optional.of(date);
            return Optional.of(date.orLater(DateRange.lastOf(given.stream().map(AccessionConsent::date).toList())));
        }
        List<DateRange> matching = new ArrayList<>();
        for (String m : needed) {
            given.stream().filter(c -> c.consentingState().equals(m)).map(AccessionConsent::date).min(Comparator.naturalOrder()).ifPresent(matching::add);
        }
        if (matching.size() * 2 <= needed.size()) return Optional.empty();
        return Optional.of(date.orLater(DateRange.nthOf(matching, needed.size() / 2 + 1)));
    }

    /** When membership of the organization ends for each state: 25(2) notices, termination, withdrawal. */
    private Map<String, List<DateRange>> memberEnds(Organization o, Instrument ci) {
        Map<String, List<DateRange>> ends = new HashMap<>();
        Set<String> members = new HashSet<>();
        memberStarts.get(o.id()).forEach(m -> members.add(m.state()));
        Set<String> parties = new HashSet<>();
        partyStarts.getOrDefault(ci.id(), List.of()).forEach(p -> parties.add(p.state()));
        for (NonParticipationNotice n : factsOf(ci.id()).nonParticipation) {
            if (members.contains(n.state()) && !parties.contains(n.state())) ends.computeIfAbsent(n.state(), k -> new ArrayList<>()).add(n.date());
        }
        for (DateRange end : terminated.getOrDefault(o.id(), List.of())) {
            members.forEach(s -> ends.computeIfAbsent(s, k -> new ArrayList<>()).add(end));
        }
        factsOf(ci.id()).withdrawals.forEach(w -> ends.computeIfAbsent(w.state(), k -> new ArrayList<>()).add(w.date()));
        return ends;
    }

    /** When party status ends for each party: withdrawal, or the termination of the instrument. */
    private Map<String, List<DateRange>> partyEnds(Instrument i) {
        Map<String, List<DateRange>> ends = new HashMap<>();
        Set<String> parties = new HashSet<>();
        partyStarts.get(i.id()).forEach(p -> parties.add(p.state()));
        factsOf(i.id()).withdrawals.stream().filter(w -> parties.contains(w.state()))
                .forEach(w -> ends.computeIfAbsent(w.state(), k -> new ArrayList<>()).add(w.date()));
        for (DateRange end : inForceEnds.getOrDefault(i.id(), List.of())) {
            parties.forEach(s -> ends.computeIfAbsent(s, k -> new ArrayList<>()).add(end));
        }
        return ends;
    }

    /**
     * When provisional application ends for each state applying the instrument: its entry into force for the
     * state (VCLT 25(1)), a notice of non-participation (25(2)), withdrawal, or the termination of the instrument.
     */
    private Map<String, List<DateRange>> provisionalEnds(Instrument i) {
        Map<String, List<DateRange>> ends = new HashMap<>();
        Set<String> applying = new HashSet<>();
        provisionalStarts.get(i.id()).forEach(p -> applying.add(p.state()));
        partyStarts.get(i.id()).stream().filter(p -> applying.contains(p.state()))
                .forEach(p -> ends.computeIfAbsent(p.state(), k -> new ArrayList<>()).add(p.date()));
        factsOf(i.id()).nonParticipation.stream().filter(n -> applying.contains(n.state()))
                .forEach(n -> ends.computeIfAbsent(n.state(), k -> new ArrayList<>()).add(n.date()));
        factsOf(i.id()).withdrawals.stream().filter(w -> applying.contains(w.state()))
                .forEach(w -> ends.computeIfAbsent(w.state(), k -> new ArrayList<>()).add(w.date()));
        for (DateRange end : inForceEnds.getOrDefault(i.id(), List.of())) {
            applying.forEach(s -> ends.computeIfAbsent(s, k -> new ArrayList<>()).add(end));
        }
        return ends;
    }

    private List<AccessionRequest> requestsTo(Organization o) {
        Set<AccessionRequest> requests = new LinkedHashSet<>(requestsByTarget.getOrDefault(o.id(), List.of()));
        requests.addAll(requestsByTarget.getOrDefault(o.constituentInstrument(), List.of()));
        return new ArrayList<>(requests);
    }

    private List<Organization> organizationsOf(AccessionRequest r) {
        return dataset.organizations().stream()
                .filter(o -> o.id().equals(r.target()) || o.constituentInstrument().equals(r.target())).toList();
    }

    private static boolean acceptsEnough(AccessionRequest r, AccessionClause clause) {
        return r.acceptsObligations() || !clause.acceptanceOfObligations();
    }

    private static List<AccessionConsent> forCandidate(List<AccessionConsent> consents, String candidate) {
        return consents.stream().filter(c -> c.candidate().equals(candidate)).toList();
    }

    /** Per state, the earliest of its dates, end by end (as the history folds overlapping starts). */
    private static Map<String, DateRange> earliestByState(Collection<Dated> starts) {
        Map<String, DateRange> first = new TreeMap<>();
        for (Dated s : starts) {
            first.merge(s.state(), s.date(), DateRange::orEarlier);
        }
        return first;
    }
}
