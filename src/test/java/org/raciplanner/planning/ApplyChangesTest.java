package org.raciplanner.planning;

import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.planning.TeamFixture.COMMUNICATION;

/** Each change type applied to a team in memory, as the write paths would change the database. */
class ApplyChangesTest {

    private final TeamFixture fixture = TeamFixture.team();
    private final long dana = fixture.person("Dana");
    private final long lee = fixture.person("Lee");
    private final long sam = fixture.person("Sam");
    private final List<Long> crew = fixture.people("Crew", 3);
    private final TeamFixture.Matrix launch = fixture.initiative("Launch").staff("project-manager", dana)
            .staff("delivery-team", crew, null);
    private final TeamFixture.Matrix other = fixture.initiative("Other").staff("project-manager", lee);
    private final Snapshot.Team team = fixture.build();

    @Test
    void setCellSetsByHandAndClearsWithNoLetters() {
        Applied applied = apply(new SetCell(launch.id(), "budget", PersonRef.of(lee), Letters.A),
                new SetCell(launch.id(), "plan", PersonRef.of(crew.get(0)), null));
        assertEquals(cell("budget", lee, Letters.A, "MANUAL"), cellOf(applied.after(), launch.id(), "budget", lee));
        assertNull(cellOf(applied.after(), launch.id(), "plan", crew.get(0)), "Crew 1's derived C is cleared");
        assertEquals(List.of(new Effect.Cell(launch.id(), "budget", lee, Letters.A),
                new Effect.Cell(launch.id(), "plan", crew.get(0), null)), applied.effects());
    }

    @Test
    void setCellPinsADerivedCellEvenWithTheSameLettersAsTheMatrixApiDoes() {
        Applied applied = apply(new SetCell(launch.id(), "plan", PersonRef.of(dana), Letters.RA),
                new Unstaff(launch.id(), "project-manager", PersonRef.of(dana)));
        assertEquals(cell("plan", dana, Letters.RA, "MANUAL"), cellOf(applied.after(), launch.id(), "plan", dana),
                "set by hand, it stays when Dana leaves the role");
        assertNull(cellOf(applied.after(), launch.id(), "budget", dana), "her derived R on the budget goes with the role");
    }

    @Test
    void moveCellHandsTheLettersOverMergingWithWhatTheTakerHolds() {
        Applied applied = apply(new SetCell(launch.id(), COMMUNICATION, PersonRef.of(lee), Letters.R),
                new MoveCell(launch.id(), "risk", PersonRef.of(dana), PersonRef.of(lee)),
                new MoveCell(launch.id(), COMMUNICATION, PersonRef.of(dana), PersonRef.of(lee)));
        assertNull(cellOf(applied.after(), launch.id(), "risk", dana));
        assertEquals(cell("risk", lee, Letters.A, "MANUAL"), cellOf(applied.after(), launch.id(), "risk", lee));
        assertEquals(cell(COMMUNICATION, lee, Letters.RA, "MANUAL"), cellOf(applied.after(), launch.id(), COMMUNICATION, lee),
                "Lee's R merged with Dana's RA");
    }

    @Test
    void staffDerivesTheTemplatesLettersMergingRolesAndKeepsCellsSetByHand() {
        Applied applied = apply(new SetCell(launch.id(), "budget", PersonRef.of(sam), Letters.I),
                new Staff(launch.id(), "sponsor", PersonRef.of(sam)),
                new Staff(launch.id(), "sponsor", PersonRef.of(dana)));
        assertEquals(cell("budget", sam, Letters.I, "MANUAL"), cellOf(applied.after(), launch.id(), "budget", sam),
                "the sponsor's A does not overwrite Sam's hand-set I");
        assertEquals(cell("budget", dana, Letters.RA, "ROLE"), cellOf(applied.after(), launch.id(), "budget", dana),
                "project manager's R and sponsor's A on one person: RA");
        Effect.Staffing last = (Effect.Staffing) applied.effects().get(applied.effects().size() - 1);
        assertEquals(new Snapshot.Staffed("sponsor", dana, null), last.staffing().get(last.staffing().size() - 1));
    }

