package org.raciplanner.initiative;

import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.uri.UriBuilder;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.validation.Valid;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.initiative.InitiativeRequests.StaffingEntry;
import org.raciplanner.api.Refusals;
import org.raciplanner.api.JsonBodies;

import java.util.List;

@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}/initiatives")
class InitiativeController {

    private final Initiatives initiatives;
    private final JsonBodies bodies;

    InitiativeController(Initiatives initiatives, JsonBodies bodies) {
        this.initiatives = initiatives;
        this.bodies = bodies;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Write
    @Refusals.WithBody
    HttpResponse<InitiativeView> create(long teamId, @Body @Valid InitiativeRequests.NewInitiative request) {
        InitiativeView created = initiatives.create(teamId, request);
        return HttpResponse.created(created, UriBuilder.of("/api/v1/teams").path(String.valueOf(teamId))
                .path("initiatives").path(String.valueOf(created.id())).build());
    }

    /** The team's initiatives by id; {@code handle} finds the one with that handle (or none). */
    @Get
    @Refusals.Read
    List<InitiativeView> list(long teamId, @Nullable @QueryValue Kind kind, @Nullable @QueryValue String handle) {
        return initiatives.list(teamId, kind, handle);
    }

    @Get("/{initiativeId}")
    @Refusals.Read
    InitiativeView get(long teamId, long initiativeId) {
        return initiatives.get(teamId, initiativeId);
    }

    @Patch("/{initiativeId}")
    @Refusals.Write
    @Refusals.WithBody
    InitiativeView update(long teamId, long initiativeId, @Nullable @Body @RequestBody(content = @Content(
            schema = @Schema(implementation = InitiativeRequests.InitiativePatch.class))) JsonNode patch) {
        return initiatives.update(teamId, initiativeId,
                bodies.patch(patch, InitiativeRequests.InitiativePatch.class, InitiativeRequests.InitiativePatch.CLEARABLE));
    }

    @Delete("/{initiativeId}")
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.Write
    HttpResponse<Void> delete(long teamId, long initiativeId) {
        initiatives.delete(teamId, initiativeId);
        return HttpResponse.noContent();
    }

    @Get("/{initiativeId}/staffing")
    @Refusals.Read
    List<StaffingView> staffing(long teamId, long initiativeId) {
        return initiatives.staffing(teamId, initiativeId);
    }

    @Put("/{initiativeId}/staffing")
    @Refusals.Write
    @Refusals.WithBody
    List<StaffingView> replaceStaffing(long teamId, long initiativeId, @Nullable @Body @RequestBody(content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = StaffingEntry.class)))) JsonNode entries) {
        return initiatives.replaceStaffing(teamId, initiativeId,
                bodies.list(entries, StaffingEntry.class, 0, InitiativeRequests.MAX_STAFFING));
    }
}
