package org.raciplanner.planning.fix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Result;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screening analyses only the part of the team a change list can reach; it must find exactly the
 * difference the analysis of the whole team finds. Checked for every candidate every generator
 * proposes on a team where people share initiatives, rows and spans.
 */
class NeighbourhoodTest {

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 23})
    void screeningFindsTheDifferenceTheWholeTeamShows(long seed) {
        Snapshot.Team team = crowdedTeam(new Random(seed));
        Analysis.Report report = FixFixture.analysis().apply(team);
        Evaluator evaluator = FixFixture.evaluator();
        Search search = new Search(evaluator, FixFixture.budget(), State.of(team, report), Set.of(), 2);
        int compared = 0;
        for (Warning w : report.warnings()) {
            Generator generator = Generators.of(w.code());
            for (Candidate c : generator == null ? List.<Candidate>of() : generator.propose(w, search)) {
                Trial part = search.screen(c.changes());
                Trial whole = evaluator.whole(team, report, c.changes());
                assertSame(whole.result(), part.result(), c.steps().toString());
                compared++;
            }
        }
        assertTrue(compared > 50, "compared " + compared);
        assertTrue(report.warnings().stream().map(Warning::code).distinct().count() >= 10, report.warnings().toString());
    }

    @Test
    void aStateMovedOnByTrialsAgreesWithTheAnalysisOfItsTeam() {
        FixFixture.Startup s = FixFixture.startup();
        FixPlan.Plan plan = new FixPlan(FixFixture.evaluator()).plan(s.team(), s.report(),
                new FixPlan.Request(Set.of(), 100, Set.of()), FixFixture.budget());
        Trial whole = FixFixture.evaluator().whole(s.team(), s.report(), plan.changes());
        Analysis.Report after = FixFixture.analysis().apply(whole.applied().after());
        assertEquals(plan.quality().errorsAfter(), whole.result().errors().after());
        assertEquals(plan.quality().warningsAfter(), (int) after.warnings().stream()
                .filter(w -> w.severity() == org.raciplanner.analysis.Severity.WARNING).count());
    }

    private static void assertSame(Result whole, Result part, String what) {
        assertEquals(ids(whole.warnings().resolved()), ids(part.warnings().resolved()), what);
        assertEquals(whole.warnings().introduced(), part.warnings().introduced(), what);
        assertEquals(whole.warnings().changed(), part.warnings().changed(), what);
        assertEquals(whole.workload(), part.workload(), what);
        assertEquals(whole.cells(), part.cells(), what);
        assertEquals(whole.errors().before() - whole.errors().after(), part.errors().before() - part.errors().after(), what);
    }

    private static List<String> ids(List<Warning> warnings) {
        return warnings.stream().map(Warning::id).toList();
    }

    /**
     * 60 people over 8 initiatives of both templates, leads on several, hand-set cells and relays,
     * under tight limits so that every rule fires somewhere.
     */
    static Snapshot.Team crowdedTeam(Random random) {
        FixFixture f = FixFixture.team().limits(new org.raciplanner.analysis.Limits(4, 2, 3, 2, 12, 100, 150, 60));
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            people.add(f.person("Person " + i, List.of(40, 40, 32, 24).get(random.nextInt(4)), random.nextBoolean()));
        }
        List<Long> leads = people.subList(0, 6);
        for (int n = 0; n < 8; n++) {
            String template = n % 2 == 0 ? FixFixture.PRODUCT : FixFixture.DELIVERY;
            FixFixture.Matrix m = f.initiative("Initiative " + n, template);
            List<String> roles = FixFixture.ROLES.get(template);
            for (int r = 0; r < roles.size() - 1; r++) {
                if (random.nextInt(5) > 0) {
                    m.staff(roles.get(r), leads.get(random.nextInt(leads.size())));
                }
            }
            List<Long> crowd = new ArrayList<>(people.subList(6, people.size()));
            java.util.Collections.shuffle(crowd, random);
            List<Long> team = crowd.subList(0, 12 + random.nextInt(18));
            m.staff("delivery-team", team);
            if (template.equals(FixFixture.DELIVERY) && n % 4 == 1) {
                m.staff("project-coordinator", team.get(0)).route(team.subList(1, 6), team.get(0));
            }
            for (int c = 0; c < 3; c++) {
                String row = List.copyOf(FixFixture.LETTERS.get(template).keySet()).get(random.nextInt(6));
                m.cell(row, crowd.get(random.nextInt(10)), Letters.values()[random.nextInt(5)]);
            }
        }
        return f.build();
    }
}
