package org.raciplanner.api;

/**
 * What free text (names, titles, places) may hold: anything but control characters. A NUL cannot
 * be stored in PostgreSQL at all, and line breaks or escapes in a name break every list, export
 * and log line that shows it.
 */
public final class Text {

    public static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    public static final String SINGLE_LINE_MESSAGE = "must not contain control characters such as line breaks";

    private Text() {
    }
}
