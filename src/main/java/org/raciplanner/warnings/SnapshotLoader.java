package org.raciplanner.warnings;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.CellFacts;
import org.raciplanner.analysis.CommunicationModel;
import org.raciplanner.analysis.InitiativeFacts;
import org.raciplanner.analysis.Limits;
import org.raciplanner.analysis.PersonFacts;
import org.raciplanner.analysis.ResponsibilityFacts;
import org.raciplanner.analysis.RoleConflict;
import org.raciplanner.analysis.StaffingFacts;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.team.Settings;
import org.raciplanner.team.Teams;
import org.raciplanner.template.Template;
import org.raciplanner.template.TemplateCatalog;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.micronaut.transaction.TransactionDefinition.Isolation.REPEATABLE_READ;

/**
 * Reads a whole team into the analysis' snapshot with five queries, whatever the team's size,
 * inside one repeatable-read transaction so the picture is consistent.
 */
@Singleton
public class SnapshotLoader {

    /** What a kind must have when its initiative has no template (domain.md). */
    static final Map<String, Set<String>> REQUIRED_BY_KIND = Map.of(
            "PROJECT", Set.of("project-plan", "budget", "risk", "stakeholder-communication"),
            "PRODUCT", Set.of("vision-strategy", "roadmap", "backlog"),
            "PROGRAM", Set.of());

    private final DataSource dataSource;
    private final Teams teams;
    private final TemplateCatalog templates;

    SnapshotLoader(DataSource dataSource, Teams teams, TemplateCatalog templates) {
        this.dataSource = dataSource;
        this.teams = teams;
        this.templates = templates;
    }

    @Transactional(readOnly = true, isolation = REPEATABLE_READ)
    public TeamSnapshot load(long teamId) {
        Settings s = teams.settings(teamId);
        Limits limits = new Limits(s.maxAccountable(), s.maxRoles(), s.maxConsulted(), s.maxResponsible(),
                s.maxCommunicationSpan(), s.capacityWarnPercent(), s.capacityErrorPercent(), s.singlePointPercent());
        try (Connection c = dataSource.getConnection()) {
            List<PersonFacts> people = people(c, teamId);
            Map<Long, Parts> parts = initiatives(c, teamId);
            rows(c, teamId, parts);
            staffing(c, teamId, parts);
            cells(c, teamId, parts);
            return new TeamSnapshot(limits, people, parts.values().stream().map(this::facts).toList(), conflicts());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read team " + teamId + " for analysis", e);
        }
    }

    private static List<PersonFacts> people(Connection c, long teamId) throws SQLException {
        List<PersonFacts> people = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select id, name, capacity_hours from person where team_id = ? order by id")) {
            q.setLong(1, teamId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    people.add(new PersonFacts(rs.getLong(1), rs.getString(2), rs.getDouble(3)));
                }
            }
        }
        return people;
    }

    private static Map<Long, Parts> initiatives(Connection c, long teamId) throws SQLException {
        Map<Long, Parts> parts = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "select id, name, kind, template_key from initiative where team_id = ? order by id")) {
            q.setLong(1, teamId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    parts.put(rs.getLong(1), new Parts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return parts;
    }

    private static void rows(Connection c, long teamId, Map<Long, Parts> parts) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select initiative_id, key, name, effort_hours from responsibility"
                + " where team_id = ? order by initiative_id, position")) {
            q.setLong(1, teamId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    parts.get(rs.getLong(1)).rows.add(new ResponsibilityFacts(rs.getString(2), rs.getString(3), rs.getDouble(4)));
                }
            }
        }
    }

    private static void staffing(Connection c, long teamId, Map<Long, Parts> parts) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "select initiative_id, role, person_id, communicates_via from staffing where team_id = ? order by id")) {
            q.setLong(1, teamId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long via = rs.getLong(4);
                    Long communicatesVia = rs.wasNull() ? null : via; // read before the next column resets wasNull
                    parts.get(rs.getLong(1)).staffing.add(new StaffingFacts(rs.getString(2), rs.getLong(3), communicatesVia));
                }
            }
        }
    }

    private static void cells(Connection c, long teamId, Map<Long, Parts> parts) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select c.initiative_id, r.key, c.person_id, c.letters from cell c"
                + " join responsibility r on r.id = c.responsibility_id where c.team_id = ?")) {
            q.setLong(1, teamId);
            q.setFetchSize(10_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    parts.get(rs.getLong(1)).cells.add(new CellFacts(rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
    }

    private InitiativeFacts facts(Parts p) {
        Template template = p.templateKey == null ? null : templates.find(p.templateKey).orElse(null);
        Set<String> requiredRows = template != null ? Set.copyOf(template.required())
                : REQUIRED_BY_KIND.getOrDefault(p.kind, Set.of());
        Set<String> requiredRoles = new HashSet<>();
        if (template != null) {
            template.roles().stream().filter(Template.Role::required).forEach(r -> requiredRoles.add(r.key()));
        }
        CommunicationModel communication = template == null ? CommunicationModel.defaults()
                : new CommunicationModel(template.communication().responsibility(), template.communication().baseHours(),
                template.communication().minutesPerPerson());
        return new InitiativeFacts(p.id, p.name, p.kind, p.rows, p.staffing, p.cells, requiredRows, requiredRoles, communication);
    }

    /** The role pairs every template marks as conflicting: the analysis looks across initiatives. */
    private List<RoleConflict> conflicts() {
        Map<Set<String>, RoleConflict> pairs = new HashMap<>();
        templates.all().forEach(t -> t.conflicts().forEach(c -> pairs.putIfAbsent(Set.copyOf(c.roles()),
                new RoleConflict(c.roles().get(0), c.roles().get(1), c.reason()))));
        return List.copyOf(pairs.values());
    }

    private static final class Parts {
        final long id;
        final String name;
        final String kind;
        final String templateKey;
        final List<ResponsibilityFacts> rows = new ArrayList<>();
        final List<StaffingFacts> staffing = new ArrayList<>();
        final List<CellFacts> cells = new ArrayList<>();

        Parts(long id, String name, String kind, String templateKey) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.templateKey = templateKey;
        }
    }
}
