package org.raciplanner.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL JDBC URL split where the database name sits, so the name can be swapped. */
record JdbcUrl(String prefix, String database, String suffix) {

    private static final Pattern FORM = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(.*)");

    static JdbcUrl parse(String url) {
        Matcher m = FORM.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + url);
        }
        return new JdbcUrl(m.group(1), m.group(2).isEmpty() ? "postgres" : m.group(2), m.group(3));
    }

    JdbcUrl withDatabase(String name) {
        return new JdbcUrl(prefix, name, suffix);
    }

    @Override
    public String toString() {
        return prefix + database + suffix;
    }
}
