package org.raciplanner.planning;

import org.raciplanner.analysis.AvailabilityWindow;
import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A team while a change list applies to it, in memory: the changes ask it what the team has and
 * tell it what to change; it keeps the writes that would make the same changes in the database.
 * Matrices no change touches are not copied: the built team shares them with the original.
 */
public final class Draft {

    /** The roster's default weekly capacity for a person added without one. */
    static final BigDecimal DEFAULT_CAPACITY = BigDecimal.valueOf(40);
    /** The most windows one person may have, as {@code PUT …/people/{id}/availability} takes. */
    static final int MAX_WINDOWS = 500;

    private final Snapshot.Team team;
    private final Map<String, TemplateRules> templates;
    private final Map<Long, Snapshot.Person> people = new LinkedHashMap<>();
    private final Map<Long, Snapshot.Matrix> originals = new HashMap<>();
    private final Map<Long, MatrixDraft> touched = new HashMap<>();
    private final Map<String, Long> refs = new HashMap<>();
    private final Map<Long, String> added = new LinkedHashMap<>();
    private final List<Effect> effects = new ArrayList<>();
    /** The people whose windows the changes set, in id order, with their windows as the changes leave them. */
    private final Map<Long, List<AvailabilityWindow>> changedWindows = new TreeMap<>();
    private Set<String> emails;
    private Map<Long, List<AvailabilityWindow>> windows;

    Draft(Snapshot.Team team, Map<String, TemplateRules> templates) {
        this.team = team;
        this.templates = templates;
        team.people().forEach(p -> people.put(p.id(), p));
        team.matrices().forEach(m -> originals.put(m.initiative().id(), m));
    }

    // ---- what changes ask

    /** The id of the person {@code ref} names; a person the list adds has a provisional id below 0. */
    long person(PersonRef ref, String field) {
        if (ref.id() != null) {
            if (!people.containsKey(ref.id())) {
                throw new Invalid(field, "person " + ref.id() + " is not on this team");
            }
            return ref.id();
        }
        Long id = refs.get(ref.ref());
        if (id == null) {
            throw new Invalid(field, "\"" + ref.ref() + "\" is not the ref of an earlier addPerson change");
        }
        return id;
    }

    String name(long person) {
        return people.get(person).name();
    }

    /** The initiative's matrix, to change; the field named is {@code initiativeId}. */
    MatrixDraft matrix(long initiativeId) {
        MatrixDraft draft = touched.get(initiativeId);
        if (draft != null) {
            return draft;
        }
        Snapshot.Matrix original = originals.get(initiativeId);
        if (original == null) {
            throw new Invalid("initiativeId", "initiative " + initiativeId + " is not on this team");
        }
        draft = new MatrixDraft(original);
        touched.put(initiativeId, draft);
        return draft;
    }

    /** The rules of the matrix's template, or null when it has none; refused when its template is not loaded. */
    TemplateRules rules(MatrixDraft matrix) {
        String key = matrix.initiative().template();
        if (key == null) {
            return null;
        }
        TemplateRules rules = templates.get(key);
        if (rules == null) {
            throw new Invalid("initiativeId", matrix.name() + " uses the template '" + key
                    + "', which is not loaded; its staffing cannot change until it is");
        }
        return rules;
    }

    // ---- what changes do

    void putCell(MatrixDraft matrix, String key, long person, Letters letters) {
        Snapshot.Cell current = matrix.cell(key, person);
        boolean same = current == null ? letters == null : current.letters() == letters && MatrixDraft.MANUAL.equals(current.source());
        if (!same) {
            matrix.put(key, person, letters);
            effects.add(new Effect.Cell(matrix.initiative().id(), key, person, letters));
        }
    }

    void restaff(MatrixDraft matrix, List<Snapshot.Staffed> staffing) {
        if (!staffing.equals(matrix.staffing())) {
            matrix.restaff(staffing, rules(matrix));
            effects.add(new Effect.Staffing(matrix.initiative().id(), staffing));
        }
    }

