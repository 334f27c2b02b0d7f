package org.raciplanner.snapshot;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Limits;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import static io.micronaut.transaction.TransactionDefinition.Isolation.REPEATABLE_READ;

/**
 * Reads a team, or one initiative of it, into a {@link Snapshot}: a handful of plain queries,
 * whatever the team's size, mapped by hand (the repository mapper spent most of its time deriving
 * column names per cell). A whole team is read in one repeatable-read transaction, so every view
 * of it shows the same moment.
 */
@Singleton
public class Snapshots {

    static final String TEAM = "select name, max_accountable, max_roles, max_consulted, max_responsible,"
            + " max_communication_span, capacity_warn_percent, capacity_error_percent, single_point_percent,"
            + " (select v.version from team_version v where v.team_id = team.id), horizon_weeks"
            + " from team where id = ?";
    static final String PERSON_COLUMNS = "select id, name, email, title, remote, capacity_hours, location from person";
    static final String INITIATIVE_COLUMNS = "select i.id, i.name, i.kind, i.template_key, i.parent_id,"
            + " i.start_date, i.end_date, i.budget, i.matrix_version, i.handle";
    private static final String TEAM_INITIATIVES = INITIATIVE_COLUMNS + " from initiative i where i.team_id = ? order by i.id";
    private static final String TEAM_ROWS = "select initiative_id, id, key, name, category, effort_hours from responsibility"
            + " where team_id = ? order by initiative_id, position";
    private static final String TEAM_STAFFING = "select initiative_id, role, person_id, communicates_via from staffing"
            + " where team_id = ? order by id";
    /** The columns {@link #availability} reads. */
    static final String AVAILABILITY_COLUMNS = "select person_id, from_date, to_date, capacity_hours, note from availability";
    private static final String TEAM_AVAILABILITY = AVAILABILITY_COLUMNS + " where team_id = ? order by person_id, from_date";
    /** A cell's row by id, not joined: the rows are read already, and the join made this the slowest query of a team. */
    private static final String TEAM_CELLS = "select initiative_id, responsibility_id, person_id, letters, source from cell"
            + " where team_id = ?";
    private static final String INITIATIVE = INITIATIVE_COLUMNS + ", t.name from initiative i join team t on t.id = i.team_id"
            + " where i.id = ? and i.team_id = ?";
    /**
     * The team is the initiative's (an id from the path must not read another team's rows): every
     * row of these tables carries its initiative's team, which a foreign key to
     * {@code initiative (team_id, id)} keeps true, so no statement needs to look the initiative up.
     */
    private static final String OF_INITIATIVE = " where initiative_id = ? and team_id = ?";
    private static final String ROWS = "select id, key, name, category, effort_hours from responsibility" + OF_INITIATIVE
            + " order by position";
    private static final String STAFFING = "select role, person_id, communicates_via from staffing" + OF_INITIATIVE + " order by id";
    private static final String CELLS = "select responsibility_id, person_id, letters, source from cell" + OF_INITIATIVE;
    /**
     * Its people by primary key: the ids are gathered first ({@code array(...)} runs once), because
     * joining the person table instead made PostgreSQL scan all of it once teams grew large.
     */
    private static final String PEOPLE = PERSON_COLUMNS + " where id = any(array(select person_id from staffing" + OF_INITIATIVE
            + " union select person_id from cell" + OF_INITIATIVE + "))";
    /** Everything one matrix shows, sent together: one round trip to the database instead of five. */
    private static final String MATRIX = String.join(";\n", INITIATIVE, ROWS, STAFFING, CELLS, PEOPLE);

    private static final String HELD_ON = """
            select i.id, i.name,
                   (select count(*) from cell c where c.initiative_id = i.id and c.person_id = ?),
                   coalesce((select string_agg(s.role, ', ' order by s.role) from staffing s
                             where s.initiative_id = i.id and s.person_id = ?), ''),
                   (select count(*) from staffing s where s.initiative_id = i.id and s.communicates_via = ?)
              from initiative i
             where i.team_id = ?
               and (exists (select 1 from cell c where c.initiative_id = i.id and c.person_id = ?)
                 or exists (select 1 from staffing s where s.initiative_id = i.id
                            and (s.person_id = ? or s.communicates_via = ?)))
             order by i.name, i.id""";
    private static final String HELD_CELLS = """
            select c.initiative_id, r.key, c.letters, c.source
              from cell c join responsibility r on r.id = c.responsibility_id
             where c.team_id = ? and c.person_id = ?
             order by c.initiative_id, r.position""";
    private static final String HELD_STAFFING = """
            select initiative_id, role, person_id, communicates_via from staffing
             where team_id = ? and (person_id = ? or communicates_via = ?)
             order by initiative_id, id""";

    private final DataSource dataSource;

