package org.raciplanner.roster;

import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.uri.UriBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.raciplanner.api.Refusals;

import java.util.List;

@Controller("/api/v1/teams/{teamId}/people")
class PersonController {

    static final int MAX_BATCH = 20_000;

    private final Roster roster;

    PersonController(Roster roster) {
        this.roster = roster;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Write
    @Refusals.WithBody
    HttpResponse<PersonView> add(long teamId, @Body @Valid PersonRequest request) {
        PersonView person = roster.add(teamId, request);
        return HttpResponse.created(person, UriBuilder.of("/api/v1/teams").path(String.valueOf(teamId))
                .path("people").path(String.valueOf(person.id())).build());
    }

    @Post("/batch")
    @Status(HttpStatus.CREATED)
    @Refusals.Write
    @Refusals.WithBody
    List<PersonView> addAll(long teamId, @Body @NotEmpty @Size(max = MAX_BATCH) List<@Valid PersonRequest> people) {
        return roster.addAll(teamId, people);
    }

    @Get
    @Refusals.Read
    HttpResponse<List<PersonView>> list(long teamId,
                                        @QueryValue(defaultValue = "0") int page,
                                        @QueryValue(defaultValue = "1000") int size) {
        Page<PersonView> result = roster.list(teamId, page, size);
        return HttpResponse.ok(result.getContent()).header("X-Total-Count", String.valueOf(result.getTotalSize()));
    }

    @Get("/{personId}")
    @Refusals.Read
    PersonView get(long teamId, long personId) {
        return roster.get(teamId, personId);
    }

    @Patch("/{personId}")
    @Refusals.Write
    @Refusals.WithBody
    PersonView update(long teamId, long personId, @Body @Valid PersonPatch patch) {
        return roster.update(teamId, personId, patch);
    }

    @Delete("/{personId}")
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.Write
    void delete(long teamId, long personId, @QueryValue(defaultValue = "false") boolean removeAssignments) {
        roster.delete(teamId, personId, removeAssignments);
    }
}
