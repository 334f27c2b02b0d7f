package org.raciplanner.planning;

import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;
import org.raciplanner.snapshot.Snapshot;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.planning.TeamFixture.COMMUNICATION;

/**
 * The difference a change list makes, from the analysis before and after: Dana manages two
 * initiatives and sponsors one of them, at a capacity of 10 h.
 */
class ResultTest {

    private final TeamFixture fixture = TeamFixture.team();
    private final long dana = fixture.person("Dana", 10);
    private final long lee = fixture.person("Lee");
    private final List<Long> crew = fixture.people("Crew", 3);
    private final TeamFixture.Matrix launch = fixture.initiative("Launch").staff("project-manager", dana)
            .staff("sponsor", dana).staff("delivery-team", crew, null);
    private final TeamFixture.Matrix other = fixture.initiative("Other").staff("project-manager", dana);
    private final Snapshot.Team team = fixture.build();

    private final List<Change> relieveDana = List.of(
            new Unstaff(launch.id(), "sponsor", PersonRef.of(dana)),
            new MoveCell(launch.id(), COMMUNICATION, PersonRef.of(dana), PersonRef.of(lee)),
            new AddPerson("new:ana", "Ana", "ana@example.com", null, null, null));

    @Test
    void matchesWarningsByIdSoASeverityThatMovesIsAChangeNotANewFinding() {
        Result result = evaluate(relieveDana);
        Result.Changed overload = result.warnings().changed().stream()
                .filter(c -> c.after().code().equals("CAPACITY_OVERLOAD") && c.after().personId() == dana).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, overload.before().severity());
        assertEquals(Severity.WARNING, overload.after().severity());
        assertEquals(overload.before().id(), overload.after().id());
        assertTrue(codes(result.warnings().resolved()).contains("ROLE_CONFLICT"), "project manager + sponsor");
        assertTrue(codes(result.warnings().introduced()).contains("UNASSIGNED_PERSON"), "Ana holds no letter yet");
    }

    @Test
    void everyFindingBeforeAndAfterIsCountedOnce() {
        Analysis.Report before = Analysis.report(TeamFixture.facts(team));
        Applied applied = Changes.apply(team, TeamFixture.templates(), relieveDana);
        Analysis.Report after = Analysis.report(TeamFixture.facts(applied.after()));
        Result.Warnings w = Result.of(applied, before, after).warnings();
        assertEquals(before.warnings().size(), w.resolved().size() + w.changed().size() + w.unchanged());
        assertEquals(after.warnings().size(), w.introduced().size() + w.changed().size() + w.unchanged());
        assertTrue(w.unchanged() > 0);
    }

    @Test
    void listsTheLoadOfEveryoneWhoseLoadMovesAndNobodyElse() {
        Result result = evaluate(relieveDana);
        assertEquals(Set.of(dana, lee, -1L), result.workload().stream().map(Result.LoadChange::person).collect(Collectors.toSet()),
                "the crew's letters stay, and so does their load");
        Result.LoadChange danas = result.workload().stream().filter(l -> l.person() == dana).findFirst().orElseThrow();
        assertTrue(danas.after().loadHours() < danas.before().loadHours(), danas.toString());
        Result.LoadChange ana = result.workload().stream().filter(l -> l.person() == -1).findFirst().orElseThrow();
        assertEquals("new:ana", ana.ref());
        assertNull(ana.before());
        assertEquals(new Result.Load(0, 0.0, 0.0, java.time.LocalDate.of(2027, 1, 4)), ana.after());
    }

    @Test
    void listsEveryCellThatChangesWithItsLettersBeforeAndAfter() {
        Result result = evaluate(relieveDana);
        assertEquals(List.of(
                new Result.CellChange(launch.id(), "budget", dana, Letters.RA, Letters.R),
                new Result.CellChange(launch.id(), COMMUNICATION, dana, Letters.RA, null),
                new Result.CellChange(launch.id(), COMMUNICATION, lee, null, Letters.RA)), result.cells());
    }

    @Test
    void countsTheErrorsBeforeAndAfter() {
        Result result = evaluate(relieveDana);
        assertEquals(new Result.Errors(2, 2), result.errors(), "Dana's overload drops to a WARNING, but without a sponsor"
                + " Launch's budget has nobody accountable, as Other's never had");
        assertTrue(result.warnings().introduced().stream().anyMatch(w -> w.code().equals("NO_ACCOUNTABLE")
                && w.initiativeId() == launch.id() && w.responsibility().equals("budget")), result.warnings().introduced().toString());
        Result nothing = evaluate(List.of());
        assertEquals(List.of(), nothing.cells());
        assertEquals(List.of(), nothing.workload());
        assertEquals(0, nothing.warnings().resolved().size() + nothing.warnings().introduced().size()
                + nothing.warnings().changed().size());
    }

    private Result evaluate(List<Change> changes) {
        Applied applied = Changes.apply(team, TeamFixture.templates(), changes);
        return Result.of(applied, Analysis.report(TeamFixture.facts(team)), Analysis.report(TeamFixture.facts(applied.after())));
    }

    private static Set<String> codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).collect(Collectors.toSet());
    }
}
