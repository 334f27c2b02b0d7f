package org.raciplanner.assignments;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.LoadItems;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.analysis.Warning;
import org.raciplanner.api.ApiException;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.warnings.TeamAnalysis;
import org.raciplanner.warnings.TeamFacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What one person holds across the team's initiatives: roles, cells with their hours, their load
 * and their warnings. Read from the one read model narrowed to the person's initiatives, and
 * computed by the same analysis as the team's warnings and workload, so every figure agrees.
 */
@Singleton
public class Assignments {

    private final Snapshots snapshots;
    private final TeamFacts facts;
    private final TeamAnalysis analysis;

    Assignments(Snapshots snapshots, TeamFacts facts, TeamAnalysis analysis) {
        this.snapshots = snapshots;
        this.facts = facts;
        this.analysis = analysis;
    }

    /** A person's assignments: 404 for a team or person that is not there (another team's person too). */
    public Held of(long teamId, long personId) {
        Snapshot.Team team = snapshots.aroundPerson(teamId, personId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
        Snapshot.Person person = team.people().stream().filter(p -> p.id() == personId).findFirst()
                .orElseThrow(() -> ApiException.notFound("Person " + personId));
        TeamSnapshot teamFacts = facts.of(team);
        LoadItems load = LoadItems.of(teamFacts, personId);
        List<Warning> warnings = analysis.warnings(teamFacts).stream()
                .filter(w -> Objects.equals(w.personId(), personId)).toList();
        Map<Long, List<LoadItems.Item>> items = new HashMap<>();
        load.items().forEach(i -> items.computeIfAbsent(i.initiativeId(), id -> new ArrayList<>()).add(i));
        List<OnInitiative> on = team.matrices().stream()
                .map(m -> on(m, personId, items.getOrDefault(m.initiative().id(), List.of())))
                .sorted(Comparator.comparing((OnInitiative o) -> o.initiative().name()).thenComparingLong(o -> o.initiative().id()))
                .toList();
        return new Held(team.name(), person, load.loadHours(), load.loadPercent(), load.weeks(), on, warnings, teamFacts);
    }

    private static OnInitiative on(Snapshot.Matrix m, long personId, List<LoadItems.Item> items) {
        TreeSet<String> roles = new TreeSet<>();
        m.staffing().stream().filter(s -> s.person() == personId).forEach(s -> roles.add(s.role()));
        Map<String, Double> hours = new HashMap<>();
        double relay = 0;
        double total = 0;
        for (LoadItems.Item item : items) {
            total += item.hours();
            if (item.relay()) {
                relay += item.hours();
            } else {
                hours.put(item.responsibility(), item.hours());
            }
        }
        Map<String, Snapshot.Cell> cells = new HashMap<>();
        m.cells().stream().filter(c -> c.person() == personId).forEach(c -> cells.put(c.responsibility(), c));
        List<Cell> held = m.rows().stream().filter(r -> cells.containsKey(r.key()))
                .map(r -> new Cell(r, cells.get(r.key()), hours.getOrDefault(r.key(), 0.0))).toList();
        return new OnInitiative(m.initiative(), List.copyOf(roles), held, round1(relay), round1(total));
    }

    private static double round1(double hours) {
        return Math.round(hours * 10) / 10.0;
    }

    /**
     * The team's name, the person, their load (this week's hours and share of capacity, and the
     * horizon's weeks), where they hold
     * what, their warnings, and the facts behind them.
     */
    public record Held(String teamName, Snapshot.Person person, double loadHours, @Nullable Double loadPercent,
                       List<LoadItems.Week> weeks, List<OnInitiative> initiatives, List<Warning> warnings, TeamSnapshot facts) {
    }

    /** One initiative: the person's roles, cells in row order, hours relaying others' communication, and its hours in all. */
    public record OnInitiative(Snapshot.Initiative initiative, List<String> roles, List<Cell> cells, double relayHours,
                               double loadHours) {
    }

    /** One cell of theirs: its row, its letters and source, the hours it adds to their week. */
    public record Cell(Snapshot.Row row, Snapshot.Cell cell, double hours) {
    }
}