    @Test
    void unstaffTakesTheRolesLettersAndWhoeverRelayedThroughALeaverSyncsDirectly() {
        Applied applied = apply(new Staff(launch.id(), "project-coordinator", PersonRef.of(sam)),
                new SetCommunicatesVia(launch.id(), PersonRef.of(crew.get(0)), PersonRef.of(sam)),
                new Unstaff(launch.id(), "project-coordinator", PersonRef.of(sam)));
        Snapshot.Matrix after = matrix(applied.after(), launch.id());
        assertTrue(after.staffing().stream().noneMatch(s -> s.person() == sam));
        assertTrue(after.staffing().stream().allMatch(s -> s.communicatesVia() == null), after.staffing().toString());
        assertNull(cellOf(applied.after(), launch.id(), "risk", sam));
        assertEquals(matrix(team, launch.id()).cells(), after.cells(), "back to the letters it started with");
    }

    @Test
    void setCommunicatesViaAppliesToEveryRoleOfThePerson() {
        Applied applied = apply(new Staff(launch.id(), "project-coordinator", PersonRef.of(sam)),
                new Staff(launch.id(), "sponsor", PersonRef.of(crew.get(1))),
                new SetCommunicatesVia(launch.id(), PersonRef.of(crew.get(1)), PersonRef.of(sam)));
        assertEquals(List.of(sam, sam), matrix(applied.after(), launch.id()).staffing().stream()
                .filter(s -> s.person() == crew.get(1)).map(Snapshot.Staffed::communicatesVia).toList());
    }

    @Test
    void addPersonGivesAProvisionalIdLaterChangesNameByRef() {
        Applied applied = apply(new AddPerson("new:ana", "Ana", "ana@example.com", null, true, null),
                new Staff(launch.id(), "project-coordinator", PersonRef.ref("new:ana")),
                new SetCapacity(PersonRef.ref("new:ana"), BigDecimal.valueOf(20)));
        Snapshot.Person ana = applied.after().people().stream().filter(p -> p.id() == -1).findFirst().orElseThrow();
        assertEquals(new Snapshot.Person(-1, "Ana", "ana@example.com", null, true, BigDecimal.valueOf(20)), ana);
        assertEquals(Map.of(-1L, "new:ana"), applied.added());
        assertEquals(cell("risk", -1, Letters.R, "ROLE"), cellOf(applied.after(), launch.id(), "risk", -1));
        assertEquals(new Effect.NewPerson(-1, "new:ana", "Ana", "ana@example.com", null, true, BigDecimal.valueOf(40)),
                applied.effects().get(0));
        assertEquals(new Effect.Capacity(-1, BigDecimal.valueOf(20)), applied.effects().get(2));
    }

    @Test
    void sharesEveryMatrixNoChangeTouchesAndWritesNothingForAChangeThatChangesNothing() {
        Applied applied = apply(new SetCapacity(PersonRef.of(dana), BigDecimal.valueOf(40)),
                new SetCell(launch.id(), "plan", PersonRef.of(crew.get(2)), Letters.I));
        assertSame(matrix(team, other.id()), matrix(applied.after(), other.id()));
        assertEquals(List.of(new Effect.Cell(launch.id(), "plan", crew.get(2), Letters.I)), applied.effects(),
                "Dana's capacity was 40 already");
        assertEquals(team.version(), applied.after().version());
    }

