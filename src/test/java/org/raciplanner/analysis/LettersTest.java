package org.raciplanner.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LettersTest {

    @ParameterizedTest
    @ValueSource(strings = {"RA", "AR", "ar", "a/r", "A/R", "a, r", "R, A", " r a ", "R+A"})
    void readsEveryWayOfWritingAccountableAndResponsibleAsRA(String typed) {
        assertEquals(Letters.RA, Letters.parse(typed));
    }

    @Test
    void readsSingleLettersWithoutCase() {
        assertEquals(Letters.R, Letters.parse("r"));
        assertEquals(Letters.A, Letters.parse(" A "));
        assertEquals(Letters.C, Letters.parse("c"));
        assertEquals(Letters.I, Letters.parse("I"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X", "Z", "AC", "RC", "RACI", "CI", "1", "é"})
    void refusesAnythingElseNamingTheAllowedValues(String typed) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Letters.parse(typed));
        assertTrue(e.getMessage().contains("R, A, C, I, RA"), e.getMessage());
        assertTrue(e.getMessage().contains(typed.strip()), e.getMessage());
    }

    @Test
    void refusesBlank() {
        assertThrows(IllegalArgumentException.class, () -> Letters.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> Letters.parse(null));
    }

    @Test
    void mergesTwoRolesOfOnePersonToTheStrongestLetter() {
        assertEquals(Letters.RA, Letters.A.merge(Letters.R));
        assertEquals(Letters.RA, Letters.R.merge(Letters.A));
        assertEquals(Letters.A, Letters.A.merge(Letters.C));
        assertEquals(Letters.R, Letters.C.merge(Letters.R));
        assertEquals(Letters.C, Letters.I.merge(Letters.C));
        assertEquals(Letters.RA, Letters.RA.merge(Letters.I));
        assertEquals(Letters.RA, Letters.C.merge(Letters.RA));
    }

    @Test
    void knowsWhoIsAccountableAndWhoDoesTheWork() {
        assertTrue(Letters.RA.accountable());
        assertTrue(Letters.RA.responsible());
        assertTrue(Letters.A.accountable());
        assertFalse(Letters.A.responsible());
        assertFalse(Letters.C.accountable());
    }
}
