package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.database.RowLocks;
import org.raciplanner.history.History;
import org.raciplanner.planning.Result;
import org.raciplanner.scenario.ResultView;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.template.TemplateCatalog;
import org.raciplanner.warnings.TeamAnalysis;
import org.raciplanner.warnings.TeamFacts;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The team as a file: exported, compared with a file, and the file applied. A dry run and an
 * apply are the same work, through the same write paths, in one repeatable-read transaction: a
 * dry run rolls it back at the end. So a dry run shows exactly what an apply would do, and the
 * team after it is read back as the write paths left it. The transaction ends only if the team is
 * still at the version it was read at (checked under the version's lock, the last one taken), so
 * a change someone else commits meanwhile refuses the apply instead of being overwritten.
 */
@Singleton
class Plans {

    static final String CAUSE = "plan apply";

    private final Snapshots snapshots;
    private final PlanExport export;
    private final PlanReader reader;
    private final PlanSteps steps;
    private final TemplateCatalog templates;
    private final RowLocks locks;
    private final History history;
    private final TransactionOperations<Connection> transactions;
    private final TeamFacts facts;
    private final TeamAnalysis analysis;
    private final SecurityService security;

    Plans(Snapshots snapshots, PlanExport export, PlanReader reader, PlanSteps steps, TemplateCatalog templates, RowLocks locks,
          History history, TransactionOperations<Connection> transactions, TeamFacts facts, TeamAnalysis analysis,
          SecurityService security) {
        this.snapshots = snapshots;
        this.export = export;
        this.reader = reader;
        this.steps = steps;
        this.templates = templates;
        this.locks = locks;
        this.history = history;
        this.transactions = transactions;
        this.facts = facts;
        this.analysis = analysis;
        this.security = security;
    }

    /** The team's plan document and the version it shows; 404 when there is no such team. */
    Exported export(long teamId) {
        Snapshot.Team team = snapshots.team(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
        return new Exported(team.version(), PlanWriter.document(export.of(team)));
    }

    record Exported(long version, Map<String, Object> document) {
    }

    /**
     * @param expected the version the file was read at (If-Match), or null to apply to whatever the team is now
     */
    PlanViews.Outcome put(long teamId, Tree file, boolean dryRun, boolean prune, @Nullable Long expected) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(TransactionDefinition.Propagation.REQUIRED);
        definition.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        Work done = transactions.execute(definition, status -> {
            Snapshot.Team before = snapshots.team(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
            if (expected != null && expected != before.version()) {
                throw stale(expected, before.version());
            }
            Plan wanted = reader.read(file, before, prune);
            PlanDiff.Outcome diff = new PlanDiff(before, export.of(before), wanted, templates, prune).run();
            requireAdminForSettings(diff.changes());
            Analysis.Report was = analysis.report(facts.of(before));
            Snapshot.Team after = before;
            long version = before.version();
            if (!diff.changes().isEmpty()) {
                history.because(CAUSE, () -> {
                    steps.apply(before, diff.changes());
                    history.record(teamId, "plan.applied", null, null, null, new Applied(diff.changes().size(),
                            diff.unmanaged().size(), prune));
                    return null;
                });
                after = snapshots.team(teamId).orElseThrow();
                if (dryRun) {
                    status.setRollbackOnly();
                } else {
                    version = moveVersion(teamId, before.version(), expected);
                }
            }
            Result result = Result.of(Aligned.of(before, after), was, after == before ? was : analysis.report(facts.of(after)));
            return new Work(diff, result, version);
        });
        return new PlanViews.Outcome(dryRun, done.diff().changes().stream().map(PlanViews.ChangeView::of).toList(),
                done.diff().unmanaged().stream().map(PlanViews.UnmanagedView::of).toList(), ResultView.of(done.result()),
                done.version());
    }

    /**
     * Moves the team's version now, its row the transaction's last lock, and answers it: refused when
     * someone committed a change since the team was read (the repeatable-read transaction cannot
     * update a row another one changed since it began).
     */
    private long moveVersion(long teamId, long read, @Nullable Long expected) {
        long now;
        try {
            now = locks.teamVersionNow(teamId);
        } catch (DataAccessException e) {
            if (isSerializationFailure(e)) {
                throw moved(read, expected);
            }
            throw e;
        }
        if (now != read + 1) {
            throw moved(read, expected);
        }
        return now;
    }

    private static boolean isSerializationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ApiException moved(long read, @Nullable Long expected) {
        if (expected != null) {
            return new ApiException(HttpStatus.PRECONDITION_FAILED, "The team changed while the plan was applied (it was at version "
                    + read + "); nothing was changed. Read the plan again and apply your file to it.",
                    List.of(Problem.Issue.field("If-Match", "is stale")));
        }
        return ApiException.conflict("The team changed while the plan was applied; nothing was changed, try again");
    }

    private static ApiException stale(long expected, long current) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "The team changed since you read its plan: it is at version "
                + current + ", your file was based on " + expected + ". Read the plan again and apply your edits to it.",
                List.of(Problem.Issue.field("If-Match", "is stale; the current version is " + current)));
    }

    /** What the history keeps of an apply, beside each change's own entry. */
    @Serdeable
    record Applied(int changes, int unmanaged, boolean prune) {
    }

    /** Settings are the team ADMIN's (or the operator's) to change, by a plan as by PATCH …/settings. */
    private void requireAdminForSettings(List<Change> changes) {
        boolean admin = security.getAuthentication().map(Authentication::getRoles).map(r -> r.contains("ADMIN")).orElse(false);
        if (!admin && changes.stream().anyMatch(c -> c.what() == Change.What.SETTINGS)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "The plan changes the team's settings, which needs an ADMIN token;"
                    + " nothing was changed. Leave settings out of the file, or give them as they are.",
                    List.of(Problem.Issue.at("/settings", 0, 0, "changing settings needs an ADMIN token")));
        }
    }

    private record Work(PlanDiff.Outcome diff, Result result, long version) {
    }
}
