package org.raciplanner.team;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import org.raciplanner.database.RowLocks;
import org.raciplanner.history.History;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;

import java.util.List;

/** Teams and their settings; also the one place other features ask for a team's limits. */
@Singleton
public class Teams {

    static final int MAX_PAGE_SIZE = 1000;

    private final TeamRepository teams;
    private final History history;
    private final RowLocks locks;

    Teams(TeamRepository teams, History history, RowLocks locks) {
        this.teams = teams;
        this.history = history;
        this.locks = locks;
    }

    /** A new team with the default limits; its first token is the access feature's to issue. */
    @Transactional
    public TeamView create(CreateTeam request) {
        TeamView team = TeamView.of(teams.save(Team.named(request.name().strip())));
        history.record(team.id(), "team.created", null, null, null, team);
        return team;
    }

    Page<TeamSummary> list(int page, int size) {
        if (page < 0) {
            throw ApiException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return teams.list(Pageable.from(page, size, Sort.of(Sort.Order.asc("id"))));
    }

    public TeamView get(long teamId) {
        return TeamView.of(find(teamId));
    }

    /** The team's limits; 404 when the team does not exist. */
    public Settings settings(long teamId) {
        return find(teamId).settings();
    }

    /** Fails with 404 unless the team exists: every team-scoped path starts here. */
    public void requireExists(long teamId) {
        if (!teams.existsById(teamId)) {
            throw ApiException.notFound("Team " + teamId);
        }
    }

    @Transactional
    public Settings updateSettings(long teamId, SettingsPatch patch) {
        if (!locks.team(teamId)) {
            throw ApiException.notFound("Team " + teamId);
        }
        Team team = find(teamId);
        Settings next = patch.applyTo(team.settings());
        if (next.equals(team.settings())) {
            return next; // nothing to change: same version, no history
        }
        if (next.capacityErrorPercent() < next.capacityWarnPercent()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request is not valid", List.of(Problem.Issue.field(
                    "capacityErrorPercent", "must be at least capacityWarnPercent (" + next.capacityWarnPercent() + ")")));
        }
        Settings saved = teams.update(team.with(next)).settings();
        history.record(teamId, "settings.changed", null, null, team.settings(), saved);
        return saved;
    }

    private Team find(long teamId) {
        return teams.findById(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId));
    }
}
