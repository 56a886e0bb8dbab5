package org.treatylaw.status;

import org.treatylaw.status.StatusReport.InstrumentStatus;
import org.treatylaw.status.StatusReport.OrganStatus;
import org.treatylaw.status.StatusReport.OrganizationStatus;
import org.treatylaw.status.StatusReport.Standing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The conclusions of two reports of the same day that differ. A state missing from a list counts as {@code no}. */
public final class Changes {

    private Changes() {
    }

    public static List<Change> between(StatusReport baseline, StatusReport scenario) {
        Map<Key, String> before = flatten(baseline);
        Map<Key, String> after = flatten(scenario);
        Set<Key> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (Key key : keys) {
            String was = before.getOrDefault(key, key.absent());
            String is = after.getOrDefault(key, key.absent());
            if (!Objects.equals(was, is)) {
                changes.add(new Change(key.subject(), key.predicate(), key.object(), was, is));
            }
        }
        return changes;
    }

    private static Map<Key, String> flatten(StatusReport report) {
        Map<Key, String> values = new LinkedHashMap<>();
        for (InstrumentStatus i : report.instruments()) {
            put(values, i.id(), "binding", null, i.binding().code());
            put(values, i.id(), "inForce", null, i.inForce().code());
            put(values, i.id(), "provisionallyApplied", null, i.provisionallyApplied().code());
            put(values, i.id(), "entryIntoForce", null, i.entryIntoForce());
            standings(values, i.id(), "party", i.parties());
        }
        for (OrganizationStatus o : report.organizations()) {
            put(values, o.id(), "name", null, o.name());
            put(values, o.id(), "status", null, o.status());
            standings(values, o.id(), "member", o.members());
            standings(values, o.id(), "observer", o.observers());
            for (OrganStatus organ : o.organs()) {
                put(values, organ.id(), "status", null, organ.status());
                if (organ.liquidation() != null) {
                    put(values, organ.id(), "liquidationOrdered", null, organ.liquidation().ordered().code());
                    put(values, organ.id(), "liquidationDue", null, organ.liquidation().due());
                }
            }
            o.restrictions().forEach(r -> put(values, o.id(), "restriction", r.id(), r.applies().code()));
        }
        return values;
    }

    private static void standings(Map<Key, String> values, String subject, String predicate, List<Standing> standings) {
        for (Standing s : standings) {
            values.put(new Key(subject, predicate, s.state()), s.value().code() + (s.since() != null ? " since " + s.since() : ""));
        }
    }

    private static void put(Map<Key, String> values, String subject, String predicate, String object, String value) {
        values.put(new Key(subject, predicate, object), value);
    }

    private record Key(String subject, String predicate, String object) {
        /** A standing missing from a list is "no"; a missing single value is no value. */
        String absent() {
            return object != null && !predicate.equals("restriction") ? "no" : null;
        }
    }
}
