package org.raciplanner.planning.fix;

import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Limits;
import org.raciplanner.planning.AddResponsibility;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.PersonRef;
import org.raciplanner.planning.SetCell;
import org.raciplanner.planning.SetCommunicatesVia;
import org.raciplanner.snapshot.Snapshot;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generators for the findings of one row or one initiative, each over a small team. */
class RowFixesTest {

    private final FixFixture f = FixFixture.team();
    private final long lee = f.person("Lee");
    private final long sam = f.person("Sam");
    private final List<Long> crew = f.people("Crew", 6, false);

    @Test
    void twoOwnersKeepTheOneTheTemplateMakesOwnerAndTheOtherIsConsulted() {
        long atlas = f.initiative("Atlas", FixFixture.PRODUCT).staff("product-manager", lee).staff("product-owner", sam)
                .staff("delivery-team", crew).cell("backlog", lee, Letters.A).id();
        Suggestion first = first("MULTIPLE_ACCOUNTABLE");
        assertEquals(List.of(new SetCell(atlas, "backlog", PersonRef.of(lee), Letters.C)), first.changes(),
                "the product owner owns the backlog in the template");
    }

    @Test
    void aCrowdPlayingTheOwnersRoleIsCutToOneWhichClearsEveryRowItOwns() {
        f.initiative("Launch", FixFixture.DELIVERY).staff("project-manager", lee).staff("sponsor", crew.subList(0, 3))
                .staff("delivery-team", crew.subList(3, 6));
        Snapshot.Team team = f.build();
        org.raciplanner.analysis.Analysis.Report report = FixFixture.analysis().apply(team);
        org.raciplanner.analysis.Warning owners = report.warnings().stream().filter(w -> w.code().equals("MULTIPLE_ACCOUNTABLE"))
                .findFirst().orElseThrow();
        Candidate cut = new RowFixes.MultipleAccountable().propose(owners, new Search(FixFixture.evaluator(), FixFixture.budget(),
                State.of(team, report), java.util.Set.of(), 2)).get(0);
        assertEquals("Crew 2, Crew 3 are no longer sponsor on Launch, leaving Crew 1 the only one", cut.steps().get(0).text());
        assertTrue(cut.changes().stream().allMatch(c -> c instanceof org.raciplanner.planning.Unstaff u && u.role().equals("sponsor")),
                cut.changes().toString());
    }

    @Test
    void aRowNobodyDoesGoesToWhomTheTemplateGivesIt() {
        FixFixture.Matrix launch = f.initiative("Launch", FixFixture.DELIVERY).staff("project-manager", lee)
                .staff("project-coordinator", sam).staff("sponsor", crew.get(0)).staff("delivery-team", crew.subList(1, 6))
                .cell("status-reports", lee, Letters.A).cell("status-reports", sam, Letters.C);
        List<Suggestion> suggestions = all("NO_RESPONSIBLE");
        assertTrue(suggestions.stream().anyMatch(s -> s.changes().equals(List.of(new SetCell(launch.id(), "status-reports",
                PersonRef.of(sam), Letters.R)))), suggestions.toString());
    }

    @Test
    void tooManyConsultedStepsDownThoseTheTemplateDidNotConsult() {
        f.limits(new Limits(12, 2, 2, 3, 20, 100, 150, 60));
        FixFixture.Matrix atlas = f.initiative("Atlas", FixFixture.PRODUCT).staff("product-manager", lee).staff("product-owner", sam)
                .staff("delivery-team", crew);
        crew.subList(0, 3).forEach(p -> atlas.cell("roadmap", p, Letters.C));
        Suggestion first = first("TOO_MANY_CONSULTED");
        assertEquals(2, first.changes().size());
        assertTrue(first.changes().stream().allMatch(c -> c instanceof SetCell s && s.letters() == Letters.I
                && crew.contains(s.person().id())), first.changes().toString());
    }

    @Test
    void tooManyResponsibleMakesTheSurplusConsulted() {
        f.limits(new Limits(12, 2, 5, 1, 20, 100, 150, 60));
        FixFixture.Matrix atlas = f.initiative("Atlas", FixFixture.PRODUCT).staff("product-manager", lee).staff("product-owner", sam)
                .staff("delivery-team", crew);
        crew.subList(0, 2).forEach(p -> atlas.cell("roadmap", p, Letters.R));
        Suggestion first = first("TOO_MANY_RESPONSIBLE");
        assertEquals(2, first.changes().size());
        assertTrue(first.changes().stream().allMatch(c -> c instanceof SetCell s && s.letters() == Letters.C), first.changes().toString());
    }

    @Test
    void anUnstaffedRoleGoesToSomeoneAlreadyOnTheInitiative() {
        f.initiative("Launch", FixFixture.DELIVERY).staff("project-manager", lee).staff("delivery-team", crew.subList(0, 3));
        Suggestion first = first("UNSTAFFED_ROLE");
        assertTrue(first.title().startsWith("Crew 1 is staffed as sponsor on Launch"), first.title());
    }

    @Test
    void anExistingCoordinatorWithRoomTakesTheRemoteMembersFirst() {
        List<Long> remote = f.people("Remote", 22, true);
        FixFixture.Matrix launch = f.initiative("Launch", FixFixture.DELIVERY).staff("project-manager", lee).staff("sponsor", sam)
                .staff("project-coordinator", crew.get(0)).staff("delivery-team", crew.subList(1, 3)).staff("delivery-team", remote);
        Suggestion first = first("COMMUNICATION_SPAN");
        List<Change> expected = remote.subList(0, 6).stream().<Change>map(p -> new SetCommunicatesVia(launch.id(), PersonRef.of(p),
                PersonRef.of(crew.get(0)))).toList();
        assertEquals(expected, first.changes(), "span 26 (sponsor, coordinator, 2 crew, 22 remote) less 6 is the limit, 20");
    }

    @Test
    void aMissingRowIsAddedAndOwnedByTheInitiativesMainOwner() {
        FixFixture.Matrix plain = f.initiative("Plain", null).row("project-plan").cell("project-plan", lee, Letters.RA);
        List<Suggestion> suggestions = all("MISSING_RESPONSIBILITY");
        Suggestion first = suggestions.get(0);
        assertEquals(new AddResponsibility(plain.id(), "budget", "Budget", null, null), first.changes().get(0));
        assertEquals(new SetCell(plain.id(), "budget", PersonRef.of(lee), Letters.RA), first.changes().get(1));
        assertTrue(first.result().warnings().resolved().stream().anyMatch(w -> w.code().equals("MISSING_RESPONSIBILITY")));
    }

    @Test
    void aPersonWithoutLettersTakesARoleNobodyPlays() {
        long idle = f.person("Idle");
        f.initiative("Launch", FixFixture.DELIVERY).staff("project-manager", lee).staff("delivery-team", crew);
        Suggestion first = all("UNASSIGNED_PERSON").stream().filter(s -> s.warning().personId() == idle).findFirst().orElseThrow();
        assertTrue(first.title().startsWith("Idle is staffed as sponsor on Launch"), first.title());
        assertInstanceOf(org.raciplanner.planning.Staff.class, first.changes().get(0));
    }

    private Suggestion first(String code) {
        return all(code).get(0);
    }

    private List<Suggestion> all(String code) {
        Snapshot.Team team = f.build();
        return new Suggestions(FixFixture.evaluator()).suggest(team, FixFixture.analysis().apply(team),
                w -> w.code().equals(code), FixFixture.budget());
    }
}
