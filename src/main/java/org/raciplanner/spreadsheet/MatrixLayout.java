package org.raciplanner.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.snapshot.Snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things are on a matrix sheet, shared by the writer and the reader. The sheet ends in a
 * hidden column: its header carries a marker with the initiative and the matrix version the
 * sheet was exported at, and each row's cell the row's key and its letters at export, so that an
 * upload can tell the uploader's edits from changes others made since (a three-way merge).
 */
final class MatrixLayout {

    static final int TITLE_ROW = 0;
    static final int DETAILS_ROW = 1;
    static final int HINT_ROW = 2;
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = 4;
    static final int NAME_COLUMN = 0;
    static final int CATEGORY_COLUMN = 1;
    static final int FIRST_PERSON_COLUMN = 2;
    /** The letters counted per row and per column, each in its own column after the people. */
    static final List<String> COUNTED = List.of("A", "R", "C", "I");
    static final String NAME_HEADER = "Responsibility";
    static final String CATEGORY_HEADER = "Category";
    static final String CHECK_HEADER = "Check";
    static final String TOTAL_PREFIX = "Total ";
    static final String MARKER = "raci-planner matrix";
    static final List<String> ALLOWED_LETTERS = List.of("R", "A", "C", "I", "RA");

    private static final Pattern MARKER_PATTERN = Pattern.compile(
            Pattern.quote(MARKER) + "; initiative=(\\d{1,18}); version=(\\d{1,18})");

    private MatrixLayout() {
    }

    static int countColumn(int people, int index) {
        return FIRST_PERSON_COLUMN + people + index;
    }

    static int checkColumn(int people) {
        return FIRST_PERSON_COLUMN + people + COUNTED.size();
    }

    static int baseColumn(int people) {
        return checkColumn(people) + 1;
    }

    static String personHeader(Snapshot.Column c) {
        return c.roles().isEmpty() ? c.name() + "\n" + c.email() : c.name() + "\n" + c.email() + "\n" + roles(c);
    }

    static String roles(Snapshot.Column c) {
        return String.join(", ", c.roles());
    }

    /** The e-mail in a person's column header: the line with an {@code @}. */
    static Optional<String> emailIn(String header) {
        return header.lines().map(String::strip).filter(l -> l.contains("@")).findFirst();
    }

    static String marker(long initiativeId, long version) {
        return MARKER + "; initiative=" + initiativeId + "; version=" + version;
    }

    static Optional<Marker> parseMarker(String text) {
        Matcher m = MARKER_PATTERN.matcher(text.strip());
        return m.matches() ? Optional.of(new Marker(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))) : Optional.empty();
    }

    /** A row's hidden cell: {@code budget|12:RA,15:C}. */
    static String base(String key, Map<Long, String> letters) {
        StringJoiner cells = new StringJoiner(",", key + "|", "");
        letters.forEach((person, l) -> cells.add(person + ":" + l));
        return cells.toString();
    }

    /** The row key and its letters at export, or empty if the text is not a base cell. */
    static Optional<Base> parseBase(@Nullable String text) {
        if (text == null || text.indexOf('|') < 1) {
            return Optional.empty();
        }
        int bar = text.indexOf('|');
        Map<Long, String> letters = new LinkedHashMap<>();
        String rest = text.substring(bar + 1);
        if (!rest.isEmpty()) {
            for (String pair : rest.split(",")) {
                int colon = pair.indexOf(':');
                if (colon < 1) {
                    return Optional.empty();
                }
                try {
                    letters.put(Long.parseLong(pair.substring(0, colon)), pair.substring(colon + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Base(text.substring(0, bar), letters));
    }

    record Marker(long initiativeId, long version) {
    }

    record Base(String key, Map<Long, String> letters) {
    }
}
