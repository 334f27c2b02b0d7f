package org.raciplanner.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One HTTP answer, with the JSON read as plain maps and lists. */
public record Reply(String request, int status, String body, Map<String, List<String>> headers, JsonMapper json) {

    public Reply expect(int expected) {
        assertEquals(expected, status, () -> request + " answered " + status + ": " + body);
        return this;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
        return read(Map.class);
    }

    public List<Map<String, Object>> list() {
        try {
            return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON array: " + body, e);
        }
    }

    public long id() {
        return ((Number) map().get("id")).longValue();
    }

    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    /** The {@code errors} of a problem document, as {@code field: message} (or {@code cell: message}). */
    @SuppressWarnings("unchecked")
    public List<String> problems() {
        Object errors = map().get("errors");
        if (errors == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) errors).stream()
                .map(e -> (e.get("field") != null ? e.get("field") : e.get("cell")) + ": " + e.get("message"))
                .toList();
    }

    private <T> T read(Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }
}
