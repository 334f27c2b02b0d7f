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
import java.util.function.Predicate;

/**
 * The part of a team a change list can change the findings of: the initiatives it touched, whole,
 * and an {@link Excerpt} of every other initiative of every person whose letters, roles, load or
 * span it can move. Every rule reads either one initiative or one person's cells, roles and load,
 * so the analysis of this part finds the findings about the touched initiatives and about those
 * people exactly as the analysis of the whole team does, and every finding that differs is among
 * them.
 */
final class Neighbourhood {

    private Neighbourhood() {
    }

    /**
     * The part of a team a change list reaches, before and after it ({@code applied}), and whose
     * findings the analysis of that part finds exactly as the whole team's: those about the
     * initiatives it touched, and those about the people it affects.
     */
    record Part(Applied applied, Set<Long> touched, Set<Long> affected) {
    }

    /**
     * The part of {@code applied.before()} and of {@code applied.after()} worth analysing; {@code view}
     * indexes the team before, {@code owning} says who has an ACCOUNTABILITY_OVERLOAD there.
     */
    static Part of(TeamView view, Applied applied, Playbook playbook, Predicate<Long> owning) {
        Map<Long, Snapshot.Matrix> before = new HashMap<>();
        applied.before().matrices().forEach(m -> before.put(m.initiative().id(), m));
        Set<Long> touched = new TreeSet<>();
        Set<Long> affected = new HashSet<>(applied.added().keySet());
        for (Snapshot.Matrix is : applied.after().matrices()) {
            Snapshot.Matrix was = before.get(is.initiative().id());
            if (was != is) {
                touched.add(is.initiative().id());
                affected(was, is, playbook.communicationRow(is.initiative()), owning, affected);
            }
        }
        Map<Long, Snapshot.Person> people = new HashMap<>();
        applied.before().people().forEach(p -> people.put(p.id(), p));
        for (Snapshot.Person p : applied.after().people()) {
            if (!p.equals(people.get(p.id()))) {
                affected.add(p.id());
            }
        }
        Set<Long> others = new HashSet<>();
        affected.forEach(p -> others.addAll(view.initiativesOf(p)));
        others.removeAll(touched);
        Map<Long, Snapshot.Matrix> excerpts = new HashMap<>();
        for (long id : others) {
            Snapshot.Matrix m = before.get(id);
            excerpts.put(id, Excerpt.of(view, m, affected, playbook.communicationRow(m.initiative()), people::get));
        }
        return new Part(new Applied(part(applied.before(), touched, excerpts, affected),
                part(applied.after(), touched, excerpts, affected), applied.effects(), applied.added()), touched, affected);
    }

    /** The team with the touched initiatives, the excerpts of the others, and only the people who appear on them or are affected. */
    private static Snapshot.Team part(Snapshot.Team team, Set<Long> touched, Map<Long, Snapshot.Matrix> excerpts,
                                      Set<Long> affected) {
        List<Snapshot.Matrix> matrices = team.matrices().stream()
                .map(m -> touched.contains(m.initiative().id()) ? m : excerpts.get(m.initiative().id()))
                .filter(Objects::nonNull).toList();
        Set<Long> present = new HashSet<>(affected);
        for (Snapshot.Matrix m : matrices) {
            m.staffing().forEach(s -> present.add(s.person()));
            m.cells().forEach(c -> present.add(c.person()));
        }
        List<Snapshot.Person> people = team.people().stream().filter(p -> present.contains(p.id())).toList();
        List<Snapshot.Availability> availability = team.availability().stream().filter(a -> present.contains(a.person())).toList();
        return new Snapshot.Team(team.id(), team.name(), team.version(), team.limits(), team.horizonWeeks(), people, matrices,
                availability);
    }

    /**
     * Whose findings the change of one matrix can move: everyone whose letters or staffing changed;
     * on a row whose number of R holders changed, every R (each one's share of the effort depends on
     * it); on a row whose R holders changed, every owner whose ACCOUNTABILITY_OVERLOAD names them
     * ({@code owning}); and, when the staffing or the communication row changed, every communicator
     * and relay, whose span may have moved. Nobody else's figures read another person's letters.
     */
    private static void affected(Snapshot.Matrix was, Snapshot.Matrix is, String communication, Predicate<Long> owning,
                                 Set<Long> out) {
        Map<String, Map<Long, Letters>> earlier = rows(was);
        Map<String, Map<Long, Letters>> now = rows(is);
        Set<String> keys = new HashSet<>(earlier.keySet());
        keys.addAll(now.keySet());
        boolean communicationMoved = false;
        for (String key : keys) {
            Map<Long, Letters> a = earlier.getOrDefault(key, Map.of());
            Map<Long, Letters> b = now.getOrDefault(key, Map.of());
            if (!a.equals(b)) {
                changed(a, b, out);
                changed(b, a, out);
                Set<Long> doersBefore = holders(a, Letters::responsible);
                Set<Long> doersAfter = holders(b, Letters::responsible);
                if (doersBefore.size() != doersAfter.size()) {
                    out.addAll(doersBefore);
                    out.addAll(doersAfter);
                }
                if (!doersBefore.equals(doersAfter)) {
                    holders(a, Letters::accountable).stream().filter(owning).forEach(out::add);
                    holders(b, Letters::accountable).stream().filter(owning).forEach(out::add);
                }
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

    private static void changed(Map<Long, Letters> a, Map<Long, Letters> b, Set<Long> out) {
        a.forEach((person, letters) -> {
            if (letters != b.get(person)) {
                out.add(person);
            }
        });
    }

    private static Set<Long> holders(Map<Long, Letters> row, Predicate<Letters> which) {
        Set<Long> holders = new HashSet<>();
        row.forEach((person, letters) -> {
            if (which.test(letters)) {
                holders.add(person);
            }
        });
        return holders;
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
