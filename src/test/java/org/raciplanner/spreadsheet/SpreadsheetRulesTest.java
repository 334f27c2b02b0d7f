package org.raciplanner.spreadsheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small rules of the workbook: what counts as formula-like text, markers, names. */
class SpreadsheetRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tTab", "\rReturn"})
    void treatsTextStartingLikeAFormulaAsDangerous(String text) {
        assertTrue(Cells.looksLikeFormula(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Dana", "1+1", " =1", "a=b", "R&D"})
    void leavesOrdinaryTextAlone(String text) {
        assertFalse(Cells.looksLikeFormula(text));
    }

    @Test
    void markerAndBaseSurviveTheRoundTrip() {
        assertEquals(Optional.of(new MatrixLayout.Marker(12, 37)), MatrixLayout.parseMarker(MatrixLayout.marker(12, 37)));
        assertEquals(Optional.empty(), MatrixLayout.parseMarker("raci-planner matrix; initiative=x; version=1"));
        Map<Long, String> letters = new LinkedHashMap<>();
        letters.put(12L, "RA");
        letters.put(15L, "C");
        String base = MatrixLayout.base("budget", letters);
        assertEquals("budget|12:RA,15:C", base);
        assertEquals(Optional.of(new MatrixLayout.Base("budget", letters)), MatrixLayout.parseBase(base));
        assertEquals(Optional.of(new MatrixLayout.Base("budget", Map.of())), MatrixLayout.parseBase("budget|"));
        assertEquals(Optional.empty(), MatrixLayout.parseBase("budget|x:RA"));
        assertEquals(Optional.empty(), MatrixLayout.parseBase("Total A"));
    }

    @Test
    void findsTheEmailInAPersonHeader() {
        assertEquals(Optional.of("dana@acme.example"), MatrixLayout.emailIn("Dana\n dana@acme.example \nproject-manager"));
        assertEquals(Optional.empty(), MatrixLayout.emailIn("Dana"));
    }

    @Test
    void checkTextNamesEveryBrokenRule() {
        assertEquals("", MatrixSheet.check(1, 1));
        assertEquals("No A", MatrixSheet.check(0, 2));
        assertEquals("2 A's", MatrixSheet.check(2, 1));
        assertEquals("No A, No R", MatrixSheet.check(0, 0));
        assertEquals("3 A's, No R", MatrixSheet.check(3, 0));
        assertEquals("No R", MatrixSheet.check(1, 0));
    }

    @Test
    void downloadNamesAreSafeSlugs() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertEquals("acme-raci-2026-11-23.xlsx", FileNames.team("Acme", day));
        assertEquals("munchen-ag-atlas-launch-raci-2026-11-23.xlsx", FileNames.initiative("München AG", "Atlas: launch!", day));
        assertEquals("team-initiative-raci-2026-11-23.xlsx", FileNames.initiative("\"/..\"", "日本", day));
    }

    @Test
    void sheetNamesStayWithinExcelsRules() {
        SheetNames names = new SheetNames();
        names.reserve("Legend");
        assertEquals("legend (2)", names.next("legend"));
        assertEquals("History (2)", names.next("History"));
        assertEquals("a_b_c_d_e_f_g", names.next("a/b\\c?d*e[f]g"));
        assertEquals("Sheet", names.next("''"));
        assertEquals(31, names.next("x".repeat(40)).length());
        assertEquals("xxxxxxxxxxxxxxxxxxxxxxxxxxx (2)", names.next("x".repeat(40)));
    }
}
