package org.raciplanner.warnings;

import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.QueryValues;
import org.raciplanner.api.Refusals;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /** Sorted by severity, then subject; each filter narrows the list. With {@code at}, the team as of that date. */
    @Get("/warnings")
    @Refusals.Read
    List<WarningView> warnings(long teamId, @Nullable @QueryValue String code, @Nullable @QueryValue Severity severity,
                               @Nullable @QueryValue Long personId, @Nullable @QueryValue Long initiativeId,
                               @Parameter(description = "Judge the team as of this date (default: today): its horizon starts"
                                       + " in this date's week, and initiatives that ended before it are over",
                                       schema = @Schema(type = "string", format = "date"))
                               @Nullable @QueryValue String at) {
        String wanted = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !Analysis.codes().contains(wanted)) {
            throw ApiException.invalidField("code", "'" + code + "' is not a warning code; use one of " + String.join(", ", Analysis.codes()));
        }
        LocalDate date = QueryValues.date("at", at);
        TeamSnapshot snapshot = date == null ? facts.load(teamId) : facts.load(teamId, date);
        return analysis.warnings(snapshot).stream()
                .filter(w -> wanted == null || w.code().equals(wanted))
                .filter(w -> severity == null || w.severity() == severity)
                .filter(w -> personId == null || personId.equals(w.personId()))
                .filter(w -> initiativeId == null || initiativeId.equals(w.initiativeId()))
                .map(WarningView::of)
                .toList();
    }

    /**
     * Without parameters, a line per person: this week's load and the horizon's peak. With any of
     * {@code from}, {@code to} and {@code by}, the load per week or month of that span instead.
     */
    @Get("/workload")
    @Refusals.Read
    @ApiResponse(responseCode = "200", description = "A line per person (no parameters), or the load per period",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(oneOf = {WorkloadTable.class, PeriodWorkloadView.class})))
    Object workload(long teamId,
                    @Parameter(description = "The first day of the span (default: today)", schema = @Schema(type = "string", format = "date"))
                    @Nullable @QueryValue String from,
                    @Parameter(description = "The last day of the span (default: the team's horizonWeeks from the start);"
                            + " at most 3 years after from", schema = @Schema(type = "string", format = "date"))
                    @Nullable @QueryValue String to,
                    @Parameter(description = "week (ISO weeks, the default) or month", schema = @Schema(type = "string",
                            allowableValues = {"week", "month"}))
                    @Nullable @QueryValue String by) {
        if (!WorkloadSpan.asked(from, to, by)) {
            return analysis.workload(facts.load(teamId)).stream().map(WorkloadView::of).toList();
        }
        WorkloadSpan span = WorkloadSpan.parse(from, to, by);
        TeamSnapshot snapshot = facts.load(teamId);
        return PeriodWorkloadView.of(analysis.workload(snapshot, span.periods(snapshot.horizon())));
    }

    /** The plain workload's shape in the OpenAPI document: a list is how micronaut-openapi learns it is an array. */
    abstract static class WorkloadTable extends ArrayList<WorkloadView> {
    }
}
