package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.AvailabilityWindow;
import org.raciplanner.analysis.Letters;
import org.raciplanner.api.MergePatch;
import org.raciplanner.database.RowLocks;
import org.raciplanner.initiative.InitiativeRequests;
import org.raciplanner.initiative.Initiatives;
import org.raciplanner.initiative.Kind;
import org.raciplanner.matrix.Category;
import org.raciplanner.matrix.Matrices;
import org.raciplanner.matrix.MatrixEdit;
import org.raciplanner.matrix.MatrixRequests;
import org.raciplanner.roster.Availabilities;
import org.raciplanner.roster.PersonPatch;
import org.raciplanner.roster.PersonRequest;
import org.raciplanner.roster.Roster;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.team.SettingsPatch;
import org.raciplanner.team.Teams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes a plan's changes through the same write paths as the API (roster, initiatives, staffing,
 * rows, cells, settings), so templates, merges, checks and history behave exactly as for single
 * calls. Runs in the caller's transaction; the first locks are taken in the order of
 * {@link RowLocks} (the team, the people, the initiatives), before any write.
 */
@Singleton
class PlanSteps {

    private final Teams teams;
    private final Roster roster;
    private final Availabilities availabilities;
    private final Initiatives initiatives;
    private final Matrices matrices;
    private final RowLocks locks;

    PlanSteps(Teams teams, Roster roster, Availabilities availabilities, Initiatives initiatives, Matrices matrices, RowLocks locks) {
        this.teams = teams;
        this.roster = roster;
        this.availabilities = availabilities;
        this.initiatives = initiatives;
        this.matrices = matrices;
        this.locks = locks;
    }