    void addRow(MatrixDraft matrix, Snapshot.Row row) {
        matrix.addRow(row);
        effects.add(new Effect.Row(matrix.initiative().id(), row));
    }

    void addPerson(AddPerson p) {
        if (refs.containsKey(p.ref())) {
            throw new Invalid("ref", "\"" + p.ref() + "\" is already the ref of an earlier addPerson change");
        }
        String email = p.email().toLowerCase(Locale.ROOT);
        if (emails().contains(email)) {
            throw new Invalid("email", p.email() + " is already used by another person of this team");
        }
        long id = -(added.size() + 1L);
        BigDecimal capacity = p.capacityHours() == null ? DEFAULT_CAPACITY : p.capacityHours();
        boolean remote = Boolean.TRUE.equals(p.remote());
        people.put(id, new Snapshot.Person(id, p.name(), p.email(), p.title(), remote, capacity));
        refs.put(p.ref(), id);
        added.put(id, p.ref());
        emails.add(email);
        effects.add(new Effect.NewPerson(id, p.ref(), p.name(), p.email(), p.title(), remote, capacity));
    }

    void setCapacity(long person, BigDecimal hours) {
        Snapshot.Person p = people.get(person);
        if (p.capacityHours().compareTo(hours) != 0) {
            people.put(person, new Snapshot.Person(p.id(), p.name(), p.email(), p.title(), p.remote(), hours));
            effects.add(new Effect.Capacity(person, hours));
        }
    }

    /** Lays the window over the person's windows; the effect is their whole new list, as the roster replaces it. */
    void setAvailability(long person, SetAvailability s) {
        List<AvailabilityWindow> now = windows().getOrDefault(person, List.of());
        List<AvailabilityWindow> next = AvailabilityWindow.overlay(now, new AvailabilityWindow(s.from(), s.to(),
                s.capacityHours().doubleValue(), s.note()));
        if (next.size() > MAX_WINDOWS) {
            throw new Invalid("person", name(person) + " would have more than " + MAX_WINDOWS + " availability windows");
        }
        if (!next.equals(now)) {
            windows.put(person, next);
            changedWindows.put(person, next);
            effects.add(new Effect.Availability(person, next));
        }
    }

    // ---- the outcome

    Applied applied() {
        List<Snapshot.Matrix> matrices = team.matrices().stream().map(m -> {
            MatrixDraft draft = touched.get(m.initiative().id());
            return draft == null ? m : draft.build(people::get);
        }).toList();
        Snapshot.Team after = team.with(List.copyOf(people.values()), matrices);
        return new Applied(team, changedWindows.isEmpty() ? after : after.withAvailability(availability()), effects, added);
    }

    /** The team's windows with those the changes set in place of the people's they had, by person, then date. */
    private List<Snapshot.Availability> availability() {
        List<Snapshot.Availability> all = new ArrayList<>(team.availability().stream()
                .filter(a -> !changedWindows.containsKey(a.person())).toList());
        changedWindows.forEach((person, list) -> list.forEach(w -> all.add(new Snapshot.Availability(person, w.from(), w.to(),
                BigDecimal.valueOf(w.capacityHours()), w.note()))));
        all.sort(Comparator.comparingLong(Snapshot.Availability::person).thenComparing(Snapshot.Availability::from));
        return all;
    }

    /** Everyone's windows by person, read from the team once, as the changes leave them. */
    private Map<Long, List<AvailabilityWindow>> windows() {
        if (windows == null) {
            windows = new HashMap<>();
            team.availability().forEach(a -> windows.computeIfAbsent(a.person(), p -> new ArrayList<>()).add(new AvailabilityWindow(
                    a.from(), a.to(), a.capacityHours().doubleValue(), a.note())));
        }
        return windows;
    }

    private Set<String> emails() {
        if (emails == null) {
            emails = new HashSet<>();
            people.values().forEach(p -> emails.add(p.email().toLowerCase(Locale.ROOT)));
        }
        return emails;
    }
}
