package org.raciplanner.api;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Framework messages name Java types and parser internals ("Cannot deserialize value of type",
 * "START_ARRAY", "For input string"); clients need the API's words: what was expected and what
 * was sent.
 */
final class Wording {

    private static final Pattern CONVERSION_PREFIX =
            Pattern.compile("^Failed to convert argument \\[(\\w+)] for value \\[[^]]*] due to: ");
    private static final Pattern PARSER_LOCATION =
            Pattern.compile("\\s*\\n?\\s*at \\[Source: .*$", Pattern.DOTALL);
    private static final Pattern JAVA_TYPE = Pattern.compile("`(?:[a-z]\\w*\\.)+(\\w+(?:\\$\\w+)?)`");
    private static final Pattern DECODING_PREFIX = Pattern.compile("^Error decoding property \\[[^]]*] of type \\[[^]]*]: ");
    private static final Pattern UNKNOWN_ENUM = Pattern.compile("No enum constant (?:[a-z]\\w*\\.)+(\\w+)\\.(\\w+)");
    private static final Pattern EXPECTED_ONE_OF =
            Pattern.compile("^Cannot deserialize value of type \\S+ due to: Expected one of \\[([^]]*)] but was '(.*)'$", Pattern.DOTALL);
    private static final Pattern CANNOT_DESERIALIZE = Pattern.compile("^Cannot deserialize value of type (\\S+) due to: .*$", Pattern.DOTALL);
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Unknown property \\[([^]]*)] encountered.*$", Pattern.DOTALL);
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile("^Unexpected token (\\w+), expected (\\w+)$");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("^For input string: \"(.*)\"$", Pattern.DOTALL);
    private static final Pattern NO_BODY = Pattern.compile("^Required Body \\[\\w+] not specified$");
    private static final Pattern UNABLE_TO_COERCE = Pattern.compile("^Unable to coerce \\w+ to (\\w+).*$", Pattern.DOTALL);
    /** Any other Java class name: clients need the simple name at most, never our packages. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("(?:[a-z]\\w*\\.){2,}([A-Z]\\w*)(?:\\$\\w+)*");
    private static final Map<String, String> TOKENS = Map.of(
            "START_ARRAY", "an array", "START_OBJECT", "an object", "END_ARRAY", "the end of an array",
            "END_OBJECT", "the end of an object", "VALUE_STRING", "a string", "VALUE_NUMBER_INT", "a number",
            "VALUE_NUMBER_FLOAT", "a number", "VALUE_TRUE", "true", "VALUE_FALSE", "false", "VALUE_NULL", "null");

    private Wording() {
    }

    static String readable(String message) {
        if (message == null) {
            return null;
        }
        String m = CONVERSION_PREFIX.matcher(message).replaceFirst("");
        m = DECODING_PREFIX.matcher(m).replaceFirst("");
        m = PARSER_LOCATION.matcher(m).replaceAll("").strip();
        m = EXPECTED_ONE_OF.matcher(m).replaceAll(r -> Matcher.quoteReplacement(
                "must be one of " + r.group(1) + ", not " + Sent.quote(r.group(2))));
        m = CANNOT_DESERIALIZE.matcher(m).replaceAll("must be a valid $1");
        m = UNKNOWN_PROPERTY.matcher(m).replaceAll("is not a field of this request");
        m = UNEXPECTED_TOKEN.matcher(m).replaceAll(r -> Matcher.quoteReplacement(
                "must be " + TOKENS.getOrDefault(r.group(2), r.group(2)) + ", not " + TOKENS.getOrDefault(r.group(1), r.group(1))));
        m = NOT_A_NUMBER.matcher(m).replaceAll(r -> Matcher.quoteReplacement("must be a whole number, not " + Sent.quote(r.group(1))));
        m = NO_BODY.matcher(m).replaceAll("The request needs a JSON body");
        m = UNABLE_TO_COERCE.matcher(m).replaceAll("must be a valid $1");
        m = JAVA_TYPE.matcher(m).replaceAll("$1");
        m = UNKNOWN_ENUM.matcher(m).replaceAll("'$2' is not a known $1");
        m = QUALIFIED_NAME.matcher(m).replaceAll("$1");
        return m.strip();
    }
}
