package org.raciplanner.spreadsheet;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** Download names such as {@code acme-raci-2026-11-23.xlsx}: lower-case ASCII, safe in any header and file system. */
final class FileNames {

    private static final int MAX_SLUG = 60;

    private FileNames() {
    }

    static String team(String teamName, LocalDate day) {
        return slug(teamName, "team") + "-raci-" + day + ".xlsx";
    }

    static String initiative(String teamName, String initiativeName, LocalDate day) {
        return slug(teamName, "team") + "-" + slug(initiativeName, "initiative") + "-raci-" + day + ".xlsx";
    }

    static String person(String teamName, String personName, LocalDate day) {
        return slug(teamName, "team") + "-" + slug(personName, "person") + "-raci-" + day + ".xlsx";
    }

    static String scenario(String teamName, String scenarioName, LocalDate day) {
        return slug(teamName, "team") + "-scenario-" + slug(scenarioName, "scenario") + "-raci-" + day + ".xlsx";
    }

    static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
