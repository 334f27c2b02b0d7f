package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Warning;
import org.raciplanner.analysis.Workload;
import org.raciplanner.planning.Result;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A team during the search, with its findings and everyone's load. Moving on by a trial applies
 * the trial's difference to both, so the state always says what the analysis of its team says
 * without running it over the whole team again; and it shares what did not move with the state
 * before ({@link Layered}), so that trying a move costs what the move touches, not the team.
 */
final class State {

    private static final String ACCOUNTABILITY_OVERLOAD = "ACCOUNTABILITY_OVERLOAD";
    /** Findings about no initiative are filed under their person, as {@code -id - 1}. */
    private static final Comparator<Found> IN_ORDER = Comparator.comparingLong(Found::order);

    /** A finding and its place in the state's order: the analysis' order, then found later, later. */
    private record Found(Warning warning, long order) {
    }

    private final TeamView view;
    private final Layered<String, Found> warnings;
    private final Layered<Long, List<Found>> bySubject;
    private final Layered<Long, Workload> loads;
    private final Layered<Long, Boolean> owning;
    private final long next;
    private List<Warning> ordered;

    private State(TeamView view, Layered<String, Found> warnings, Layered<Long, List<Found>> bySubject,
                  Layered<Long, Workload> loads, Layered<Long, Boolean> owning, long next) {
        this.view = view;
        this.warnings = warnings;
        this.bySubject = bySubject;
        this.loads = loads;
        this.owning = owning;
        this.next = next;
    }

    static State of(Snapshot.Team team, Analysis.Report report) {
        Map<String, Found> warnings = new HashMap<>();
        Map<Long, List<Found>> bySubject = new HashMap<>();
        Map<Long, Boolean> owning = new HashMap<>();
        for (Warning w : report.warnings()) {
            Found found = new Found(w, warnings.size());
            warnings.put(w.id(), found);
            Long subject = subject(w);
            if (subject != null) {
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(found);
            }
            if (w.code().equals(ACCOUNTABILITY_OVERLOAD)) {
                owning.put(w.personId(), true);
            }
        }
        Map<Long, Workload> loads = new HashMap<>();
        report.workload().forEach(w -> loads.put(w.personId(), w));
        return new State(TeamView.of(team), Layered.of(warnings), Layered.of(bySubject), Layered.of(loads), Layered.of(owning),
                warnings.size());
    }

    /** The team the trial left, with its findings and loads. */
    State after(Trial trial) {
        Result.Warnings diff = trial.result().warnings();
        Map<String, Found> found = new HashMap<>();
        Map<Long, Boolean> owners = new HashMap<>();
        long order = next;
        for (Warning w : diff.resolved()) {
            found.put(w.id(), null);
            if (w.code().equals(ACCOUNTABILITY_OVERLOAD)) {
                owners.put(w.personId(), null);
            }
        }
        for (Result.Changed c : diff.changed()) {
            found.put(c.after().id(), new Found(c.after(), warnings.get(c.before().id()).order()));
        }
        for (Warning w : diff.introduced()) {
            found.put(w.id(), new Found(w, order++));
            if (w.code().equals(ACCOUNTABILITY_OVERLOAD)) {
                owners.put(w.personId(), true);
            }
        }
        Map<Long, List<Found>> subjects = new HashMap<>();
        found.forEach((id, now) -> {
            Warning w = now != null ? now.warning() : warnings.get(id).warning();
            Long subject = subject(w);
            if (subject != null && !subjects.containsKey(subject)) {
                subjects.put(subject, refiled(subject, found));
            }
        });
        Map<Long, Workload> moved = new HashMap<>();
        trial.loads().forEach(w -> moved.put(w.personId(), w));
        return new State(view.next(trial.applied().after()), warnings.with(found), bySubject.with(subjects), loads.with(moved),
                owning.with(owners), order);
    }

    /** The same state in one layer: for a state the search goes on from, not for one it only tries. */
    State settled() {
        return new State(view.settled(), warnings.settled(), bySubject.settled(), loads.settled(), owning.settled(), next);
    }

    /** The findings filed under the subject once {@code found} is applied (a null value: gone), in order. */
    private List<Found> refiled(long subject, Map<String, Found> found) {
        List<Found> list = new ArrayList<>();
        for (Found f : bySubject.getOrDefault(subject, List.of())) {
            if (!found.containsKey(f.warning().id())) {
                list.add(f);
            }
        }
        found.values().stream().filter(Objects::nonNull).filter(f -> Objects.equals(subject(f.warning()), subject)).forEach(list::add);
        list.sort(IN_ORDER);
        return list.isEmpty() ? null : List.copyOf(list);
    }

    /** What a finding is about, as {@link #about} looks it up: its initiative, else its person; null for neither. */
    private static Long subject(Warning w) {
        return w.initiativeId() != null ? w.initiativeId() : w.personId() != null ? -w.personId() - 1 : null;
    }

    Snapshot.Team team() {
        return view.team();
    }

    TeamView view() {
        return view;
    }

    /** Every finding, in the state's order. */
    Collection<Warning> warnings() {
        if (ordered == null) {
            ordered = warnings.entries().values().stream().sorted(IN_ORDER).map(Found::warning).toList();
        }
        return ordered;
    }

    /** The finding under that id now, or null when it is gone. */
    Warning warning(String id) {
        Found found = warnings.get(id);
        return found == null ? null : found.warning();
    }

    double load(long person) {
        Workload w = loads.get(person);
        return w == null ? 0 : w.loadHours();
    }

    /** The workload lines of those people, in id order. */
    List<Workload> workloads(Collection<Long> people) {
        return people.stream().sorted().map(loads::get).filter(Objects::nonNull).toList();
    }

    /**
     * The findings about those initiatives, and those about those people that are about no
     * initiative, in the state's order: what a screening compares with the focused analysis of the
     * part it reaches, found without going through every finding of the team on every screening.
     */
    List<Warning> about(Collection<Long> initiatives, Collection<Long> people) {
        List<Found> about = new ArrayList<>();
        initiatives.forEach(i -> about.addAll(bySubject.getOrDefault(i, List.of())));
        people.forEach(p -> about.addAll(bySubject.getOrDefault(-p - 1, List.of())));
        about.sort(IN_ORDER);
        return about.stream().map(Found::warning).toList();
    }

    /** Whether the person has an ACCOUNTABILITY_OVERLOAD now. */
    boolean ownsTooMuch(long person) {
        return owning.get(person) != null;
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
