package org.raciplanner.database;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JdbcUrlTest {

    @Test
    void swapsTheDatabaseKeepingHostAndParameters() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db.internal:5433/raci?sslmode=require");
        assertEquals("raci", url.database());
        assertEquals("jdbc:postgresql://db.internal:5433/raci_t1?sslmode=require", url.withDatabase("raci_t1").toString());
    }

    @Test
    void refusesWhatIsNotAPostgresUrl() {
        assertThrows(IllegalArgumentException.class, () -> JdbcUrl.parse("jdbc:h2:mem:x"));
    }
}
