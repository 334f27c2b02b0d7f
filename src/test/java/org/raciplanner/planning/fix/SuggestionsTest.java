package org.raciplanner.planning.fix;

import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Result;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The startup's suggestions, over a team with the shipped templates' letters (the done-when of issue 16, without HTTP). */
class SuggestionsTest {

    private final FixFixture.Startup startup = FixFixture.startup();
    private final List<Suggestion> all = new Suggestions(FixFixture.evaluator())
            .suggest(startup.team(), startup.report(), w -> true, FixFixture.budget());

    @Test
    void danasOverloadHasASuggestionThatClearsItAndOverloadsNobody() {
        assertTrue(forCode("CAPACITY_OVERLOAD").stream().anyMatch(this::clearsItAndOverloadsNobody), titles("CAPACITY_OVERLOAD"));
    }

    @Test
    void eachOfDanasRoleConflictsHasOne() {
        Map<String, List<Suggestion>> byWarning = forCode("ROLE_CONFLICT").stream()
                .collect(Collectors.groupingBy(s -> s.warning().id()));
        assertEquals(2, byWarning.size(), byWarning.keySet().toString());
        byWarning.forEach((id, suggestions) -> assertTrue(suggestions.stream().anyMatch(this::clearsItAndOverloadsNobody), id));
    }

    @Test
    void theSpanHasOneRoutingTheRemotePeopleViaACoordinator() {
        List<Suggestion> span = forCode("COMMUNICATION_SPAN");
        assertTrue(span.stream().anyMatch(this::clearsItAndOverloadsNobody), titles("COMMUNICATION_SPAN"));
        assertTrue(span.get(0).title().contains("project coordinator") && span.get(0).title().contains("Remote 1"), span.get(0).title());
        assertEquals(8, span.get(0).changes().size(), "staffing the coordinator and 7 people via them bring 27 down to 20");
    }

    @Test
    void theBudgetGetsTheSponsorTheTemplateMakesItsOwner() {
        Suggestion first = forCode("NO_ACCOUNTABLE").get(0);
        assertEquals(List.of("staff"), first.changes().stream().map(c -> c.type()).toList());
        assertTrue(first.title().startsWith("Local 1 is staffed as sponsor on Atlas launch"), first.title());
    }

    @Test
    void noSuggestionIntroducesAnErrorOrAConflictAndNoneIsOfferedMoreThanThreeTimes() {
        for (Suggestion s : all) {
            assertEquals(0, s.result().warnings().introduced().stream().filter(w -> w.severity() == Severity.ERROR).count(), s.title());
            assertTrue(s.result().warnings().introduced().stream().noneMatch(w -> w.code().equals("ROLE_CONFLICT")), s.title());
            assertTrue(s.result().errors().after() <= s.result().errors().before(), s.title());
        }
        all.stream().collect(Collectors.groupingBy(s -> s.warning().id(), Collectors.counting()))
                .forEach((id, n) -> assertTrue(n <= Suggestions.PER_WARNING, id + ": " + n));
    }

    @Test
    void eachResultIsWhatTheAnalysisOfTheWholeTeamFinds() {
        assertFalse(all.isEmpty());
        for (Suggestion s : all) {
            assertEquals(FixFixture.evaluator().whole(startup.team(), startup.report(), s.changes()).result(), s.result(), s.title());
        }
    }

    @Test
    void titlesSayWhoTakesWhatAndWhatItCostsThem() {
        Suggestion first = forCode("CAPACITY_OVERLOAD").get(0);
        assertTrue(first.title().matches(".*Local \\d+: 1 % → \\d+ %.*"), first.title());
        assertTrue(first.title().contains("— Dana: 296 % → "), first.title());
    }

    @Test
    void aFilterKeepsOnlyTheWarningsItNames() {
        List<Suggestion> danas = new Suggestions(FixFixture.evaluator()).suggest(startup.team(), startup.report(),
                w -> w.code().equals("ROLE_STACKING"), FixFixture.budget());
        assertFalse(danas.isEmpty());
        assertTrue(danas.stream().allMatch(s -> s.warning().code().equals("ROLE_STACKING")));
    }

    private boolean clearsItAndOverloadsNobody(Suggestion s) {
        boolean cleared = s.result().warnings().resolved().stream().anyMatch(w -> w.id().equals(s.warning().id()));
        return cleared && overloaded(s.result()).isEmpty();
    }

    /** Everyone the changes make busier and leave with a CAPACITY_OVERLOAD. */
    static List<Long> overloaded(Result result) {
        java.util.Set<Long> over = new java.util.HashSet<>();
        result.warnings().introduced().stream().filter(w -> w.code().equals("CAPACITY_OVERLOAD")).forEach(w -> over.add(w.personId()));
        result.warnings().changed().stream().map(Result.Changed::after).filter(w -> w.code().equals("CAPACITY_OVERLOAD"))
                .forEach(w -> over.add(w.personId()));
        return result.workload().stream().filter(l -> over.contains(l.person()))
                .filter(l -> l.before() == null || l.after().loadHours() > l.before().loadHours()).map(Result.LoadChange::person).toList();
    }

    private List<Suggestion> forCode(String code) {
        return all.stream().filter(s -> s.warning().code().equals(code)).toList();
    }

    private String titles(String code) {
        return forCode(code).stream().map(Suggestion::title).collect(Collectors.joining("\n"));
    }

    static Warning only(List<Warning> warnings, String code) {
        return warnings.stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow();
    }
}
