package org.raciplanner.planning;

import org.raciplanner.analysis.AvailabilityWindow;
import org.raciplanner.analysis.CellFacts;
import org.raciplanner.analysis.CommunicationModel;
import org.raciplanner.analysis.InitiativeFacts;
import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Horizon;
import org.raciplanner.analysis.Limits;
import org.raciplanner.analysis.PersonFacts;
import org.raciplanner.analysis.ResponsibilityFacts;
import org.raciplanner.analysis.RoleConflict;
import org.raciplanner.analysis.StaffingFacts;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Snapshot.Team} as the read model would give it, with cells derived from a small
 * "launch" template: {@code team().person("Dana")}, {@code initiative("Launch").staff(...).build()}.
 */
final class TeamFixture {

    static final String LAUNCH = "launch";
    static final String COMMUNICATION = "stakeholder-communication";

    private final List<Snapshot.Person> people = new ArrayList<>();
    private final List<Matrix> matrices = new ArrayList<>();

    static TeamFixture team() {
        return new TeamFixture();
    }

    /** Project manager, coordinator, sponsor and a delivery team, over four rows. */
    static Map<String, TemplateRules> templates() {
        Map<String, Map<String, Letters>> letters = new LinkedHashMap<>();
        letters.put("plan", Map.of("project-manager", Letters.RA, "delivery-team", Letters.C));
        letters.put("budget", Map.of("project-manager", Letters.R, "sponsor", Letters.A));
        letters.put("risk", Map.of("project-manager", Letters.A, "project-coordinator", Letters.R, "delivery-team", Letters.I));
        letters.put(COMMUNICATION, Map.of("project-manager", Letters.RA, "project-coordinator", Letters.C,
                "delivery-team", Letters.I));
        return Map.of(LAUNCH, new TemplateRules(LAUNCH, List.of("project-manager", "project-coordinator", "sponsor",
                "delivery-team"), letters));
    }

    long person(String name) {
        return person(name, 40);
    }

    long person(String name, double capacityHours) {
        long id = people.size() + 1L;
        people.add(new Snapshot.Person(id, name, name.toLowerCase().replace(' ', '.') + "@example.com", null, false,
                BigDecimal.valueOf(capacityHours)));
        return id;
    }

    List<Long> people(String prefix, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(person(prefix + " " + i));
        }
        return ids;
    }

    /** An initiative of the launch template with its four rows. */
    Matrix initiative(String name) {
        Matrix m = new Matrix(100L + matrices.size(), name, LAUNCH);
        matrices.add(m);
        templates().get(LAUNCH).letters().keySet().forEach(key -> m.row(key, 2));
        return m;
    }

    /** An initiative without a template and without rows. */
    Matrix plain(String name) {
        Matrix m = new Matrix(100L + matrices.size(), name, null);
        matrices.add(m);
        return m;
    }

    Snapshot.Team build() {
        Map<Long, Snapshot.Person> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        return new Snapshot.Team(1, "Startup", 7, Limits.defaults(), Horizon.DEFAULT_WEEKS, people,
                matrices.stream().map(m -> m.build(byId::get)).toList(), List.of());
    }

    /** What the service's TeamFacts would give the analysis, without the templates' required rows. */
    static TeamSnapshot facts(Snapshot.Team team) {
        return new TeamSnapshot(team.limits(),
                team.people().stream().map(p -> new PersonFacts(p.id(), p.name(), p.capacityHours().doubleValue(),
                        team.availability().stream().filter(a -> a.person() == p.id()).map(a -> new AvailabilityWindow(a.from(), a.to(),
                                a.capacityHours().doubleValue(), a.note())).toList())).toList(),
                team.matrices().stream().map(m -> new InitiativeFacts(m.initiative().id(), m.initiative().name(),
                        m.initiative().kind(),
                        m.rows().stream().map(r -> new ResponsibilityFacts(r.key(), r.name(), r.effortHours().doubleValue())).toList(),
                        m.staffing().stream().map(s -> new StaffingFacts(s.role(), s.person(), s.communicatesVia())).toList(),
                        m.cells().stream().map(c -> new CellFacts(c.responsibility(), c.person(), c.letters().name())).toList(),
                        Set.of(), Set.of(), CommunicationModel.defaults(), m.initiative().startDate(), m.initiative().endDate())).toList(),
                List.of(new RoleConflict("project-manager", "sponsor", "One cannot sponsor what one manages.")),
                new Horizon(LocalDate.of(2027, 1, 4), Horizon.DEFAULT_WEEKS));
    }

    final class Matrix {
        private final Snapshot.Initiative initiative;
        private final List<Snapshot.Row> rows = new ArrayList<>();
        private final List<Snapshot.Staffed> staffing = new ArrayList<>();
        private final Map<String, Snapshot.Cell> manual = new LinkedHashMap<>();

        private Matrix(long id, String name, String template) {
            this.initiative = new Snapshot.Initiative(id, name, "PROJECT", template, null, null, null, null, 1,
                    name.toLowerCase().replace(' ', '-'));
        }

        long id() {
            return initiative.id();
        }

        Matrix row(String key, double effortHours) {
            rows.add(new Snapshot.Row(key, key.substring(0, 1).toUpperCase() + key.substring(1).replace('-', ' '), "EXECUTION",
                    BigDecimal.valueOf(effortHours)));
            return this;
        }

        Matrix staff(String role, long... people) {
            for (long p : people) {
                staffing.add(new Snapshot.Staffed(role, p, null));
            }
            return this;
        }

        Matrix staff(String role, List<Long> people, Long via) {
            people.forEach(p -> staffing.add(new Snapshot.Staffed(role, p, via)));
            return this;
        }

        /** A cell set by hand. */
        Matrix cell(String key, long person, Letters letters) {
            manual.put(key + "/" + person, new Snapshot.Cell(key, person, letters, "MANUAL"));
            return this;
        }

        TeamFixture done() {
            return TeamFixture.this;
        }

        private Snapshot.Matrix build(java.util.function.LongFunction<Snapshot.Person> people) {
            List<Snapshot.Cell> cells = new ArrayList<>(manual.values());
            if (initiative.template() != null) {
                templates().get(initiative.template()).derive(staffing).forEach((key, byPerson) -> byPerson.forEach((p, l) -> {
                    if (!manual.containsKey(key + "/" + p)) {
                        cells.add(new Snapshot.Cell(key, p, l, "ROLE"));
                    }
                }));
            }
            return Snapshot.Matrix.of(initiative, rows, staffing, cells, people);
        }
    }
}
