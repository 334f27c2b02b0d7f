package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.CellFacts;
import org.raciplanner.analysis.CommunicationModel;
import org.raciplanner.analysis.Horizon;
import org.raciplanner.analysis.InitiativeFacts;
import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Limits;
import org.raciplanner.analysis.PersonFacts;
import org.raciplanner.analysis.ResponsibilityFacts;
import org.raciplanner.analysis.RoleConflict;
import org.raciplanner.analysis.StaffingFacts;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.planning.TemplateRules;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Teams for the search's tests, built as the read model gives them: two small templates with the
 * letters of the shipped "product" and "delivery-project" ones, their required roles and their
 * role conflicts, and the analysis run as the service runs it.
 */
final class FixFixture {

    static final String PRODUCT = "product";
    static final String DELIVERY = "delivery";
    static final String COMMUNICATION = "stakeholder-communication";
    static final Map<String, Map<String, Map<String, Letters>>> LETTERS = Map.of(PRODUCT, product(), DELIVERY, delivery());
    static final Map<String, List<String>> ROLES = Map.of(
            PRODUCT, List.of("product-manager", "product-owner", "business-analyst", "delivery-team"),
            DELIVERY, List.of("project-manager", "project-coordinator", "sponsor", "delivery-team"));
    static final Map<String, Set<String>> REQUIRED_ROLES = Map.of(
            PRODUCT, Set.of("product-manager", "product-owner", "delivery-team"),
            DELIVERY, Set.of("project-manager", "sponsor", "delivery-team"));
    static final Map<String, Set<String>> REQUIRED_ROWS = Map.of(
            PRODUCT, Set.of("vision-strategy", "roadmap", "backlog"),
            DELIVERY, Set.of("project-plan", "budget", "risk", COMMUNICATION));
    static final List<RoleConflict> CONFLICTS = List.of(
            new RoleConflict("product-manager", "project-manager", "One salary for two positions."),
            new RoleConflict("product-manager", "product-owner", "External and internal focus."));
    static final Map<String, Double> EFFORT = Map.of("vision-strategy", 2.0, "roadmap", 2.0, "backlog", 2.0,
            "user-stories", 3.0, "budget", 1.5, COMMUNICATION, 2.0, "project-plan", 2.5, "risk", 1.5,
            "status-reports", 1.5, "schedule", 2.0);

    private final List<Snapshot.Person> people = new ArrayList<>();
    private final List<Matrix> matrices = new ArrayList<>();
    private Limits limits = Limits.defaults();

    static FixFixture team() {
        return new FixFixture();
    }

    /** domain.md's startup: Dana is product manager and product owner of Atlas and project manager of its launch. */
    record Startup(Snapshot.Team team, long dana, List<Long> local, List<Long> remote, long product, long project) {
        Analysis.Report report() {
            return analysis().apply(team);
        }
    }

    static Startup startup() {
        FixFixture f = team();
        long dana = f.person("Dana", 20, false);
        List<Long> local = f.people("Local", 7, false);
        List<Long> remote = f.people("Remote", 20, true);
        long product = f.initiative("Atlas", PRODUCT).staff("product-manager", dana).staff("product-owner", dana).id();
        long project = f.initiative("Atlas launch", DELIVERY).staff("project-manager", dana).staff("delivery-team", local)
                .staff("delivery-team", remote).id();
        return new Startup(f.build(), dana, local, remote, product, project);
    }

    static Playbook playbook() {
        Map<String, TemplateRules> rules = new HashMap<>();
        LETTERS.forEach((key, letters) -> rules.put(key, new TemplateRules(key, ROLES.get(key), letters)));
        return new Playbook(rules, CONFLICTS, Set.of("delivery-team"), Map.of(PRODUCT, COMMUNICATION, DELIVERY, COMMUNICATION));
    }

    static Function<Snapshot.Team, Analysis.Report> analysis() {
        return team -> Analysis.report(facts(team));
    }

    static Evaluator evaluator() {
        return new Evaluator(playbook(), FixFixture::facts);
    }

    static Budget budget() {
        return new Budget(5_000, Duration.ofSeconds(30));
    }

    FixFixture limits(Limits limits) {
        this.limits = limits;
        return this;
    }

    long person(String name) {
        return person(name, 40, false);
    }

    long person(String name, double capacityHours, boolean remote) {
        long id = people.size() + 1L;
        people.add(new Snapshot.Person(id, name, name.toLowerCase().replace(' ', '.') + "@example.com", null, remote,
                BigDecimal.valueOf(capacityHours)));
        return id;
    }

