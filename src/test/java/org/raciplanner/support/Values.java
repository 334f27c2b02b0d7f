package org.raciplanner.support;

import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes JSON values (plain maps, lists, strings, numbers) from an OpenAPI schema, from a seeded
 * {@link Random}: {@link #valid} follows the schema, {@link #hostile} breaks it the ways clients do
 * (a wrong type, a missing or unknown field, a null item, a huge or odd value). Ids are drawn from
 * {@code ids}, so that many valid values name things that exist.
 */
public final class Values {

    /** Texts a careless or hostile client sends: empty, blank, control characters, markup, a formula, very long. */
    static final List<String> ODD_TEXTS = List.of("", " ", "\u0000", "a\nb", "\t", "<script>alert(1)</script>", "=1+1",
            "'; drop table person; --", "\uD83D\uDE00", "\uFFFF", "null", "A/R/C", "x".repeat(300), "y".repeat(70_000));
    static final List<Object> ODD_NUMBERS = List.of(0, -1, 1.5, 1e308, -1e308, Long.MAX_VALUE,
            new BigDecimal("123456789012345678901234567890"), new BigDecimal("1e-400"), 2147483648L);

    /** Plausible values by field name: {@code %d} is replaced by a random number, so names and e-mails rarely clash. */
    static final Map<String, List<Object>> HINTS = Map.of(
            "email", List.of("person%d@example.com"),
            "key", List.of("row-%d", "budget", "roadmap"),
            "letters", List.of("R", "A", "RA", "C", "I", "a/r", "r, a"),
            "role", List.of("product-manager", "product-owner", "project-manager", "delivery-team", "EDITOR", "VIEWER"),
            "template", List.of("product", "delivery-project", "program"),
            "kind", List.of("PROJECT", "PRODUCT", "PROGRAM"),
            "category", List.of("STRATEGY", "EXECUTION"),
            "name", List.of("Generated %d"));

    private final Random random;
    private final List<Long> ids;

    public Values(Random random, List<Long> ids) {
        this.random = random;
        this.ids = List.copyOf(ids);
    }

    /** A value of the schema's shape, with plausible contents. */
    public Object valid(Schema<?> schema) {
        return valid(schema, 0);
    }

    /** Something the schema does not allow, somewhere in the value, or a valid value with an unknown field. */
    public Object hostile(Schema<?> schema) {
        Object value = valid(schema);
        return switch (random.nextInt(4)) {
            case 0 -> odd();
            default -> mutate(schema, value, 0);
        };
    }

    private Object valid(Schema<?> schema, int depth) {
        if (schema == null) {
            return null;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return pick(schema.getEnum());
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return valid(pick(schema.getOneOf()), depth);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return valid(schema.getAllOf().get(0), depth);
        }
        String type = schema.getType() == null ? (schema.getProperties() != null ? "object" : "string") : schema.getType();
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> random.nextInt(4) == 0 ? (long) random.nextInt(5) : pick(ids);
            case "number" -> BigDecimal.valueOf(random.nextInt(400), 1);
            case "boolean" -> random.nextBoolean();
            default -> text(schema);
        };
    }

    private Map<String, Object> object(Schema<?> schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() == null || depth > 3) {
            return object;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name) || random.nextInt(3) > 0) {
                object.put(name, HINTS.containsKey(name) && random.nextInt(5) > 0 ? hinted(name) : valid(property, depth + 1));
            }
        });
        return object;
    }

    /** What a field named so usually holds, so that most valid requests get past validation to the service's rules. */
    private Object hinted(String name) {
        Object value = pick(HINTS.get(name));
        return value instanceof String text && text.contains("%d") ? text.formatted(random.nextInt(1_000_000)) : value;
    }

    private List<Object> array(Schema<?> schema, int depth) {
        List<Object> items = new ArrayList<>();
        int n = depth > 2 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            items.add(valid(schema.getItems(), depth + 1));
        }
        return items;
    }

    private String text(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date" -> "2027-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case "date-time" -> "2027-01-01T00:00:00Z";
            case "email" -> "p" + random.nextInt(100_000) + "@example.com";
            default -> random.nextInt(5) == 0 ? pick(List.of("R", "A", "RA", "C", "I", "a/r", "product", "EDITOR"))
                    : "gen " + random.nextInt(100_000) + (random.nextBoolean() ? "@example.com" : "");
        };
    }

    @SuppressWarnings("unchecked")
    private Object mutate(Schema<?> schema, Object value, int depth) {
        if (value instanceof Map<?, ?> map && schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>((Map<String, Object>) map);
            List<String> names = new ArrayList<>(schema.getProperties().keySet());
            String name = pick(names);
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.put("unknown" + random.nextInt(10), odd());
                case 2 -> object.put(name, null);
                default -> object.put(name, depth < 2 && object.get(name) != null
                        ? mutate(schema.getProperties().get(name), object.get(name), depth + 1) : odd());
            }
            return object;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list);
            switch (random.nextInt(3)) {
                case 0 -> items.add(random.nextInt(items.size() + 1), null);
                case 1 -> items.add(odd());
                default -> {
                    for (int i = 0; i < 200; i++) {
                        items.add(valid(schema.getItems(), depth + 1));
                    }
                }
            }
            return items;
        }
        return odd();
    }

    /** A value of any JSON type, usually not the one expected. */
    Object odd() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(ODD_TEXTS);
            case 1 -> pick(ODD_NUMBERS);
            case 2 -> random.nextBoolean();
            case 3 -> new ArrayList<>(List.of(pick(ODD_TEXTS)));
            case 4 -> Map.of("nested", pick(ODD_NUMBERS));
            default -> null;
        };
    }

    /** A path segment that is not a usable id: not a number, out of range, negative, or encoded oddly. */
    public String oddSegment() {
        return pick(List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%20", "%00", "null", "1e3", "%F0%9F%98%80", "x".repeat(300)));
    }

    public <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
