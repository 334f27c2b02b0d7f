package org.raciplanner.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads request bodies whose JSON shape matters beyond the fields' values: arrays, where a
 * {@code null} item must be refused rather than dropped, and merge patches, where a field sent as
 * {@code null} means "clear it" and an absent field "keep it". Every item is read strictly (unknown
 * fields and wrong types refused) and validated; all problems are reported together, by position.
 */
@Singleton
public class JsonBodies {

    private final JsonMapper json;
    private final Validator validator;

    JsonBodies(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Every item of a JSON array, all or nothing: a null, unreadable or invalid item is named as {@code [i]}. */
    public <T> List<T> list(@Nullable JsonNode body, Class<T> type, int minItems, int maxItems) {
        if (body == null || !body.isArray()) {
            throw ApiException.invalidField("body", "must be a JSON array, not " + (body == null ? "nothing" : Sent.describe(body)));
        }
        if (body.size() < minItems || body.size() > maxItems) {
            throw ApiException.invalidField("body", "must hold between " + minItems + " and " + maxItems + " items, not " + body.size());
        }
        List<Problem.Issue> issues = new ArrayList<>();
        List<T> items = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            if (item.isNull()) {
                issues.add(Problem.Issue.field("[" + i + "]", "must not be null"));
            } else {
                items.add(read(item, type, "[" + i + "]", issues));
            }
        }
        refuseIf(issues);
        return items;
    }

    /** A merge patch of {@code type}; only the {@code clearable} fields may be sent as null. */
    public <T> MergePatch<T> patch(@Nullable JsonNode body, Class<T> type, Set<String> clearable) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalidField("body", "must be a JSON object, not " + (body == null ? "nothing" : Sent.describe(body)));
        }
        List<Problem.Issue> issues = new ArrayList<>();
        Set<String> cleared = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> field : body.entries()) {
            if (field.getValue().isNull()) {
                cleared.add(field.getKey());
                if (!clearable.contains(field.getKey())) {
                    issues.add(Problem.Issue.field(field.getKey(), "cannot be cleared; leave it out to keep it, or send a value"));
                }
            }
        }
        T values = read(body, type, "", issues);
        refuseIf(issues);
        return new MergePatch<>(values, Set.copyOf(cleared));
    }

    private <T> T read(JsonNode node, Class<T> type, String at, List<Problem.Issue> issues) {
        T value;
        try {
            value = json.readValueFromTree(node, type);
        } catch (SerdeException e) {
            String path = SerdePaths.of(e).orElse("");
            issues.add(Problem.Issue.field(join(at, path.isEmpty() ? "body" : path), Wording.readable(e.getMessage())));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        validator.validate(value).forEach(v ->
                issues.add(Problem.Issue.field(join(at, ConstraintViolationHandler.fieldOf(v)), v.getMessage())));
        return value;
    }

    private static String join(String at, String field) {
        if (at.isEmpty()) {
            return field;
        }
        return field.equals("body") ? at : at + (field.startsWith("[") ? "" : ".") + field;
    }

    private static void refuseIf(List<Problem.Issue> issues) {
        if (!issues.isEmpty()) {
            throw ApiException.badRequest("The request is not valid; nothing was changed", issues);
        }
    }
}