    @Test
    void namesEveryChangeThatDoesNotFitTheTeamByIndexAndField() {
        InvalidChanges refused = assertThrows(InvalidChanges.class, () -> apply(
                new SetCell(999, "budget", PersonRef.of(dana), Letters.A),
                new SetCell(launch.id(), "pricing", PersonRef.of(dana), Letters.A),
                new SetCell(launch.id(), "budget", PersonRef.of(404), Letters.A),
                new MoveCell(launch.id(), "budget", PersonRef.of(sam), PersonRef.of(lee)),
                new MoveCell(launch.id(), "budget", PersonRef.of(dana), PersonRef.of(dana)),
                new Staff(launch.id(), "product-owner", PersonRef.of(sam)),
                new Staff(launch.id(), "project-manager", PersonRef.of(dana)),
                new Unstaff(launch.id(), "sponsor", PersonRef.of(sam)),
                new SetCommunicatesVia(launch.id(), PersonRef.of(sam), null),
                new SetCommunicatesVia(launch.id(), PersonRef.of(dana), PersonRef.of(dana)),
                new SetCommunicatesVia(launch.id(), PersonRef.of(dana), PersonRef.of(lee)),
                new SetCapacity(PersonRef.ref("new:ana"), BigDecimal.TEN),
                new AddPerson("new:ana", "Ana", "DANA@example.com", null, null, null),
                new AddPerson("new:bo", "Bo", "bo@example.com", null, null, null),
                new AddPerson("new:bo", "Bo", "bo2@example.com", null, null, null)));
        assertEquals(InvalidChanges.Kind.UNRESOLVED, refused.kind());
        assertEquals(List.of(
                "changes[0].initiativeId: initiative 999 is not on this team",
                "changes[1].responsibility: 'pricing' is not a responsibility of Launch",
                "changes[2].person: person 404 is not on this team",
                "changes[3].from: Sam holds no letter on 'budget' of Launch",
                "changes[4].to: must be someone else than from",
                "changes[5].role: 'product-owner' is not a role of template launch (roles: project-manager, project-coordinator,"
                        + " sponsor, delivery-team)",
                "changes[6].person: Dana is already staffed as project-manager on Launch",
                "changes[7].person: Sam is not staffed as sponsor on Launch",
                "changes[8].person: Sam is not staffed on Launch",
                "changes[9].via: a person cannot communicate via themselves",
                "changes[10].via: Lee is not staffed on Launch",
                "changes[11].person: \"new:ana\" is not the ref of an earlier addPerson change",
                "changes[12].email: DANA@example.com is already used by another person of this team",
                "changes[14].ref: \"new:bo\" is already the ref of an earlier addPerson change"),
                refused.issues().stream().map(i -> i.field() + ": " + i.message()).toList());
    }

    @Test
    void refusesToRestaffAnInitiativeWhoseTemplateIsNotLoaded() {
        InvalidChanges refused = assertThrows(InvalidChanges.class, () -> Changes.apply(team, Map.of(),
                List.of(new Staff(launch.id(), "sponsor", PersonRef.of(sam)))));
        assertEquals("changes[0].initiativeId", refused.issues().get(0).field());
        assertTrue(refused.issues().get(0).message().contains("which is not loaded"), refused.issues().toString());
    }

    @Test
    void anInitiativeWithoutATemplateTakesAnyRoleAndDerivesNothing() {
        TeamFixture f = TeamFixture.team();
        long ana = f.person("Ana");
        TeamFixture.Matrix bare = f.plain("Bare").row("budget", 1);
        Applied applied = Changes.apply(f.build(), TeamFixture.templates(), List.of(new Staff(bare.id(), "anything-goes", PersonRef.of(ana))));
        assertEquals(List.of(new Snapshot.Staffed("anything-goes", ana, null)), matrix(applied.after(), bare.id()).staffing());
        assertTrue(matrix(applied.after(), bare.id()).cells().isEmpty());
    }

    private Applied apply(Change... changes) {
        return Changes.apply(team, TeamFixture.templates(), List.of(changes));
    }

    private static Snapshot.Cell cell(String key, long person, Letters letters, String source) {
        return new Snapshot.Cell(key, person, letters, source);
    }

    static Snapshot.Matrix matrix(Snapshot.Team team, long initiativeId) {
        return team.matrices().stream().filter(m -> m.initiative().id() == initiativeId).findFirst().orElseThrow();
    }

    static Snapshot.Cell cellOf(Snapshot.Team team, long initiativeId, String key, long person) {
        return matrix(team, initiativeId).cells().stream().filter(c -> c.responsibility().equals(key) && c.person() == person)
                .findFirst().orElse(null);
    }
}
