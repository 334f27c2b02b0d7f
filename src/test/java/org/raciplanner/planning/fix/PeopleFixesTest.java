package org.raciplanner.planning.fix;

import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Limits;
import org.raciplanner.planning.Staff;
import org.raciplanner.snapshot.Snapshot;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generators for what one person holds: too much work, too many owned rows or roles, a whole initiative. */
class PeopleFixesTest {

    private final FixFixture f = FixFixture.team();
    private final long dana = f.person("Dana");
    private final List<Long> crew = f.people("Crew", 8, false);

    @Test
    void nobodyGetsARoleThatConflictsWithOneTheyHold() {
        long lee = f.person("Lee");
        f.initiative("Atlas", FixFixture.PRODUCT).staff("product-manager", dana).staff("product-owner", dana).staff("delivery-team", lee);
        f.initiative("Other", FixFixture.PRODUCT).staff("product-owner", lee).staff("product-manager", crew.get(0));
        for (Suggestion s : all("ROLE_CONFLICT")) {
            assertFalse(s.changes().stream().anyMatch(c -> c instanceof Staff st && st.person().id() == lee
                    && st.role().equals("product-manager")), s.title());
        }
    }

    @Test
    void anOverloadGoesToSomeoneWithRoomRatherThanOverloadAColleague() {
        long olga = f.person("Olga");
        f.initiative("Launch", FixFixture.DELIVERY).staff("project-manager", dana).staff("sponsor", crew.get(0))
                .staff("delivery-team", crew.subList(1, 8));
        Snapshot.Team team = withCapacity(withCapacity(f.build(), crew, 2), List.of(dana), 10);
        List<Suggestion> suggestions = new Suggestions(FixFixture.evaluator()).suggest(team, FixFixture.analysis().apply(team),
                w -> w.code().equals("CAPACITY_OVERLOAD") && w.personId() == dana, FixFixture.budget());
        Suggestion first = suggestions.get(0);
        assertTrue(SuggestionsTest.overloaded(first.result()).isEmpty(), first.title());
        assertTrue(first.title().contains("Olga"), "the crew has 2 h each: " + first.title());
        assertTrue(olga > 0);
    }

    @Test
    void anOverloadNoSixMovesCanClearIsGivenUpOnceTheMovesLeftCannotCoverIt() {
        for (int i = 0; i < 12; i++) {
            f.initiative("Launch " + i, FixFixture.DELIVERY).staff("project-manager", dana).staff("delivery-team", crew);
        }
        Snapshot.Team team = f.build();
        org.raciplanner.analysis.Analysis.Report report = FixFixture.analysis().apply(team);
        org.raciplanner.analysis.Warning overload = report.warnings().stream()
                .filter(w -> w.code().equals("CAPACITY_OVERLOAD") && w.personId() == dana).findFirst().orElseThrow();
        Search search = new Search(FixFixture.evaluator(), FixFixture.budget(), State.of(team, report), java.util.Set.of(), 1);
        Candidate roles = new OverloadFix().recipes(overload, search).get(0).get();
        assertTrue(roles.steps().size() < OverloadFix.MAX_STEPS, "12 project managements, one handed a move: " + roles.steps());
        assertTrue(all("CAPACITY_OVERLOAD").stream().noneMatch(s -> s.warning().personId() == dana), "none clears it");
    }

    @Test
    void tooManyOwnedRowsAreClearedByHandingARole() {
        f.limits(new Limits(3, 2, 5, 3, 20, 100, 150, 60));
        f.initiative("Atlas", FixFixture.PRODUCT).staff("product-manager", dana).staff("delivery-team", crew);
        Suggestion first = all("ACCOUNTABILITY_OVERLOAD").get(0);
        assertTrue(first.result().warnings().resolved().stream().anyMatch(w -> w.code().equals("ACCOUNTABILITY_OVERLOAD")), first.title());
    }

    @Test
    void aSinglePointOfFailureHandsEnoughOfTheInitiative() {
        f.initiative("Atlas", FixFixture.PRODUCT).staff("product-manager", dana).staff("product-owner", dana).staff("delivery-team", crew);
        List<Suggestion> spof = all("SINGLE_POINT_OF_FAILURE");
        assertFalse(spof.isEmpty());
        assertTrue(spof.stream().allMatch(s -> s.result().warnings().resolved().stream()
                .anyMatch(w -> w.id().equals(s.warning().id()))), spof.toString());
    }

    @Test
    void stackedRolesGoUntilTheLimitIsMet() {
        f.initiative("Atlas", FixFixture.PRODUCT).staff("product-manager", dana).staff("product-owner", dana).staff("delivery-team", crew);
        f.initiative("Launch", FixFixture.DELIVERY).staff("sponsor", dana).staff("project-manager", crew.get(0));
        Suggestion first = all("ROLE_STACKING").get(0);
        assertTrue(first.result().warnings().resolved().stream().anyMatch(w -> w.code().equals("ROLE_STACKING")), first.title());
    }

    private List<Suggestion> all(String code) {
        Snapshot.Team team = f.build();
        return new Suggestions(FixFixture.evaluator()).suggest(team, FixFixture.analysis().apply(team),
                w -> w.code().equals(code), FixFixture.budget());
    }

    /** The team with those people's capacity set, so they are nearly full. */
    private static Snapshot.Team withCapacity(Snapshot.Team team, List<Long> people, double hours) {
        return team.with(team.people().stream()
                .map(p -> people.contains(p.id()) ? new Snapshot.Person(p.id(), p.name(), p.email(), p.title(), p.remote(),
                        java.math.BigDecimal.valueOf(hours)) : p).toList(), team.matrices());
    }
}
