package org.raciplanner.snapshot;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@link Snapshots#aroundPerson}: the queries of a whole team's read, narrowed to the
 * initiatives a person is on, so that a person's view costs what they hold, not what the team holds.
 */
final class AroundPerson {

    private static final String HELD = """
            select i.id from initiative i
             where i.team_id = ?
               and (exists (select 1 from cell c where c.initiative_id = i.id and c.person_id = ?)
                 or exists (select 1 from staffing s where s.initiative_id = i.id and (s.person_id = ? or s.communicates_via = ?)))""";
    private static final String INITIATIVES = Snapshots.INITIATIVE_COLUMNS
            + " from initiative i where i.team_id = ? and i.id = any(?) order by i.id";
    private static final String ROWS = "select initiative_id, key, name, category, effort_hours from responsibility"
            + " where initiative_id = any(?) order by initiative_id, position";
    private static final String STAFFING = "select initiative_id, role, person_id, communicates_via from staffing"
            + " where initiative_id = any(?) order by id";
    private static final String CELLS = "select c.initiative_id, r.key, c.person_id, c.letters, c.source from cell c"
            + " join responsibility r on r.id = c.responsibility_id where c.initiative_id = any(?)";
    private static final String PEOPLE = Snapshots.PERSON_COLUMNS + " where team_id = ? and id = any(?) order by id";
    private static final String AVAILABILITY = Snapshots.AVAILABILITY_COLUMNS
            + " where team_id = ? and person_id = any(?) order by person_id, from_date";

    private AroundPerson() {
    }

    static Optional<Snapshot.Team> read(Connection c, long teamId, long personId) throws SQLException {
        List<Snapshot.Team> head = new ArrayList<>(1);
        Sql.each(c, Snapshots.TEAM, rs -> head.add(new Snapshot.Team(teamId, rs.getString(1), rs.getLong(10),
                Snapshots.limits(rs), rs.getInt(11), List.of(), List.of(), List.of())), teamId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Long> held = new ArrayList<>();
        Sql.each(c, HELD, rs -> held.add(rs.getLong(1)), teamId, personId, personId, personId);
        Array ids = c.createArrayOf("bigint", held.toArray());
        Map<Long, Snapshot.Initiative> initiatives = new LinkedHashMap<>();
        Sql.eachWith(c, INITIATIVES, rs -> initiatives.put(rs.getLong(1), Snapshots.initiative(rs)), teamId, ids);
        Map<Long, List<Snapshot.Row>> rows = new HashMap<>();
        Sql.eachWith(c, ROWS, rs -> rows.computeIfAbsent(rs.getLong(1), i -> new ArrayList<>()).add(Snapshots.row(rs, 2)), ids);
        Map<Long, List<Snapshot.Staffed>> staffing = new HashMap<>();
        Sql.eachWith(c, STAFFING, rs -> staffing.computeIfAbsent(rs.getLong(1), i -> new ArrayList<>())
                .add(Snapshots.staffed(rs, 2)), ids);
        Map<Long, List<Snapshot.Cell>> cells = new HashMap<>();
        Sql.eachWith(c, CELLS, rs -> cells.computeIfAbsent(rs.getLong(1), i -> new ArrayList<>())
                .add(Snapshots.cell(rs.getString(2), rs, 3)), ids);

        Set<Long> named = new TreeSet<>(List.of(personId));
        staffing.values().forEach(list -> list.forEach(s -> named.add(s.person())));
        cells.values().forEach(list -> list.forEach(cell -> named.add(cell.person())));
        Map<Long, Snapshot.Person> people = new LinkedHashMap<>();
        Array namedIds = c.createArrayOf("bigint", named.toArray());
        Sql.eachWith(c, PEOPLE, rs -> {
            Snapshot.Person p = Snapshots.person(rs);
            people.put(p.id(), p);
        }, teamId, namedIds);
        // their windows too: a person's capacity in a week, and so their load % and overload, depend on them
        List<Snapshot.Availability> availability = new ArrayList<>();
        Sql.eachWith(c, AVAILABILITY, rs -> availability.add(Snapshots.availability(rs)), teamId, namedIds);
        List<Snapshot.Matrix> matrices = initiatives.values().stream().map(i -> {
            List<Snapshot.Staffed> staffed = staffing.getOrDefault(i.id(), List.of());
            List<Snapshot.Cell> holding = cells.getOrDefault(i.id(), List.of());
            return new Snapshot.Matrix(i, rows.getOrDefault(i.id(), List.of()), staffed, holding,
                    Columns.arrange(staffed, holding, people::get));
        }).toList();
        Snapshot.Team team = head.get(0);
        return Optional.of(team.with(List.copyOf(people.values()), matrices).withAvailability(availability));
    }
}
