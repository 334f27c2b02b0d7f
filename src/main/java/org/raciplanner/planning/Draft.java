package org.raciplanner.planning;

import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A team while a change list applies to it, in memory: the changes ask it what the team has and
 * tell it what to change; it keeps the writes that would make the same changes in the database.
 * Matrices no change touches are not copied: the built team shares them with the original.
 */
public final class Draft {

    /** The roster's default weekly capacity for a person added without one. */
    static final BigDecimal DEFAULT_CAPACITY = BigDecimal.valueOf(40);

    private final Snapshot.Team team;
    private final Map<String, TemplateRules> templates;
    private final Map<Long, Snapshot.Person> people = new LinkedHashMap<>();
    private final Map<Long, Snapshot.Matrix> originals = new HashMap<>();
    private final Map<Long, MatrixDraft> touched = new HashMap<>();
    private final Map<String, Long> refs = new HashMap<>();
    private final Map<Long, String> added = new LinkedHashMap<>();
    private final List<Effect> effects = new ArrayList<>();
    private Set<String> emails;

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

    // ---- the outcome

    Applied applied() {
        List<Snapshot.Matrix> matrices = team.matrices().stream().map(m -> {
            MatrixDraft draft = touched.get(m.initiative().id());
            return draft == null ? m : draft.build(people::get);
        }).toList();
        Snapshot.Team after = team.with(List.copyOf(people.values()), matrices);
        return new Applied(team, after, effects, added);
    }

    private Set<String> emails() {
        if (emails == null) {
            emails = new HashSet<>();
            people.values().forEach(p -> emails.add(p.email().toLowerCase(Locale.ROOT)));
        }
        return emails;
    }
}
