package org.raciplanner.spreadsheet;

import org.apache.poi.ss.util.WorkbookUtil;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code / \ ? * [ ] :},
 * no apostrophe at either end, not "History" (reserved by Excel), unique ignoring case.
 */
final class SheetNames {

    private static final int MAX_LENGTH = 31;
    private final Set<String> taken = new HashSet<>(Set.of("history"));

    /** Reserves a name of our own, such as "Legend", so no initiative takes it. */
    void reserve(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
    }

    String next(String wanted) {
        String stripped = wanted.strip().replaceAll("^'+|'+$", "").strip();
        String base = stripped.isEmpty() ? "Sheet" : WorkbookUtil.createSafeSheetName(stripped, '_');
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).stripTrailing() + suffix;
        }
        return name;
    }
}
