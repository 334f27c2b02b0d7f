package org.raciplanner.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.planning.AddPerson;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.Changes;
import org.raciplanner.planning.InvalidChanges;
import org.raciplanner.roster.Email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Change lists as the API reads, stores and refuses them: the JSON a client sends is handed to the
 * planning core as plain values, and the core's refusal becomes the API's: 400 for a malformed
 * list, 422 for one that names what the team does not have, 413 beyond {@link Changes#MAX}.
 */
@Singleton
public class ChangeLists {

    private final JsonMapper json;

    ChangeLists(JsonMapper json) {
        this.json = json;
    }

    /** The changes a client sent; their e-mails are checked by the roster's own rule. */
    public List<Change> read(@Nullable JsonNode changes) {
        List<Change> read;
        try {
            read = Changes.read(plain(changes));
        } catch (InvalidChanges e) {
            throw refusal(e);
        }
        List<Problem.Issue> issues = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i) instanceof AddPerson added) {
                try {
                    new Email(added.email());
                } catch (IllegalArgumentException e) {
                    issues.add(Problem.Issue.field("changes[" + i + "].email", e.getMessage()));
                }
            }
        }
        if (!issues.isEmpty()) {
            throw ApiException.badRequest("The changes are not valid", issues);
        }
        return read;
    }

    /** A list stored by {@link #store}: read as it was checked when it was saved. */
    List<Change> stored(String stored) {
        try {
            return Changes.read(plain(json.readValue(stored, JsonNode.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String store(List<Change> changes) {
        try {
            return json.writeValueAsString(Changes.json(changes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API's answer to a change list the core refused. */
    public static ApiException refusal(InvalidChanges e) {
        HttpStatus status = switch (e.kind()) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case UNRESOLVED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case TOO_MANY -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        };
        return new ApiException(status, e.getMessage(), e.issues().stream()
                .map(i -> Problem.Issue.field(i.field(), i.message())).toList());
    }

    /** JSON as the core reads it: maps, lists, strings, BigDecimal numbers, booleans and null. */
    private static Object plain(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.entries()) {
                map.put(field.getKey(), plain(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                list.add(plain(node.get(i)));
            }
            return list;
        }
        if (node.isNumber()) {
            return node.getBigDecimalValue();
        }
        if (node.isBoolean()) {
            return node.getBooleanValue();
        }
        return node.getStringValue();
    }
}
