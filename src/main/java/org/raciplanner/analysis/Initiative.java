package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An initiative indexed once: rows by key, staffing by person, communication spans. */
final class Initiative {

    private final InitiativeFacts facts;
    private final List<Row> rows;
    private final Map<String, Row> rowsByKey;
    private final Map<Long, Set<String>> rolesByPerson;
    private final CommunicationSpans spans;

    private Initiative(InitiativeFacts facts, List<Row> rows, Map<Long, Set<String>> rolesByPerson,
                       Map<Long, Long> viaByPerson) {
        this.facts = facts;
        this.rows = List.copyOf(rows);
        this.rowsByKey = new HashMap<>();
        rows.forEach(row -> rowsByKey.put(row.key(), row));
        this.rolesByPerson = Collections.unmodifiableMap(rolesByPerson);
        this.spans = CommunicationSpans.of(viaByPerson, communicationRow());
    }

    static Initiative of(InitiativeFacts facts) {
        return new Initiative(facts, rows(facts), rolesByPerson(facts), viaByPerson(facts));
    }

    long id() {
        return facts.id();
    }

    String name() {
        return facts.name();
    }

    String kind() {
        return facts.kind();
    }

    InitiativeFacts facts() {
        return facts;
    }

    List<Row> rows() {
        return rows;
    }

    /** Null when the initiative has no such row. */
    Row row(String key) {
        return rowsByKey.get(key);
    }

    String communicationKey() {
        return facts.communication().responsibility();
    }

    /** Null when the initiative has no communication row. */
    Row communicationRow() {
        return row(communicationKey());
    }

    CommunicationSpans spans() {
        return spans;
    }

    /** Staffed people in staffing order, each with their distinct roles here. */
    Map<Long, Set<String>> rolesByPerson() {
        return rolesByPerson;
    }

    Set<String> staffedRoles() {
        Set<String> roles = new LinkedHashSet<>();
        rolesByPerson.values().forEach(roles::addAll);
        return roles;
    }

    List<Long> staffedAs(String role) {
        List<Long> people = new ArrayList<>();
        rolesByPerson.forEach((person, roles) -> {
            if (roles.contains(role)) {
                people.add(person);
            }
        });
        return people;
    }

    private static List<Row> rows(InitiativeFacts facts) {
        Map<String, Map<Long, Letters>> cellsByKey = new LinkedHashMap<>();
        for (ResponsibilityFacts responsibility : facts.responsibilities()) {
            if (cellsByKey.put(responsibility.key(), new LinkedHashMap<>()) != null) {
                throw new IllegalArgumentException(facts.name() + " has responsibility '" + responsibility.key() + "' twice");
            }
        }
        for (CellFacts cell : facts.cells()) {
            Map<Long, Letters> row = cellsByKey.get(cell.responsibility());
            if (row == null) {
                throw new IllegalArgumentException(facts.name() + " has a cell for unknown responsibility '"
                        + cell.responsibility() + "'");
            }
            if (row.put(cell.personId(), Letters.of(cell.letters())) != null) {
                throw new IllegalArgumentException(facts.name() + " has two cells for person " + cell.personId()
                        + " on '" + cell.responsibility() + "'");
            }
        }
        List<Row> rows = new ArrayList<>(facts.responsibilities().size());
        for (ResponsibilityFacts responsibility : facts.responsibilities()) {
            rows.add(new Row(responsibility, cellsByKey.get(responsibility.key())));
        }
        return rows;
    }

    private static Map<Long, Set<String>> rolesByPerson(InitiativeFacts facts) {
        Map<Long, Set<String>> roles = new LinkedHashMap<>();
        for (StaffingFacts staffing : facts.staffing()) {
            roles.computeIfAbsent(staffing.personId(), person -> new LinkedHashSet<>()).add(staffing.role());
        }
        roles.replaceAll((person, set) -> Collections.unmodifiableSet(set));
        return roles;
    }

    /** A person staffed in several roles communicates via the first person any of their entries names. */
    private static Map<Long, Long> viaByPerson(InitiativeFacts facts) {
        Map<Long, Long> via = new LinkedHashMap<>();
        for (StaffingFacts staffing : facts.staffing()) {
            if (via.get(staffing.personId()) == null) {
                via.put(staffing.personId(), staffing.communicatesVia());
            }
        }
        return via;
    }
}
