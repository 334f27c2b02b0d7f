package org.raciplanner.warnings;

import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Refusals;

import java.util.List;
import java.util.Locale;

/** The analysis of a team, computed fresh on every request from the stored data and the team's limits. */
@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}")
class WarningController {

    private final TeamFacts facts;
    private final TeamAnalysis analysis;

    WarningController(TeamFacts facts, TeamAnalysis analysis) {
        this.facts = facts;
        this.analysis = analysis;
    }

    /** Sorted by severity, then subject; each filter narrows the list. */
    @Get("/warnings")
    @Refusals.Read
    List<WarningView> warnings(long teamId, @Nullable @QueryValue String code, @Nullable @QueryValue Severity severity,
                               @Nullable @QueryValue Long personId, @Nullable @QueryValue Long initiativeId) {
        String wanted = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !Analysis.codes().contains(wanted)) {
            throw ApiException.invalidField("code", "'" + code + "' is not a warning code; use one of " + String.join(", ", Analysis.codes()));
        }
        TeamSnapshot snapshot = facts.load(teamId);
        return analysis.warnings(snapshot).stream()
                .filter(w -> wanted == null || w.code().equals(wanted))
                .filter(w -> severity == null || w.severity() == severity)
                .filter(w -> personId == null || personId.equals(w.personId()))
                .filter(w -> initiativeId == null || initiativeId.equals(w.initiativeId()))
                .map(WarningView::of)
                .toList();
    }

    @Get("/workload")
    @Refusals.Read
    List<WorkloadView> workload(long teamId) {
        return analysis.workload(facts.load(teamId)).stream().map(WorkloadView::of).toList();
    }
}
