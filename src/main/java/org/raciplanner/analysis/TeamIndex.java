package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The snapshot indexed once by initiative and by person, so that every rule is a lookup
 * instead of a scan over all cells.
 */
final class TeamIndex {

    private final TeamSnapshot snapshot;
    private final List<PersonFacts> people;
    private final Map<Long, PersonFacts> peopleById = new HashMap<>();
    private final List<Initiative> initiatives;
    private final Map<Long, Initiative> initiativesById = new HashMap<>();
    private final Map<Long, List<HeldCell>> cellsByPerson = new HashMap<>();
    private final Map<Long, SortedMap<String, List<Initiative>>> rolesByPerson = new HashMap<>();
    private final Map<Long, List<Initiative>> relaysByPerson = new HashMap<>();
    private final Timeline horizon;
    private final Map<Long, TimedLoad> loadOverHorizon = new HashMap<>();
    private final List<PersonFacts> checkedPeople;
    private final List<Initiative> checkedInitiatives;

    private TeamIndex(TeamSnapshot snapshot, Focus focus, Function<InitiativeFacts, Initiative> indexed) {
        this.snapshot = snapshot;
        this.people = snapshot.people().stream().sorted(Comparator.comparingLong(PersonFacts::id)).toList();
        people.forEach(person -> {
            if (peopleById.put(person.id(), person) != null) {
                throw new IllegalArgumentException("person id " + person.id() + " occurs twice in the roster");
            }
        });
        this.initiatives = snapshot.initiatives().stream()
                .map(indexed)
                .sorted(Comparator.comparing(Initiative::name).thenComparingLong(Initiative::id))
                .toList();
        initiatives.forEach(this::index);
        this.horizon = new Timeline(snapshot.horizon().periods(), initiatives);
        this.checkedPeople = focus == null ? people : people.stream().filter(p -> focus.people().contains(p.id())).toList();
        this.checkedInitiatives = focus == null ? initiatives
                : initiatives.stream().filter(i -> focus.initiatives().contains(i.id())).toList();
    }

    static TeamIndex of(TeamSnapshot snapshot) {
        return new TeamIndex(snapshot, null, Initiative::of);
    }

    /** The team indexed whole, its rules to be checked only on the focus; {@code indexed} gives each initiative indexed. */
    static TeamIndex of(TeamSnapshot snapshot, Focus focus, Function<InitiativeFacts, Initiative> indexed) {
        return new TeamIndex(snapshot, focus, indexed);
    }

    Limits limits() {
        return snapshot.limits();
    }

    /** The weeks of the horizon, the first holding the evaluation date. */
    Timeline horizon() {
        return horizon;
    }

    /** Another set of periods over the same initiatives. */
    Timeline timeline(List<Period> periods) {
        return periods.equals(horizon.periods()) ? horizon : new Timeline(periods, initiatives);
    }

    /** Whether the initiative ended before the evaluation date. */
    /**
     * A person's load in each week of the horizon, worked out once per index: the overload rule, the
     * workload and the weekly table all ask for it, and it is the costliest figure of the analysis.
     */
    TimedLoad loadOverHorizon(PersonFacts person) {
        TimedLoad known = loadOverHorizon.get(person.id());
        if (known == null) {
            known = TimedLoad.of(person, this, horizon);
            loadOverHorizon.put(person.id(), known);
        }
        return known;
    }

    boolean hasEnded(Initiative initiative) {
        return snapshot.horizon().hasEnded(initiative.facts().endDate());
    }

    List<RoleConflict> conflicts() {
        return snapshot.conflicts();
    }

    /** The roster in id order. */
    List<PersonFacts> people() {
        return people;
    }

    /** Initiatives by name, then id. */
    List<Initiative> initiatives() {
        return initiatives;
    }

    /** The people whose findings and workload are asked for, in id order: the roster, unless a focus narrows it. */
    List<PersonFacts> checkedPeople() {
        return checkedPeople;
    }

    /** The initiatives whose findings are asked for, by name then id: all, unless a focus narrows them. */
    List<Initiative> checkedInitiatives() {
        return checkedInitiatives;
    }

    String personName(long personId) {
        PersonFacts person = peopleById.get(personId);
        return person == null ? "person #" + personId : person.name();
    }

    List<String> personNames(List<Long> personIds) {
        return personIds.stream().map(this::personName).toList();
    }

    String initiativeName(long initiativeId) {
        Initiative initiative = initiativesById.get(initiativeId);
        return initiative == null ? "initiative #" + initiativeId : initiative.name();
    }

    List<HeldCell> cellsOf(long personId) {
        return cellsByPerson.getOrDefault(personId, List.of());
    }

    /** Role key → initiatives where the person plays it, roles sorted. */
    SortedMap<String, List<Initiative>> rolesOf(long personId) {
        return rolesByPerson.getOrDefault(personId, new TreeMap<>());
    }

    /** Initiatives on which the person keeps at least one other person in sync. */
    List<Initiative> relaysOf(long personId) {
        return relaysByPerson.getOrDefault(personId, List.of());
    }

    private void index(Initiative initiative) {
        if (initiativesById.put(initiative.id(), initiative) != null) {
            throw new IllegalArgumentException("initiative id " + initiative.id() + " occurs twice");
        }
        for (Row row : initiative.rows()) {
            row.lettersByPerson().forEach((person, letters) -> cellsByPerson
                    .computeIfAbsent(person, p -> new ArrayList<>())
                    .add(new HeldCell(initiative, row, letters)));
        }
        initiative.rolesByPerson().forEach((person, roles) -> {
            SortedMap<String, List<Initiative>> held = rolesByPerson.computeIfAbsent(person, p -> new TreeMap<>());
            roles.forEach(role -> held.computeIfAbsent(role, r -> new ArrayList<>()).add(initiative));
        });
        initiative.spans().nonZero().keySet().forEach(person -> relaysByPerson
                .computeIfAbsent(person, p -> new ArrayList<>())
                .add(initiative));
    }
}
