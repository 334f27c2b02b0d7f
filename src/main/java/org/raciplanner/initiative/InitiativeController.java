package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import jakarta.validation.Valid;
import org.raciplanner.initiative.InitiativeRequests.StaffingEntry;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.raciplanner.api.Refusals;

import java.util.List;

@Controller("/api/v1/teams/{teamId}/initiatives")
class InitiativeController {

    private final Initiatives initiatives;

    InitiativeController(Initiatives initiatives) {
        this.initiatives = initiatives;
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

    @Get
    @Refusals.Read
    List<InitiativeView> list(long teamId, @Nullable @QueryValue Kind kind) {
        return initiatives.list(teamId, kind);
    }

    @Get("/{initiativeId}")
    @Refusals.Read
    InitiativeView get(long teamId, long initiativeId) {
        return initiatives.get(teamId, initiativeId);
    }

    @Patch("/{initiativeId}")
    @Refusals.Write
    @Refusals.WithBody
    InitiativeView update(long teamId, long initiativeId, @Body @Valid InitiativeRequests.InitiativePatch patch) {
        return initiatives.update(teamId, initiativeId, patch);
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
    List<StaffingView> replaceStaffing(long teamId, long initiativeId,
                                       @Body @NotNull @Size(max = InitiativeRequests.MAX_STAFFING)
                                       List<@Valid @NotNull StaffingEntry> entries) {
        return initiatives.replaceStaffing(teamId, initiativeId, entries);
    }
}
