package org.raciplanner.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** Runs a read and hands each row to a handler: the few lines every query of the read model shares. */
final class Sql {

    /** Large teams have tens of thousands of cells; fetch them in batches rather than all at once. */
    private static final int FETCH_SIZE = 10_000;

    private Sql() {
    }

    @FunctionalInterface
    interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    static void each(Connection c, String sql, RowHandler handler, long... parameters) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setLong(i + 1, parameters[i]);
            }
            run(q, handler);
        }
    }

    /** A query with parameters of any type the driver knows (numbers, {@code OffsetDateTime}s, arrays). */
    static void eachWith(Connection c, String sql, RowHandler handler, Object... parameters) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            run(q, handler);
        }
    }

    /** A query whose one parameter is an array of ids ({@code = any(?)}). */
    static void eachOf(Connection c, String sql, Collection<Long> ids, RowHandler handler) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            run(q, handler);
        }
    }

    /**
     * Several queries sent to the database together, in one round trip, each one's rows handed to
     * its handler in turn. The parameters are all the queries' in order.
     */
    static void eachInTurn(Connection c, String queries, List<RowHandler> handlers, long... parameters) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(queries)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setLong(i + 1, parameters[i]);
            }
            boolean rows = q.execute();
            for (RowHandler handler : handlers) {
                if (!rows) {
                    throw new SQLException("Expected " + handlers.size() + " queries' rows in: " + queries);
                }
                try (ResultSet rs = q.getResultSet()) {
                    while (rs.next()) {
                        handler.accept(rs);
                    }
                }
                rows = q.getMoreResults();
            }
        }
    }

    private static void run(PreparedStatement q, RowHandler handler) throws SQLException {
        q.setFetchSize(FETCH_SIZE);
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                handler.accept(rs);
            }
        }
    }
}
