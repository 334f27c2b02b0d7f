package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.planning.Applied;
import org.raciplanner.snapshot.Snapshot;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of a team a change list can change the findings of, before and after it: the
 * initiatives it touched, and every initiative of every person whose letters, roles, load or span
 * it can move. Every rule reads either one initiative or one person's cells, roles and load, so
 * the analysis of this part finds the very findings of the whole team that differ, with the same
 * figures; what lies outside is the same before and after.
 */
final class Neighbourhood {

    private Neighbourhood() {
    }

    /** The part of {@code applied.before()} and of {@code applied.after()} worth analysing; {@code view} indexes the team before. */
    static Applied of(TeamView view, Applied applied, Playbook playbook) {
        Map<Long, Snapshot.Matrix> before = new HashMap<>();
        applied.before().matrices().forEach(m -> before.put(m.initiative().id(), m));
        Set<Long> touched = new TreeSet<>();
        Set<Long> affected = new HashSet<>(applied.added().keySet());
        for (Snapshot.Matrix is : applied.after().matrices()) {
            Snapshot.Matrix was = before.get(is.initiative().id());
            if (was != is) {
                touched.add(is.initiative().id());
                affected(was, is, playbook.communicationRow(is.initiative()), affected);
            }
        }
        Map<Long, Snapshot.Person> people = new HashMap<>();
        applied.before().people().forEach(p -> people.put(p.id(), p));
        for (Snapshot.Person p : applied.after().people()) {
            if (!p.equals(people.get(p.id()))) {
                affected.add(p.id());
            }
        }
        Set<Long> initiatives = new HashSet<>(touched);
        affected.forEach(p -> initiatives.addAll(view.initiativesOf(p)));
        return new Applied(part(applied.before(), initiatives, affected), part(applied.after(), initiatives, affected),
                applied.effects(), applied.added());
    }

    /** The team with only those initiatives, and only the people who appear on them or are affected. */
    private static Snapshot.Team part(Snapshot.Team team, Set<Long> initiatives, Set<Long> affected) {
        List<Snapshot.Matrix> matrices = team.matrices().stream().filter(m -> initiatives.contains(m.initiative().id())).toList();
        Set<Long> present = new HashSet<>(affected);
        for (Snapshot.Matrix m : matrices) {
            m.staffing().forEach(s -> present.add(s.person()));
            m.cells().forEach(c -> present.add(c.person()));
        }
        List<Snapshot.Person> people = team.people().stream().filter(p -> present.contains(p.id())).toList();
        return new Snapshot.Team(team.id(), team.name(), team.version(), team.limits(), people, matrices);
    }

    /**
     * Whose findings the change of one matrix can move: everyone on a row whose letters changed
     * (an R's share of the effort depends on the other R holders), everyone whose staffing changed,
     * and, when the staffing or the communication row changed, every communicator and relay, whose
     * span may have moved.
     */
    private static void affected(Snapshot.Matrix was, Snapshot.Matrix is, String communication, Set<Long> out) {
        Map<String, Map<Long, Letters>> earlier = rows(was);
        Map<String, Map<Long, Letters>> now = rows(is);
        Set<String> keys = new HashSet<>(earlier.keySet());
        keys.addAll(now.keySet());
        boolean communicationMoved = false;
        for (String key : keys) {
            Map<Long, Letters> a = earlier.getOrDefault(key, Map.of());
            Map<Long, Letters> b = now.getOrDefault(key, Map.of());
            if (!a.equals(b)) {
                out.addAll(a.keySet());
                out.addAll(b.keySet());
                communicationMoved |= key.equals(communication);
            }
        }
        if (!was.staffing().equals(is.staffing())) {
            Set<Snapshot.Staffed> a = new HashSet<>(was.staffing());
            Set<Snapshot.Staffed> b = new HashSet<>(is.staffing());
            was.staffing().stream().filter(s -> !b.contains(s)).forEach(s -> out.add(s.person()));
            is.staffing().stream().filter(s -> !a.contains(s)).forEach(s -> out.add(s.person()));
            communicationMoved = true;
        }
        if (communicationMoved) {
            speakers(was, communication, out);
            speakers(is, communication, out);
        }
    }

    /** Whoever holds R or A on the communication row, and whoever others communicate via. */
    private static void speakers(Snapshot.Matrix m, String communication, Set<Long> out) {
        m.cells().stream().filter(c -> c.responsibility().equals(communication))
                .filter(c -> c.letters().responsible() || c.letters().accountable()).forEach(c -> out.add(c.person()));
        m.staffing().stream().map(Snapshot.Staffed::communicatesVia).filter(Objects::nonNull).forEach(out::add);
    }

    private static Map<String, Map<Long, Letters>> rows(Snapshot.Matrix m) {
        Map<String, Map<Long, Letters>> rows = new HashMap<>();
        m.cells().forEach(c -> rows.computeIfAbsent(c.responsibility(), k -> new HashMap<>()).put(c.person(), c.letters()));
        return rows;
    }
}
