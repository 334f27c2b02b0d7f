package org.raciplanner.api;

import io.micronaut.json.tree.JsonNode;

/** Describes a JSON value a client sent, in the words an error message quotes it with. */
final class Sent {

    private static final int SHOWN = 40;

    private Sent() {
    }

    static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return quote(node.getStringValue());
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return abbreviate(String.valueOf(node.getValue()));
    }

    static String quote(String text) {
        return "\"" + abbreviate(text) + "\"";
    }

    private static String abbreviate(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
