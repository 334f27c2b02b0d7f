package org.raciplanner.roster;

import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.NotAllowedException;
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
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.validation.Valid;
import org.raciplanner.database.RequestThreads;
import org.raciplanner.api.Refusals;
import org.raciplanner.api.JsonBodies;
import org.raciplanner.api.QueryFlags;

import java.util.List;
import java.util.Set;

@ExecuteOn(RequestThreads.NAME)
@Controller("/api/v1/teams/{teamId}/people")
class PersonController {

    static final int MAX_BATCH = 20_000;

    private final Roster roster;
    private final JsonBodies bodies;

    PersonController(Roster roster, JsonBodies bodies) {
        this.roster = roster;
        this.bodies = bodies;
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
    List<PersonView> addAll(long teamId, @Nullable @Body @RequestBody(content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = PersonRequest.class)))) JsonNode people) {
        return roster.addAll(teamId, bodies.list(people, PersonRequest.class, 1, MAX_BATCH));
    }

    @Get
    @Refusals.Read
    HttpResponse<List<PersonView>> list(long teamId,
                                        @QueryValue(defaultValue = "0") int page,
                                        @QueryValue(defaultValue = "1000") int size) {
        Page<PersonView> result = roster.list(teamId, page, size);
        return HttpResponse.ok(result.getContent()).header("X-Total-Count", String.valueOf(result.getTotalSize()));
    }

    /*
     * "batch" is no person id: without these, GET, PATCH and DELETE on it would reach /{personId} and
     * be refused as "not a number". Only POST exists there; say so (405 with Allow).
     */
    @Get("/batch")
    @Hidden
    HttpResponse<Void> batchGet(HttpRequest<?> request) {
        throw onlyPost(request);
    }

    @Patch("/batch")
    @Hidden
    HttpResponse<Void> batchPatch(HttpRequest<?> request) {
        throw onlyPost(request);
    }

    @Delete("/batch")
    @Hidden
    HttpResponse<Void> batchDelete(HttpRequest<?> request) {
        throw onlyPost(request);
    }

    private static NotAllowedException onlyPost(HttpRequest<?> request) {
        return new NotAllowedException(request.getMethodName(), request.getUri(), Set.of(HttpMethod.POST.name()));
    }

    @Get("/{personId}")
    @Refusals.Read
    PersonView get(long teamId, long personId) {
        return roster.get(teamId, personId);
    }

    @Patch("/{personId}")
    @Refusals.Write
    @Refusals.WithBody
    PersonView update(long teamId, long personId, @Nullable @Body
                      @RequestBody(content = @Content(schema = @Schema(implementation = PersonPatch.class))) JsonNode patch) {
        return roster.update(teamId, personId, bodies.patch(patch, PersonPatch.class, PersonPatch.CLEARABLE));
    }

    @Delete("/{personId}")
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.Write
    void delete(long teamId, long personId, @QueryValue(defaultValue = "false") String removeAssignments) {
        roster.delete(teamId, personId, QueryFlags.parse("removeAssignments", removeAssignments));
    }
}
