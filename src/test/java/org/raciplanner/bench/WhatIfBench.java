package org.raciplanner.bench;

import io.micronaut.context.ApplicationContext;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Letters;
import org.raciplanner.planning.AddPerson;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.MoveCell;
import org.raciplanner.planning.PersonRef;
import org.raciplanner.planning.SetCapacity;
import org.raciplanner.planning.SetCell;
import org.raciplanner.planning.SetCommunicatesVia;
import org.raciplanner.planning.Staff;
import org.raciplanner.planning.Unstaff;
import org.raciplanner.scenario.WhatIf;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.warnings.TeamFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code what-if}: evaluating a scenario of 10 changes, one or more of every type, against the
 * generated team, beside the analysis of the same team without changes, both in the service's JVM.
 * The two take turns, run after run, so that whatever else the machine does weighs on both alike.
 * The p99 of 50 runs is their slowest. After the exports before it, an early run was sometimes two
 * or three times slower than the rest, for both alike (in two traced runs, the fifth after 20
 * warm-ups; most likely the JIT recompiling), so both warm up 50 times first, as a service that
 * has been answering for a while has.
 */
final class WhatIfBench {

    static final int RUNS = 50;
    private static final int WARM_UPS = 50;

    private final ApplicationContext context;

    WhatIfBench(ApplicationContext context) {
        this.context = context;
    }

    /** Each run's nanoseconds: the what-ifs and, taking turns with them, the analyses. */
    record Runs(long[] evaluated, long[] analysed) {
    }

    Runs run(long teamId) throws Exception {
        WhatIf whatIf = context.getBean(WhatIf.class);
        TeamFacts facts = context.getBean(TeamFacts.class);
        List<Change> changes = changes(whatIf.team(teamId), new Random(7));
        Stats.Run evaluate = () -> whatIf.evaluate(teamId, changes);
        Stats.Run analyse = () -> Analysis.warnings(facts.load(teamId));
        for (int i = 0; i < WARM_UPS; i++) {
            evaluate.run();
            analyse.run();
        }
        long[] evaluated = new long[RUNS];
        long[] analysed = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            evaluated[i] = nanos(evaluate);
            analysed[i] = nanos(analyse);
        }
        return new Runs(evaluated, analysed);
    }

    /** The three slowest runs in milliseconds, slowest first: what a p99 of 50 runs is made of. */
    static String slowest(long[] nanos) {
        return Arrays.stream(nanos).boxed().sorted(Comparator.reverseOrder()).limit(3)
                .map(n -> String.format(Locale.ROOT, "%.1f", n / 1e6)).collect(Collectors.joining(", "));
    }

    private static long nanos(Stats.Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    /** Ten changes on initiatives of the team, as a manager relieving an overloaded lead would make them. */
    static List<Change> changes(Snapshot.Team team, Random random) {
        List<Snapshot.Matrix> matrices = team.matrices();
        List<Change> changes = new ArrayList<>();
        changes.add(new AddPerson("new:helper", "Helper", "helper@bench.example", BigDecimal.valueOf(32), true, null));
        for (int i = 0; i < 2; i++) {
            Snapshot.Matrix m = matrices.get(random.nextInt(matrices.size()));
            Snapshot.Cell cell = m.cells().get(random.nextInt(m.cells().size()));
            changes.add(new MoveCell(m.initiative().id(), cell.responsibility(), PersonRef.of(cell.person()), PersonRef.ref("new:helper")));
        }
        for (int i = 0; i < 3; i++) {
            Snapshot.Matrix m = matrices.get(random.nextInt(matrices.size()));
            Snapshot.Row row = m.rows().get(random.nextInt(m.rows().size()));
            Snapshot.Staffed who = m.staffing().get(random.nextInt(m.staffing().size()));
            changes.add(new SetCell(m.initiative().id(), row.key(), PersonRef.of(who.person()), Letters.values()[random.nextInt(5)]));
        }
        Snapshot.Matrix restaffed = matrices.get(random.nextInt(matrices.size()));
        Snapshot.Staffed leaving = restaffed.staffing().get(0);
        changes.add(new Unstaff(restaffed.initiative().id(), leaving.role(), PersonRef.of(leaving.person())));
        changes.add(new Staff(restaffed.initiative().id(), leaving.role(), PersonRef.ref("new:helper")));
        Set<Long> staffed = restaffed.staffing().stream().map(Snapshot.Staffed::person).collect(Collectors.toSet());
        long relayed = restaffed.staffing().stream().map(Snapshot.Staffed::person).filter(p -> p != leaving.person())
                .findFirst().orElseThrow();
        changes.add(new SetCommunicatesVia(restaffed.initiative().id(), PersonRef.of(relayed), PersonRef.ref("new:helper")));
        long lead = team.people().stream().map(Snapshot.Person::id).filter(staffed::contains).findFirst().orElseThrow();
        changes.add(new SetCapacity(PersonRef.of(lead), BigDecimal.valueOf(48)));
        return changes;
    }
}
