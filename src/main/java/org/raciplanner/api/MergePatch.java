package org.raciplanner.api;

import java.util.Set;

/**
 * A JSON merge patch (RFC 7396) read into its request type: a field that is absent keeps its value,
 * a field given a value takes it, and a field sent as {@code null} is cleared.
 *
 * @param values  the fields that were sent with a value (absent and null ones are null here)
 * @param cleared the fields sent as {@code null}
 */
public record MergePatch<T>(T values, Set<String> cleared) {

    /** {@code current} unless the patch gives {@code field} a value or clears it. */
    public <V> V pick(String field, V sent, V current) {
        if (cleared.contains(field)) {
            return null;
        }
        return sent != null ? sent : current;
    }
}
