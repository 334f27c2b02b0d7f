package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.raciplanner.analysis.AvailabilityWindow;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Dates;
import org.raciplanner.api.JsonBodies;
import org.raciplanner.api.Problem;
import org.raciplanner.api.Refusals;

import java.util.ArrayList;
import java.util.List;
import org.raciplanner.database.RequestThreads;

/** A person's dated capacity windows: outside them their usual {@code capacityHours} holds. */
@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}/people/{personId}/availability")
class AvailabilityController {

    private final Availabilities availabilities;
    private final JsonBodies bodies;

    AvailabilityController(Availabilities availabilities, JsonBodies bodies) {
        this.availabilities = availabilities;
        this.bodies = bodies;
    }

    @Get
    @Refusals.Read
    List<AvailabilityView> get(long teamId, long personId) {
        return availabilities.of(teamId, personId);
    }

    /** Replaces every window of the person ({@code []} clears them), all or nothing. */
    @Put
    @Refusals.Write
    @Refusals.WithBody
    List<AvailabilityView> replace(long teamId, long personId, @Nullable @Body @RequestBody(content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = AvailabilityRequest.class)))) JsonNode windows) {
        List<AvailabilityRequest> requests = bodies.list(windows, AvailabilityRequest.class, 0, Availabilities.MAX_WINDOWS);
        List<Problem.Issue> issues = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            AvailabilityRequest r = requests.get(i);
            if (!Dates.inRange(r.from()) || !Dates.inRange(r.to())) {
                issues.add(Problem.Issue.field("[" + i + "]." + (Dates.inRange(r.from()) ? "to" : "from"), Dates.OUT_OF_RANGE));
            } else if (r.to().isBefore(r.from())) {
                issues.add(Problem.Issue.field("[" + i + "].to", "must not be before from (" + r.from() + "), not " + r.to()));
            }
        }
        if (!issues.isEmpty()) {
            throw ApiException.badRequest("The request is not valid; nothing was changed", issues);
        }
        return availabilities.replace(teamId, personId, requests.stream()
                .map(r -> new AvailabilityWindow(r.from(), r.to(), r.capacityHours().doubleValue(), r.note())).toList());
    }
}
