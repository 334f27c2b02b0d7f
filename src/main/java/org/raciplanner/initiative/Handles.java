package org.raciplanner.initiative;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * An initiative's handle: the stable, human-written name plan files and clients use for it
 * ({@code atlas-launch}), unique within the team and kept when the initiative is renamed. Made
 * from the name when none is given, as the V7 migration made them for existing initiatives.
 */
public final class Handles {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String PATTERN_MESSAGE = "must be lower-case letters and digits in words joined by '-', like atlas-launch";
    public static final int MAX_LENGTH = 100;
    private static final int BASE_LENGTH = 60;

    private Handles() {
    }

    public static boolean valid(String handle) {
        return handle.length() <= MAX_LENGTH && handle.matches(PATTERN);
    }

    /** The slug of a name: accents dropped, anything but letters and digits a single '-'. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-");
        slug = slug.length() > BASE_LENGTH ? slug.substring(0, BASE_LENGTH) : slug;
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "initiative" : slug;
    }

    /** The slug of the name, numbered ({@code -2}, {@code -3}, …) past the handles already taken. */
    static String free(String name, Set<String> taken) {
        String base = slug(name);
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
