package org.raciplanner.planfile;

import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.template.TemplateCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What applying a plan to the team does, in the order it is done: settings, people, initiatives
 * (parents before children), then each initiative's rows, staffing and cells; with {@code prune},
 * the deletes last (cells, rows, initiatives children first, people). Without it nothing that
 * exists is deleted: what the file leaves out is listed as unmanaged instead.
 */
final class PlanDiff {

    /** Something of the team the file does not mention, kept as it is. */
    record Unmanaged(Change.What what, String key) {
    }

    record Outcome(List<Change> changes, List<Unmanaged> unmanaged) {
    }

    private final Snapshot.Team team;
    private final Plan current;
    private final Plan desired;
    private final TemplateCatalog templates;
    private final boolean prune;

    /** @param current the team as a plan ({@link PlanExport}) */
    PlanDiff(Snapshot.Team team, Plan current, Plan desired, TemplateCatalog templates, boolean prune) {
        this.team = team;
        this.current = current;
        this.desired = desired;
        this.templates = templates;
        this.prune = prune;
    }

    Outcome run() {
        List<Change> changes = new ArrayList<>();
        Deletes deletes = new Deletes(prune);
        Map<String, Integer> settings = new LinkedHashMap<>(current.settings());
        settings.putAll(desired.settings());
        if (!settings.equals(current.settings())) {
            changes.add(Change.settings(current.settings(), settings));
        }
        people(changes, deletes);
        Map<String, Plan.Initiative> now = byKey(current.initiatives(), Plan.Initiative::handle);
        List<Plan.Initiative> ordered = parentsFirst(desired.initiatives());
        for (Plan.Initiative wanted : ordered) {
            Plan.Initiative was = now.get(wanted.handle());
            if (was == null) {
                changes.add(Change.initiative(Change.Op.CREATE, wanted.handle(), null, wanted.header()));
            } else if (!was.header().equals(wanted.header())) {
                changes.add(Change.initiative(Change.Op.UPDATE, wanted.handle(), was.header(), wanted.header()));
            }
        }
        Map<String, Snapshot.Matrix> matrices = new HashMap<>();
        team.matrices().forEach(m -> matrices.put(m.initiative().handle(), m));
        Map<Long, String> emails = new HashMap<>();
        team.people().forEach(p -> emails.put(p.id(), Plan.key(p.email())));
        for (Plan.Initiative wanted : ordered) {
            new MatrixDiff(wanted, now.get(wanted.handle()), matrices.get(wanted.handle()), emails, templates, deletes)
                    .run(changes);
        }
        Map<String, Plan.Initiative> kept = byKey(desired.initiatives(), Plan.Initiative::handle);
        childrenFirst(current.initiatives()).stream().filter(i -> !kept.containsKey(i.handle()))
                .forEach(i -> deletes.initiative(Change.initiative(Change.Op.DELETE, i.handle(), i.header(), null)));
        changes.addAll(deletes.all());
        return new Outcome(changes, deletes.unmanaged());
    }

    private void people(List<Change> changes, Deletes deletes) {
        Map<String, Plan.Person> now = byKey(current.people(), Plan.Person::key);
        Map<String, Plan.Person> kept = byKey(desired.people(), Plan.Person::key);
        for (Plan.Person wanted : desired.people()) {
            Plan.Person was = now.get(wanted.key());
            if (was == null) {
                changes.add(Change.person(Change.Op.CREATE, wanted.email(), null, wanted));
            } else if (!was.equals(wanted)) {
                changes.add(Change.person(Change.Op.UPDATE, wanted.email(), was, wanted));
            }
        }
        current.people().stream().filter(p -> !kept.containsKey(p.key()))
                .forEach(p -> deletes.person(Change.person(Change.Op.DELETE, p.email(), p, null)));
    }

    private static List<Plan.Initiative> parentsFirst(List<Plan.Initiative> initiatives) {
        Map<String, Plan.Initiative> byHandle = byKey(initiatives, Plan.Initiative::handle);
        return initiatives.stream().sorted(Comparator.comparingInt(i -> depth(i, byHandle))).toList();
    }

    private static List<Plan.Initiative> childrenFirst(List<Plan.Initiative> initiatives) {
        Map<String, Plan.Initiative> byHandle = byKey(initiatives, Plan.Initiative::handle);
        return initiatives.stream().sorted(Comparator.comparingInt((Plan.Initiative i) -> depth(i, byHandle)).reversed()).toList();
    }

    /** How many of the given initiatives stand above this one (the reader refused cycles). */
    private static int depth(Plan.Initiative initiative, Map<String, Plan.Initiative> byHandle) {
        int depth = 0;
        for (Plan.Initiative at = byHandle.get(initiative.parent()); at != null && depth <= byHandle.size();
             at = byHandle.get(at.parent())) {
            depth++;
        }
        return depth;
    }

    static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }

    /** The deletes a plan makes with {@code prune}, in the order they are made, or what it leaves alone without. */
    static final class Deletes {
        private final boolean prune;
        private final List<Change> cells = new ArrayList<>();
        private final List<Change> rows = new ArrayList<>();
        private final List<Change> initiatives = new ArrayList<>();
        private final List<Change> people = new ArrayList<>();
        private final List<Unmanaged> unmanaged = new ArrayList<>();

        Deletes(boolean prune) {
            this.prune = prune;
        }

        void cell(Change delete) {
            add(cells, delete);
        }

        void row(Change delete) {
            add(rows, delete);
        }

        void initiative(Change delete) {
            add(initiatives, delete);
        }

        void person(Change delete) {
            add(people, delete);
        }

        private void add(List<Change> to, Change delete) {
            if (prune) {
                to.add(delete);
            } else {
                unmanaged.add(new Unmanaged(delete.what(), delete.key()));
            }
        }

        List<Change> all() {
            List<Change> all = new ArrayList<>(cells);
            all.addAll(rows);
            all.addAll(initiatives);
            all.addAll(people);
            return all;
        }

        List<Unmanaged> unmanaged() {
            return unmanaged;
        }
    }
}
