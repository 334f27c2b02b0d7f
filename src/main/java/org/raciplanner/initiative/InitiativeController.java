package org.raciplanner.initiative;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import jakarta.validation.Valid;
import org.raciplanner.initiative.InitiativeRequests.StaffingEntry;
import org.raciplanner.web.JsonBodies;

import java.util.List;

@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/teams/{teamId}/initiatives")
class InitiativeController {

    private final Initiatives initiatives;
    private final JsonBodies bodies;

    InitiativeController(Initiatives initiatives, JsonBodies bodies) {
        this.initiatives = initiatives;
        this.bodies = bodies;
    }

    @Post
    HttpResponse<InitiativeView> create(long teamId, @Body @Valid InitiativeRequests.NewInitiative request) {
        InitiativeView created = initiatives.create(teamId, request);
        return HttpResponse.created(created, UriBuilder.of("/api/v1/teams").path(String.valueOf(teamId))
                .path("initiatives").path(String.valueOf(created.id())).build());
    }

    @Get
    List<InitiativeView> list(long teamId, @Nullable @QueryValue Kind kind) {
        return initiatives.list(teamId, kind);
    }

    @Get("/{initiativeId}")
    InitiativeView get(long teamId, long initiativeId) {
        return initiatives.get(teamId, initiativeId);
    }

    @Patch("/{initiativeId}")
    InitiativeView update(long teamId, long initiativeId, @Nullable @Body JsonNode patch) {
        return initiatives.update(teamId, initiativeId,
                bodies.patch(patch, InitiativeRequests.InitiativePatch.class, InitiativeRequests.InitiativePatch.CLEARABLE));
    }

    @Delete("/{initiativeId}")
    HttpResponse<Void> delete(long teamId, long initiativeId) {
        initiatives.delete(teamId, initiativeId);
        return HttpResponse.noContent();
    }

    @Get("/{initiativeId}/staffing")
    List<StaffingView> staffing(long teamId, long initiativeId) {
        return initiatives.staffing(teamId, initiativeId);
    }

    @Put("/{initiativeId}/staffing")
    List<StaffingView> replaceStaffing(long teamId, long initiativeId, @Nullable @Body JsonNode entries) {
        return initiatives.replaceStaffing(teamId, initiativeId,
                bodies.list(entries, StaffingEntry.class, 0, InitiativeRequests.MAX_STAFFING));
    }
}