    Snapshots(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The whole team, or empty when there is no such team. */
    @Transactional(readOnly = true, isolation = REPEATABLE_READ)
    public Optional<Snapshot.Team> team(long teamId) {
        try (Connection c = dataSource.getConnection()) {
            List<Head> head = new ArrayList<>(1);
            Sql.each(c, TEAM, rs -> head.add(new Head(rs.getString(1), limits(rs), rs.getLong(10), rs.getInt(11))), teamId);
            if (head.isEmpty()) {
                return Optional.empty();
            }
            List<Snapshot.Person> people = new ArrayList<>();
            Sql.each(c, PERSON_COLUMNS + " where team_id = ? order by id", rs -> people.add(person(rs)), teamId);
            Map<Long, Parts> parts = new LinkedHashMap<>();
            Sql.each(c, TEAM_INITIATIVES, rs -> parts.put(rs.getLong(1), new Parts(initiative(rs))), teamId);
            Map<Long, String> keyOf = new HashMap<>();
            Sql.each(c, TEAM_ROWS, rs -> {
                keyOf.put(rs.getLong(2), rs.getString(3));
                parts.get(rs.getLong(1)).rows.add(row(rs, 3));
            }, teamId);
            Sql.each(c, TEAM_STAFFING, rs -> parts.get(rs.getLong(1)).staffing.add(staffed(rs, 2)), teamId);
            Sql.each(c, TEAM_CELLS, rs -> parts.get(rs.getLong(1)).cells.add(cell(keyOf.get(rs.getLong(2)), rs, 3)), teamId);
            List<Snapshot.Availability> availability = new ArrayList<>();
            Sql.each(c, TEAM_AVAILABILITY, rs -> availability.add(availability(rs)), teamId);
            Map<Long, Snapshot.Person> byId = new HashMap<>();
            people.forEach(p -> byId.put(p.id(), p));
            List<Snapshot.Matrix> matrices = parts.values().stream().map(p -> p.matrix(byId::get)).toList();
            Head h = head.get(0);
            return Optional.of(new Snapshot.Team(teamId, h.name(), h.version(), h.limits(), h.horizonWeeks(), people, matrices,
                    availability));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read team " + teamId, e);
        }
    }

    /**
     * One initiative's matrix, or empty when the team has no such initiative: the hottest read of
     * the service, so only what the matrix shows is read, its people by primary key. It needs a
     * connection but no transaction of its own (each statement reads committed data, as in one at
     * READ COMMITTED), which saves the round trip a COMMIT takes; in a caller's transaction it joins it.
     */
    @Connectable
    public Optional<Snapshot.OneMatrix> initiative(long teamId, long initiativeId) {
        try (Connection c = dataSource.getConnection()) {
            List<Parts> found = new ArrayList<>(1);
            String[] teamName = new String[1];
            Map<Long, String> keyOf = new HashMap<>();
            Map<Long, Snapshot.Person> people = new HashMap<>();
            // Rows, staffing, cells and people come only when the initiative does: they are read for its team.
            Sql.eachInTurn(c, MATRIX, List.of(
                    rs -> {
                        found.add(new Parts(initiative(rs)));
                        teamName[0] = rs.getString(11);
                    },
                    rs -> {
                        keyOf.put(rs.getLong(1), rs.getString(2));
                        found.get(0).rows.add(row(rs, 2));
                    },
                    rs -> found.get(0).staffing.add(staffed(rs, 1)),
                    rs -> found.get(0).cells.add(cell(keyOf.get(rs.getLong(1)), rs, 2)),
                    rs -> {
                        Snapshot.Person p = person(rs);
                        people.put(p.id(), p);
                    }),
                    initiativeId, teamId, initiativeId, teamId, initiativeId, teamId, initiativeId, teamId,
                    initiativeId, teamId, initiativeId, teamId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Parts parts = found.get(0);
            // Each statement reads what was committed when it began: someone taken off the roster
            // between the cells and the people is shown without their cells, as a moment later; a
            // row added between the rows and the cells, without its new cells, as a moment earlier.
            parts.staffing.removeIf(s -> !people.containsKey(s.person()));
            parts.cells.removeIf(cell -> cell.responsibility() == null || !people.containsKey(cell.person()));
            return Optional.of(new Snapshot.OneMatrix(teamName[0], parts.matrix(people::get)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read initiative " + initiativeId, e);
        }
    }

    /**
     * The team's version, which every write to the team moves on (see the migration that adds it), or
     * empty when there is no such team. A team nobody has changed yet is at version 0.
     */
    @Transactional(readOnly = true)
    public Optional<Long> version(long teamId) {
        try (Connection c = dataSource.getConnection()) {
            List<Long> found = new ArrayList<>(1);
            Sql.each(c, "select coalesce((select v.version from team_version v where v.team_id = t.id), 0) from team t where t.id = ?",
                    rs -> found.add(rs.getLong(1)), teamId);
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read team " + teamId, e);
        }
    }

    /** Whether there is such a team: for features below the team feature, such as the history. */
    @Transactional(readOnly = true)
    public boolean teamExists(long teamId) {
        try (Connection c = dataSource.getConnection()) {
            boolean[] found = new boolean[1];
            Sql.each(c, "select 1 from team where id = ?", rs -> found[0] = true, teamId);
            return found[0];
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read team " + teamId, e);
        }
    }

    /** Everything the person holds on the team's initiatives, initiatives by name. */
    @Transactional(readOnly = true)
    public Holdings holdings(long teamId, long personId) {
        try (Connection c = dataSource.getConnection()) {
            List<Holdings.Initiative> initiatives = new ArrayList<>();
            Sql.each(c, HELD_ON, rs -> initiatives.add(new Holdings.Initiative(rs.getLong(1), rs.getString(2), rs.getLong(3),
                    rs.getString(4), rs.getLong(5))), personId, personId, personId, teamId, personId, personId, personId);
            List<Holdings.Cell> cells = new ArrayList<>();
            Sql.each(c, HELD_CELLS, rs -> cells.add(new Holdings.Cell(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4))), teamId, personId);
            List<Holdings.Staffed> staffing = new ArrayList<>();
            Sql.each(c, HELD_STAFFING, rs -> staffing.add(new Holdings.Staffed(rs.getLong(1), rs.getString(2), rs.getLong(3),
                    rs.getObject(4, Long.class))), teamId, personId, personId);
            return new Holdings(initiatives, cells, staffing);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read what person " + personId + " holds", e);
        }
    }

    /**
     * The team narrowed to one person: the initiatives where they hold a role or a letter or others
     * communicate via them, whole, and the people on those (the person always among them), read in
     * one transaction; empty when there is no such team. Everything the analysis says about the
     * person depends on these initiatives only, so it says the same as over the whole team.
     */
    @Transactional(readOnly = true, isolation = REPEATABLE_READ)
    public Optional<Snapshot.Team> aroundPerson(long teamId, long personId) {
        try (Connection c = dataSource.getConnection()) {
            return AroundPerson.read(c, teamId, personId);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read what person " + personId + " holds", e);
        }
    }

    /** The team's roster in id order; empty for a team without people (or no such team). */
    @Transactional(readOnly = true)
    public List<Snapshot.Person> people(long teamId) {
        try (Connection c = dataSource.getConnection()) {
            List<Snapshot.Person> people = new ArrayList<>();
            Sql.each(c, PERSON_COLUMNS + " where team_id = ? order by id", rs -> people.add(person(rs)), teamId);
            return people;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the people of team " + teamId, e);
        }
    }

    static Limits limits(ResultSet rs) throws SQLException {
        return new Limits(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                rs.getInt(9));
    }

    /** A window from its columns: person_id, from_date, to_date, capacity_hours, note. */
    static Snapshot.Availability availability(ResultSet rs) throws SQLException {
        return new Snapshot.Availability(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                rs.getBigDecimal(4), rs.getString(5));
    }

    static Snapshot.Person person(ResultSet rs) throws SQLException {
        return new Snapshot.Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getBigDecimal(6), rs.getString(7));
    }

    static Snapshot.Initiative initiative(ResultSet rs) throws SQLException {
        return new Snapshot.Initiative(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                rs.getBigDecimal(8), rs.getLong(9), rs.getString(10));
    }

    static Snapshot.Row row(ResultSet rs, int from) throws SQLException {
        BigDecimal effort = rs.getBigDecimal(from + 3);
        return new Snapshot.Row(rs.getString(from), rs.getString(from + 1), rs.getString(from + 2), effort);
    }

    static Snapshot.Staffed staffed(ResultSet rs, int from) throws SQLException {
        return new Snapshot.Staffed(rs.getString(from), rs.getLong(from + 1), rs.getObject(from + 2, Long.class));
    }

    static Snapshot.Cell cell(String key, ResultSet rs, int from) throws SQLException {
        return new Snapshot.Cell(key, rs.getLong(from), Letters.valueOf(rs.getString(from + 1)), source(rs.getString(from + 2)));
    }

    /** One string per source, not one per cell: a large team has hundreds of thousands of cells in memory. */
    private static String source(String read) {
        return switch (read) {
            case "ROLE" -> "ROLE";
            case "MANUAL" -> "MANUAL";
            default -> read;
        };
    }

    private record Head(String name, Limits limits, long version, int horizonWeeks) {
    }

    /** One initiative while it is read. */
    private static final class Parts {
        final Snapshot.Initiative initiative;
        final List<Snapshot.Row> rows = new ArrayList<>();
        final List<Snapshot.Staffed> staffing = new ArrayList<>();
        final List<Snapshot.Cell> cells = new ArrayList<>();

        Parts(Snapshot.Initiative initiative) {
            this.initiative = initiative;
        }

        Snapshot.Matrix matrix(LongFunction<Snapshot.Person> people) {
            return Snapshot.Matrix.of(initiative, rows, staffing, cells, people);
        }
    }
}
