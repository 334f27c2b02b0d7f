package org.raciplanner.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baselines: plain JDBC with no framework and no pool, on one connection opened up front,
 * reading the rows the analysis reads and inserting people.
 */
final class PlainJdbc implements AutoCloseable {

    private static final String[] TEAM_QUERIES = {
            "select max_accountable, max_roles from team where id = ?",
            "select id, name, capacity_hours from person where team_id = ?",
            "select id, name, kind, template_key from initiative where team_id = ?",
            "select initiative_id, key, name, effort_hours from responsibility where team_id = ?",
            "select initiative_id, role, person_id, communicates_via from staffing where team_id = ?",
            "select c.initiative_id, r.key, c.person_id, c.letters from cell c join responsibility r on r.id = c.responsibility_id"
                    + " where c.team_id = ?"};

    private final Connection c;

    PlainJdbc(String url, String user, String password) throws SQLException {
        this.c = DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }

    /**
     * Vacuums the database and gathers its statistics, as autovacuum does on its own some time
     * after a burst of writes: the figures then measure the team as a database that has lived with
     * it holds it, not autovacuum's pass over tables just written.
     */
    void settle() throws SQLException {
        try (Statement q = c.createStatement()) {
            q.execute("vacuum analyze");
        }
    }

    long count(String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Each initiative's first and last moment in the history, in epoch milliseconds. */
    Map<Long, long[]> lifetimes(long teamId) throws SQLException {
        Map<Long, long[]> lifetimes = new TreeMap<>();
        try (PreparedStatement q = c.prepareStatement("select initiative_id, min(at), max(at) from history"
                + " where team_id = ? and initiative_id is not null group by initiative_id")) {
            q.setLong(1, teamId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    lifetimes.put(rs.getLong(1), new long[]{rs.getTimestamp(2).getTime(), rs.getTimestamp(3).getTime()});
                }
            }
        }
        return lifetimes;
    }

    /** Reads every column of every row the snapshot needs; answers a checksum so nothing is optimised away. */
    long readTeam(long teamId) throws SQLException {
        long sum = 0;
        c.setAutoCommit(false); // a fetch size only streams inside a transaction
        try {
            for (String sql : TEAM_QUERIES) {
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    q.setLong(1, teamId);
                    q.setFetchSize(10_000);
                    try (ResultSet rs = q.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                Object value = rs.getObject(i);
                                sum += value == null ? 0 : value.hashCode();
                            }
                        }
                    }
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        return sum;
    }

    void insertPeople(long teamId, int count) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement q = c.prepareStatement(
                "insert into person (team_id, name, email, capacity_hours) values (?, ?, ?, 40)")) {
            for (int i = 0; i < count; i++) {
                q.setLong(1, teamId);
                q.setString(2, "Imported person " + i);
                q.setString(3, "imported" + i + "@bench.example");
                q.addBatch();
            }
            q.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }
}
