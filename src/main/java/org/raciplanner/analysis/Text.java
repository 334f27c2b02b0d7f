package org.raciplanner.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Wording shared by the warnings. */
final class Text {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);

    private Text() {
    }

    /** "4 Jan 2027". */
    static String date(LocalDate day) {
        return DAY_MONTH_YEAR.format(day);
    }

    /** "4 Jan – 28 Mar 2027", "5 – 11 Apr 2027", "28 Dec 2026 – 3 Jan 2027": what both ends share is said once. */
    static String dates(LocalDate from, LocalDate to) {
        DateTimeFormatter start = from.getYear() != to.getYear() ? DAY_MONTH_YEAR
                : from.getMonth() != to.getMonth() ? DAY_MONTH : DAY;
        return start.format(from) + " – " + DAY_MONTH_YEAR.format(to);
    }

    static String quoted(String name) {
        return "'" + name + "'";
    }

    /** "project-manager" → "project manager". */
    static String role(String key) {
        return key.replace('-', ' ');
    }

    static List<String> roles(List<String> keys) {
        return keys.stream().map(Text::role).toList();
    }

    /** "A", "A and B", "A, B and C". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "nobody";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** At most {@code max} items by name, then "and N more". */
    static String sample(List<String> items, int max) {
        if (items.size() <= max) {
            return list(items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String people(int n) {
        return count(n, "person", "people");
    }

    static String hours(double hours) {
        return Figures.round1(hours) + " h";
    }

    static String percent(double percent) {
        return Figures.round1(percent) + " %";
    }

    /** The role that usually owns an initiative's outcomes. */
    static String leadRole(String kind) {
        return switch (kind) {
            case "PRODUCT" -> "product manager";
            case "PROGRAM" -> "program manager";
            default -> "project manager";
        };
    }

    /** A sentence ends with a full stop even when the template's reason does not. */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?")) {
            return trimmed;
        }
        return trimmed + ".";
    }
}
