package org.raciplanner.assignments;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.raciplanner.api.Refusals;
import org.raciplanner.database.RequestThreads;

@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}/people/{personId}")
class AssignmentsController {

    private final Assignments assignments;

    AssignmentsController(Assignments assignments) {
        this.assignments = assignments;
    }

    /** Every initiative where the person holds a role or a letter, by name, with their load and their warnings. */
    @Get("/assignments")
    @Refusals.Read
    AssignmentsView assignments(long teamId, long personId) {
        return AssignmentsView.of(assignments.of(teamId, personId));
    }
}
