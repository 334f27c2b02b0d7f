package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Warning;
import org.raciplanner.analysis.Workload;
import org.raciplanner.snapshot.Snapshot;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team during the search, with its findings and everyone's load. Moving on by a trial applies
 * the trial's difference to both, so the state always says what the analysis of its team says
 * without running it over the whole team again.
 */
final class State {

    private static final String ACCOUNTABILITY_OVERLOAD = "ACCOUNTABILITY_OVERLOAD";

    private final TeamView view;
    private final Map<String, Warning> warnings;
    private final Map<Long, Workload> loads;
    private java.util.Set<Long> owning;

    private State(TeamView view, Map<String, Warning> warnings, Map<Long, Workload> loads) {
        this.view = view;
        this.warnings = warnings;
        this.loads = loads;
    }

    static State of(Snapshot.Team team, Analysis.Report report) {
        Map<String, Warning> warnings = new LinkedHashMap<>();
        report.warnings().forEach(w -> warnings.put(w.id(), w));
        Map<Long, Workload> loads = new HashMap<>();
        for (Workload w : report.workload()) {
            loads.put(w.personId(), w);
        }
        return new State(TeamView.of(team), warnings, loads);
    }

    /** The team the trial left, with its findings and loads. */
    State after(Trial trial) {
        Map<String, Warning> next = new LinkedHashMap<>(warnings);
        trial.result().warnings().resolved().forEach(w -> next.remove(w.id()));
        trial.result().warnings().changed().forEach(c -> next.put(c.after().id(), c.after()));
        trial.result().warnings().introduced().forEach(w -> next.put(w.id(), w));
        Map<Long, Workload> nextLoads = new HashMap<>(loads);
        trial.loads().forEach(w -> nextLoads.put(w.personId(), w));
        return new State(view.next(trial.applied().after()), next, nextLoads);
    }

    Snapshot.Team team() {
        return view.team();
    }

    TeamView view() {
        return view;
    }

    Collection<Warning> warnings() {
        return warnings.values();
    }

    /** The finding under that id now, or null when it is gone. */
    Warning warning(String id) {
        return warnings.get(id);
    }

    double load(long person) {
        Workload w = loads.get(person);
        return w == null ? 0 : w.loadHours();
    }

    /** The workload lines of those people, in id order. */
    List<Workload> workloads(java.util.Collection<Long> people) {
        return people.stream().sorted().map(loads::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether the person has an ACCOUNTABILITY_OVERLOAD now. */
    boolean ownsTooMuch(long person) {
        if (owning == null) {
            owning = new java.util.HashSet<>();
            warnings.values().stream().filter(w -> w.code().equals(ACCOUNTABILITY_OVERLOAD)).forEach(w -> owning.add(w.personId()));
        }
        return owning.contains(person);
    }

    /** The hours a week the person may carry before the team's warning share of their capacity. */
    double limitHours(long person) {
        Snapshot.Person p = view.person(person);
        return p == null ? 0 : p.capacityHours().doubleValue() * team().limits().capacityWarnPercent() / 100.0;
    }

    double headroom(long person) {
        return limitHours(person) - load(person);
    }
}