    void apply(Snapshot.Team team, List<Change> changes) {
        long teamId = team.id();
        Map<String, Long> people = new HashMap<>();
        team.people().forEach(p -> people.put(Plan.key(p.email()), p.id()));
        Map<String, Long> ids = new HashMap<>();
        team.matrices().forEach(m -> ids.put(m.initiative().handle(), m.initiative().id()));
        lock(teamId, changes, people, ids);
        List<Plan.Person> joining = changes.stream().filter(c -> c.what() == Change.What.PERSON && c.op() == Change.Op.CREATE)
                .map(c -> (Plan.Person) c.after()).toList();
        if (!joining.isEmpty()) {
            roster.addAll(teamId, joining.stream().map(PlanSteps::request).toList())
                    .forEach(p -> people.put(Plan.key(p.email()), p.id()));
            joining.stream().filter(p -> !p.availability().isEmpty())
                    .forEach(p -> availabilities.replace(teamId, people.get(p.key()), windows(p)));
        }
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (c.what() == Change.What.CELL) {
                int end = i + 1;
                while (end < changes.size() && changes.get(end).what() == Change.What.CELL && changes.get(end).handle().equals(c.handle())) {
                    end++;
                }
                cells(teamId, ids.get(c.handle()), changes.subList(i, end), people);
                i = end - 1;
            } else {
                step(teamId, c, people, ids);
            }
        }
    }

    private void step(long teamId, Change c, Map<String, Long> people, Map<String, Long> ids) {
        switch (c.what()) {
            case SETTINGS -> teams.updateSettings(teamId, settings(castMap(c.after())));
            case PERSON -> person(teamId, c, people);
            case INITIATIVE -> initiative(teamId, c, ids);
            case RESPONSIBILITY -> row(teamId, c, ids.get(c.handle()));
            case STAFFING -> initiatives.replaceStaffing(teamId, ids.get(c.handle()), staffing(castStaffing(c.after()), people));
            case CELL -> throw new IllegalStateException("cells are written together, initiative by initiative");
        }
    }

    private void person(long teamId, Change c, Map<String, Long> people) {
        if (c.op() == Change.Op.UPDATE) {
            Plan.Person p = (Plan.Person) c.after();
            Set<String> cleared = new HashSet<>();
            if (p.title() == null) {
                cleared.add("title");
            }
            if (p.location() == null) {
                cleared.add("location");
            }
            roster.update(teamId, people.get(p.key()), new MergePatch<>(new PersonPatch(p.name(), p.email(), p.title(), p.location(),
                    p.remote(), p.capacityHours(), null), Set.copyOf(cleared)));
            if (!p.availability().equals(((Plan.Person) c.before()).availability())) {
                availabilities.replace(teamId, people.get(p.key()), windows(p));
            }
        } else if (c.op() == Change.Op.DELETE) {
            roster.delete(teamId, people.get(Plan.key(c.handle())), true);
        } // created together, before the first step
    }

    private void initiative(long teamId, Change c, Map<String, Long> ids) {
        if (c.op() == Change.Op.DELETE) {
            initiatives.delete(teamId, ids.get(c.handle()));
            return;
        }
        Plan.Initiative i = (Plan.Initiative) c.after();
        if (c.op() == Change.Op.CREATE) {
            ids.put(i.handle(), initiatives.create(teamId, new InitiativeRequests.NewInitiative(Kind.valueOf(i.kind()), i.name(),
                    i.handle(), i.template(), null, i.parent(), i.startDate(), i.endDate(), i.budget(), null)).id());
            return;
        }
        Set<String> cleared = new HashSet<>();
        if (i.parent() == null) {
            cleared.add("parent");
        }
        if (i.startDate() == null) {
            cleared.add("startDate");
        }
        if (i.endDate() == null) {
            cleared.add("endDate");
        }
        if (i.budget() == null) {
            cleared.add("budget");
        }
        initiatives.update(teamId, ids.get(i.handle()), new MergePatch<>(new InitiativeRequests.InitiativePatch(i.name(), null,
                i.template(), null, i.parent(), i.startDate(), i.endDate(), i.budget(), null), Set.copyOf(cleared)));
    }

    private void row(long teamId, Change c, long initiativeId) {
        Plan.Row r = (Plan.Row) c.after();
        switch (c.op()) {
            case CREATE -> matrices.addRow(teamId, initiativeId, new MatrixRequests.NewResponsibility(r.key(), r.name(),
                    Category.valueOf(r.category()), r.effortHours()));
            case UPDATE -> matrices.updateRow(teamId, initiativeId, r.key(), new MatrixRequests.ResponsibilityPatch(r.name(),
                    Category.valueOf(r.category()), r.effortHours()));
            case DELETE -> matrices.deleteRow(teamId, initiativeId, c.row());
        }
    }

    /** One initiative's cell changes in one matrix edit: one version step and one history batch. */
    private void cells(long teamId, long initiativeId, List<Change> changes, Map<String, Long> people) {
        Set<Long> named = new LinkedHashSet<>();
        List<MatrixEdit.Change> edits = new ArrayList<>();
        for (Change c : changes) {
            long person = people.get(c.person());
            named.add(person);
            edits.add(new MatrixEdit.Change(new MatrixEdit.CellKey(c.row(), person), c.after() == null ? null : Letters.of((String) c.after())));
        }
        matrices.edit(teamId, initiativeId, named, "cell.set", (version, rows, cells) -> edits);
    }

    /**
     * The team row, then the people and initiatives the changes touch, each in ascending id: the order of {@link RowLocks}.
     * People whose own fields or windows change are locked for that first, so their update takes no later lock.
     */
    private void lock(long teamId, List<Change> changes, Map<String, Long> people, Map<String, Long> ids) {
        locks.team(teamId);
        Set<Long> changing = new TreeSet<>();
        Set<Long> named = new HashSet<>();
        Set<Long> touched = new HashSet<>();
        for (Change c : changes) {
            if (c.what() == Change.What.PERSON && people.containsKey(Plan.key(c.handle()))) {
                (c.op() == Change.Op.UPDATE ? changing : named).add(people.get(Plan.key(c.handle())));
            }
            if (c.person() != null && people.containsKey(c.person())) {
                named.add(people.get(c.person()));
            }
            if (c.what() == Change.What.STAFFING) {
                castStaffing(c.after()).forEach(s -> {
                    addIfKnown(named, people, s.person());
                    addIfKnown(named, people, s.communicatesVia());
                });
            }
            if (c.what() != Change.What.PERSON && c.what() != Change.What.SETTINGS && ids.containsKey(c.handle())) {
                touched.add(ids.get(c.handle()));
            }
        }
        if (!changing.isEmpty()) {
            locks.peopleToChange(teamId, changing);
        }
        named.removeAll(changing);
        if (!named.isEmpty()) {
            locks.peopleInUse(teamId, named);
        }
        if (!touched.isEmpty()) {
            locks.initiatives(teamId, touched);
        }
    }

    private static void addIfKnown(Set<Long> named, Map<String, Long> people, @Nullable String key) {
        if (key != null && people.containsKey(key)) {
            named.add(people.get(key));
        }
    }

    private static List<InitiativeRequests.StaffingEntry> staffing(List<Plan.Staffed> staffing, Map<String, Long> people) {
        return staffing.stream().map(s -> new InitiativeRequests.StaffingEntry(s.role(), people.get(s.person()),
                s.communicatesVia() == null ? null : people.get(s.communicatesVia()))).toList();
    }

    private static List<AvailabilityWindow> windows(Plan.Person p) {
        return p.availability().stream().map(w -> new AvailabilityWindow(w.from(), w.to(), w.capacityHours().doubleValue(), w.note()))
                .toList();
    }

    private static PersonRequest request(Plan.Person p) {
        return new PersonRequest(p.name(), p.email(), p.title(), p.location(), p.remote(), p.capacityHours());
    }

    private static SettingsPatch settings(Map<String, Integer> s) {
        return new SettingsPatch(s.get("maxAccountable"), s.get("maxRoles"), s.get("maxConsulted"), s.get("maxResponsible"),
                s.get("maxCommunicationSpan"), s.get("capacityWarnPercent"), s.get("capacityErrorPercent"), s.get("singlePointPercent"),
                s.get("horizonWeeks"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> castMap(@Nullable Object value) {
        return (Map<String, Integer>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Plan.Staffed> castStaffing(@Nullable Object value) {
        return (List<Plan.Staffed>) value;
    }
}
