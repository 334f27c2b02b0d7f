package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds team snapshots for tests: {@code team().person("Dana")}, {@code initiative("Phoenix", PROJECT).row(...)}. */
final class SnapshotFixture {

    static final String PROJECT = "PROJECT";
    static final String PRODUCT = "PRODUCT";
    static final String PROGRAM = "PROGRAM";
    static final String COMMUNICATION = "stakeholder-communication";
    /** Unless a test says otherwise, the team is judged on Monday 4 January 2027 (ISO week 1), over 26 weeks. */
    static final Horizon HORIZON = new Horizon(LocalDate.of(2027, 1, 4), Horizon.DEFAULT_WEEKS);

    private SnapshotFixture() {
    }

    static TeamBuilder team() {
        return new TeamBuilder();
    }

    static List<Warning> withCode(List<Warning> warnings, String code) {
        return warnings.stream().filter(warning -> warning.code().equals(code)).toList();
    }

    static Warning single(List<Warning> warnings, String code) {
        List<Warning> found = withCode(warnings, code);
        assertEquals(1, found.size(), () -> "expected exactly one " + code + " in " + warnings);
        return found.get(0);
    }

    static Limits limits(int maxCommunicationSpan) {
        Limits d = Limits.defaults();
        return new Limits(d.maxAccountable(), d.maxRoles(), d.maxConsulted(), d.maxResponsible(),
                maxCommunicationSpan, d.capacityWarnPercent(), d.capacityErrorPercent(), d.singlePointPercent());
    }

    static final class TeamBuilder {

        private Limits limits = Limits.defaults();
        private Horizon horizon = HORIZON;
        private final List<PersonFacts> people = new ArrayList<>();
        private final List<InitiativeBuilder> initiatives = new ArrayList<>();
        private final List<RoleConflict> conflicts = new ArrayList<>();
        private long nextPersonId = 1;
        private long nextInitiativeId = 100;

        long person(String name) {
            return person(name, 40);
        }

        long person(String name, double capacityHours) {
            long id = nextPersonId++;
            people.add(new PersonFacts(id, name, capacityHours));
            return id;
        }

        /** A window of the person's capacity, beside any they have. */
        TeamBuilder available(long personId, LocalDate from, LocalDate to, double capacityHours) {
            for (int i = 0; i < people.size(); i++) {
                PersonFacts p = people.get(i);
                if (p.id() == personId) {
                    List<AvailabilityWindow> windows = new ArrayList<>(p.availability());
                    windows.add(new AvailabilityWindow(from, to, capacityHours, null));
                    people.set(i, p.withAvailability(windows));
                }
            }
            return this;
        }

        /** Judged as of this date, over the horizon's weeks. */
        TeamBuilder at(LocalDate date, int weeks) {
            this.horizon = new Horizon(date, weeks);
            return this;
        }

        /** {@code count} people named "prefix 1" … "prefix n". */
        List<Long> people(String prefix, int count) {
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                ids.add(person(prefix + " " + i));
            }
            return ids;
        }

        InitiativeBuilder initiative(String name, String kind) {
            InitiativeBuilder initiative = new InitiativeBuilder(nextInitiativeId++, name, kind);
            initiatives.add(initiative);
            return initiative;
        }

        TeamBuilder limits(Limits limits) {
            this.limits = limits;
            return this;
        }

        TeamBuilder conflict(String roleA, String roleB, String reason) {
            conflicts.add(new RoleConflict(roleA, roleB, reason));
            return this;
        }

        TeamSnapshot build() {
            return new TeamSnapshot(limits, people, initiatives.stream().map(InitiativeBuilder::build).toList(), conflicts, horizon);
        }

        List<Warning> warnings() {
            return Analysis.warnings(build());
        }

        List<Warning> warnings(String code) {
            return withCode(warnings(), code);
        }

        Workload workloadOf(long personId) {
            return Analysis.workload(build()).stream()
                    .filter(workload -> workload.personId() == personId)
                    .findFirst()
                    .orElseThrow();
        }
    }

    static final class InitiativeBuilder {

        private final long id;
        private final String name;
        private final String kind;
        private final List<ResponsibilityFacts> rows = new ArrayList<>();
        private final List<StaffingFacts> staffing = new ArrayList<>();
        private final List<CellFacts> cells = new ArrayList<>();
        private final Set<String> requiredResponsibilities = new LinkedHashSet<>();
        private final Set<String> requiredRoles = new LinkedHashSet<>();
        private CommunicationModel communication = CommunicationModel.defaults();
        private LocalDate startDate;
        private LocalDate endDate;

        private InitiativeBuilder(long id, String name, String kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        long id() {
            return id;
        }

        /** The row's name is its key in title case: "stakeholder-communication" → "Stakeholder communication". */
        InitiativeBuilder row(String key, double effortHours) {
            String title = key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1).replace('-', ' ');
            return row(key, title, effortHours);
        }

        InitiativeBuilder row(String key, String rowName, double effortHours) {
            rows.add(new ResponsibilityFacts(key, rowName, effortHours));
            return this;
        }

        InitiativeBuilder rows(int count, double effortHours) {
            for (int i = 1; i <= count; i++) {
                row("r" + i, effortHours);
            }
            return this;
        }

        InitiativeBuilder cell(String key, long personId, String letters) {
            cells.add(new CellFacts(key, personId, letters));
            return this;
        }

        InitiativeBuilder cells(String key, List<Long> personIds, String letters) {
            personIds.forEach(person -> cell(key, person, letters));
            return this;
        }

        InitiativeBuilder staff(String role, long personId) {
            return staff(role, personId, null);
        }

        InitiativeBuilder staff(String role, long personId, Long communicatesVia) {
            staffing.add(new StaffingFacts(role, personId, communicatesVia));
            return this;
        }

        InitiativeBuilder staff(String role, List<Long> personIds) {
            return staff(role, personIds, null);
        }

        InitiativeBuilder staff(String role, List<Long> personIds, Long communicatesVia) {
            personIds.forEach(person -> staff(role, person, communicatesVia));
            return this;
        }

        InitiativeBuilder requires(String... keys) {
            requiredResponsibilities.addAll(Arrays.asList(keys));
            return this;
        }

        InitiativeBuilder needsRoles(String... roles) {
            requiredRoles.addAll(Arrays.asList(roles));
            return this;
        }

        InitiativeBuilder communication(CommunicationModel communication) {
            this.communication = communication;
            return this;
        }

        /** Runs from {@code start} to {@code end}, both included; null for an open end. */
        InitiativeBuilder dates(LocalDate start, LocalDate end) {
            this.startDate = start;
            this.endDate = end;
            return this;
        }

        InitiativeFacts build() {
            return new InitiativeFacts(id, name, kind, rows, staffing, cells, requiredResponsibilities,
                    requiredRoles, communication, startDate, endDate);
        }
    }
}
