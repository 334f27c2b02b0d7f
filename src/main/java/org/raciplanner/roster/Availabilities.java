package org.raciplanner.roster;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.AvailabilityWindow;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.database.RowLocks;
import org.raciplanner.history.History;
import org.raciplanner.team.Teams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * People's dated capacity windows (holidays, part-time spells). {@link #replace} is the one way they
 * are written: by {@code PUT …/people/{id}/availability}, and by anything that applies a change of a
 * person's availability (a scenario's {@code setAvailability}), so both keep the same checks and history.
 */
@Singleton
public class Availabilities {

    /** The most windows one person may have: a request, or a plan file's person, with more is refused. */
    public static final int MAX_WINDOWS = 500;

    private final AvailabilityRepository windows;
    private final PersonRepository people;
    private final Teams teams;
    private final RowLocks locks;
    private final History history;

    Availabilities(AvailabilityRepository windows, PersonRepository people, Teams teams, RowLocks locks, History history) {
        this.windows = windows;
        this.people = people;
        this.teams = teams;
        this.locks = locks;
        this.history = history;
    }

    /** The person's windows in date order; 404 when they are not on the team. */
    @Transactional(readOnly = true)
    public List<AvailabilityView> of(long teamId, long personId) {
        teams.requireExists(teamId);
        if (people.findByIdAndTeamId(personId, teamId).isEmpty()) {
            throw ApiException.notFound("Person " + personId);
        }
        return windows.findByTeamIdAndPersonIdOrderByFrom(teamId, personId).stream().map(AvailabilityView::of).toList();
    }

    /**
     * Replaces all of the person's windows with {@code wanted} (capacities kept to the tenth of an hour,
     * as stored), recording the change; overlapping windows are refused naming the later one
     * ({@code [i].from}), and nothing is stored. 404 when the person is not on the team.
     */
    @Transactional
    public List<AvailabilityView> replace(long teamId, long personId, List<AvailabilityWindow> wanted) {
        int[] overlap = AvailabilityWindow.firstOverlap(wanted);
        if (overlap != null) {
            AvailabilityWindow earlier = wanted.get(overlap[1]);
            throw ApiException.badRequest("Availability windows must not overlap; nothing was changed", List.of(Problem.Issue.field(
                    "[" + overlap[0] + "].from", "overlaps window [" + overlap[1] + "] (" + earlier.from() + " to " + earlier.to() + ")")));
        }
        teams.requireExists(teamId);
        if (!locks.personToChange(teamId, personId)) {
            throw ApiException.notFound("Person " + personId);
        }
        List<AvailabilityView> before = windows.findByTeamIdAndPersonIdOrderByFrom(teamId, personId).stream()
                .map(AvailabilityView::of).toList();
        List<Availability> rows = new ArrayList<>();
        wanted.stream().sorted(Comparator.comparing(AvailabilityWindow::from)).forEach(w -> rows.add(new Availability(null,
                teamId, personId, w.from(), w.to(), BigDecimal.valueOf(w.capacityHours()).setScale(1, RoundingMode.HALF_UP),
                w.note() == null || w.note().isBlank() ? null : w.note().strip())));
        List<AvailabilityView> after = rows.stream().map(AvailabilityView::of).toList();
        if (after.equals(before)) {
            return before; // nothing to change: no history
        }
        windows.deleteByTeamIdAndPersonId(teamId, personId);
        windows.saveAll(rows);
        history.record(teamId, "availability.replaced", null, personId, before, after);
        return after;
    }
}
