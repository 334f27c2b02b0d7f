package org.raciplanner.api;

/** Yes/no query parameters: {@code true} or {@code false}, nothing else (not "yes", not "banana"). */
public final class QueryFlags {

    private QueryFlags() {
    }

    public static boolean parse(String name, String sent) {
        return switch (sent) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField(name, "must be true or false, not " + Sent.quote(sent));
        };
    }
}