    List<Long> people(String prefix, int n, boolean remote) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(person(prefix + " " + i, 40, remote));
        }
        return ids;
    }

    Matrix initiative(String name, String template) {
        Matrix m = new Matrix(100L + matrices.size(), name, template);
        matrices.add(m);
        if (template != null) {
            LETTERS.get(template).keySet().forEach(m::row);
        }
        return m;
    }

    Snapshot.Team build() {
        Map<Long, Snapshot.Person> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        return new Snapshot.Team(1, "Startup", 3, limits, Horizon.DEFAULT_WEEKS, people,
                matrices.stream().map(m -> m.build(byId::get)).toList(), List.of());
    }

    /** What the service's TeamFacts gives the analysis for these templates. */
    static TeamSnapshot facts(Snapshot.Team team) {
        return new TeamSnapshot(team.limits(),
                team.people().stream().map(p -> new PersonFacts(p.id(), p.name(), p.capacityHours().doubleValue(), List.of())).toList(),
                team.matrices().stream().map(m -> {
                    String t = m.initiative().template();
                    return new InitiativeFacts(m.initiative().id(), m.initiative().name(), m.initiative().kind(),
                            m.rows().stream().map(r -> new ResponsibilityFacts(r.key(), r.name(), r.effortHours().doubleValue())).toList(),
                            m.staffing().stream().map(s -> new StaffingFacts(s.role(), s.person(), s.communicatesVia())).toList(),
                            m.cells().stream().map(c -> new CellFacts(c.responsibility(), c.person(), c.letters().name())).toList(),
                            t == null ? Set.of("project-plan", "budget") : REQUIRED_ROWS.get(t),
                            t == null ? Set.of() : REQUIRED_ROLES.get(t), CommunicationModel.defaults(),
                            m.initiative().startDate(), m.initiative().endDate());
                }).toList(),
                CONFLICTS, new Horizon(LocalDate.of(2027, 1, 4), Horizon.DEFAULT_WEEKS));
    }

    final class Matrix {
        private final Snapshot.Initiative initiative;
        private final List<Snapshot.Row> rows = new ArrayList<>();
        private final List<Snapshot.Staffed> staffing = new ArrayList<>();
        private final Map<String, Snapshot.Cell> manual = new LinkedHashMap<>();

        private Matrix(long id, String name, String template) {
            this.initiative = new Snapshot.Initiative(id, name, PRODUCT.equals(template) ? "PRODUCT" : "PROJECT", template,
                    null, null, null, null, 1, name.toLowerCase().replace(' ', '-'));
        }

        long id() {
            return initiative.id();
        }

        Matrix row(String key) {
            rows.add(new Snapshot.Row(key, FixFixture.name(key), "EXECUTION", BigDecimal.valueOf(EFFORT.getOrDefault(key, 1.0))));
            return this;
        }

        Matrix staff(String role, long... people) {
            for (long p : people) {
                staffing.add(new Snapshot.Staffed(role, p, null));
            }
            return this;
        }

        Matrix staff(String role, List<Long> people) {
            people.forEach(p -> staffing.add(new Snapshot.Staffed(role, p, null)));
            return this;
        }

        /** The people communicate via {@code via} in every role they play here. */
        Matrix route(List<Long> people, long via) {
            staffing.replaceAll(st -> people.contains(st.person()) ? new Snapshot.Staffed(st.role(), st.person(), via) : st);
            return this;
        }

        /** A cell set by hand. */
        Matrix cell(String key, long person, Letters letters) {
            manual.put(key + "/" + person, new Snapshot.Cell(key, person, letters, "MANUAL"));
            return this;
        }

        private Snapshot.Matrix build(java.util.function.LongFunction<Snapshot.Person> people) {
            List<Snapshot.Cell> cells = new ArrayList<>(manual.values());
            if (initiative.template() != null) {
                playbook().templates().get(initiative.template()).derive(staffing).forEach((key, byPerson) -> byPerson.forEach((p, l) -> {
                    if (!manual.containsKey(key + "/" + p) && rows.stream().anyMatch(r -> r.key().equals(key))) {
                        cells.add(new Snapshot.Cell(key, p, l, "ROLE"));
                    }
                }));
            }
            return Snapshot.Matrix.of(initiative, rows, staffing, cells, people);
        }
    }

    static String name(String key) {
        String words = key.replace('-', ' ');
        return words.substring(0, 1).toUpperCase() + words.substring(1);
    }

    private static Map<String, Map<String, Letters>> product() {
        Map<String, Map<String, Letters>> l = new LinkedHashMap<>();
        l.put("vision-strategy", Map.of("product-manager", Letters.RA, "product-owner", Letters.C, "business-analyst", Letters.I,
                "delivery-team", Letters.I));
        l.put("roadmap", Map.of("product-manager", Letters.RA, "product-owner", Letters.C, "delivery-team", Letters.I));
        l.put("backlog", Map.of("product-manager", Letters.C, "product-owner", Letters.RA, "business-analyst", Letters.C,
                "delivery-team", Letters.I));
        l.put("user-stories", Map.of("product-manager", Letters.I, "product-owner", Letters.RA, "business-analyst", Letters.R,
                "delivery-team", Letters.I));
        l.put("budget", Map.of("product-manager", Letters.RA, "product-owner", Letters.I));
        l.put(COMMUNICATION, Map.of("product-manager", Letters.RA, "product-owner", Letters.C, "delivery-team", Letters.I));
        return l;
    }

    private static Map<String, Map<String, Letters>> delivery() {
        Map<String, Map<String, Letters>> l = new LinkedHashMap<>();
        l.put("project-plan", Map.of("project-manager", Letters.RA, "project-coordinator", Letters.I, "sponsor", Letters.C,
                "delivery-team", Letters.I));
        l.put("schedule", Map.of("project-manager", Letters.RA, "project-coordinator", Letters.C, "delivery-team", Letters.I));
        l.put("budget", Map.of("project-manager", Letters.R, "sponsor", Letters.A));
        l.put("risk", Map.of("project-manager", Letters.RA, "project-coordinator", Letters.C, "sponsor", Letters.C,
                "delivery-team", Letters.I));
        l.put(COMMUNICATION, Map.of("project-manager", Letters.RA, "project-coordinator", Letters.C, "sponsor", Letters.I,
                "delivery-team", Letters.I));
        l.put("status-reports", Map.of("project-manager", Letters.RA, "project-coordinator", Letters.R, "sponsor", Letters.I,
                "delivery-team", Letters.I));
        return l;
    }
}
