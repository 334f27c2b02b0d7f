package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.analysis.Letters;
import org.raciplanner.matrix.Category;
import org.raciplanner.matrix.MatrixRequests;
import org.raciplanner.template.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads what an initiative of a plan file says of its matrix: {@code omitRows}, {@code rows} and {@code cells}. */
final class MatrixReader {

    static final List<String> ROW = List.of("key", "name", "category", "effortHours");

    private final PlanReader.Check check;
    private final Problems problems;
    private final Map<String, String> people;
    private final boolean prune;

    /** @param people the people the file may name, by their e-mail's key */
    MatrixReader(PlanReader.Check check, Problems problems, Map<String, String> people, boolean prune) {
        this.check = check;
        this.problems = problems;
        this.people = people;
        this.prune = prune;
    }

    /** The template rows the initiative does not have: keys of its template's rows. */
    List<String> omitRows(Fields f, @Nullable Template template, boolean rowsKnown) {
        Set<String> omit = new LinkedHashSet<>();
        for (Tree item : f.items("omitRows", "the template's responsibility keys")) {
            String key = item instanceof Tree.Scalar s && s.type() == Tree.Type.TEXT ? s.text() : null;
            if (key == null) {
                problems.at(item.at(), "omitRows must list responsibility keys, not " + Tree.describe(item));
            } else if (rowsKnown && (template == null || template.responsibilities().stream().noneMatch(r -> r.key().equals(key)))) {
                problems.at(item.at(), "'" + key + "' is not a responsibility of " + (template == null ? "a template (there is none)"
                        : "template " + template.key()));
            } else if (!omit.add(key)) {
                problems.at(item.at(), "'" + key + "' is given twice");
            }
        }
        return List.copyOf(omit);
    }

    /** Rows of the initiative's own, and template rows with other values (what is left out takes the template's, else the API's defaults). */
    List<Plan.Row> rows(Fields f, @Nullable Template template, List<String> omit) {
        List<Plan.Row> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Tree item : f.items("rows", "responsibilities")) {
            Fields r = Fields.of(item, "a responsibility", ROW, problems);
            String key = r.text("key", true);
            String name = r.text("name", true);
            String category = r.text("category", false);
            BigDecimal effort = r.number("effortHours", 2);
            boolean fine = check.value(MatrixRequests.NewResponsibility.class, "key", key, r.at("key"))
                    & check.value(MatrixRequests.NewResponsibility.class, "name", name, r.at("name"))
                    & check.value(MatrixRequests.NewResponsibility.class, "effortHours", effort, r.at("effortHours"));
            if (category != null && Arrays.stream(Category.values()).noneMatch(c -> c.name().equals(category))) {
                problems.at(r.at("category"), "category must be STRATEGY or EXECUTION, not \"" + category + "\"");
                fine = false;
            }
            if (key == null || name == null || !fine) {
                continue;
            }
            if (!keys.add(key)) {
                problems.at(r.at("key"), "'" + key + "' is given twice in rows");
            } else if (omit.contains(key)) {
                problems.at(r.at("key"), "'" + key + "' is also in omitRows");
            }
            Template.Row base = template == null ? null
                    : template.responsibilities().stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
            rows.add(new Plan.Row(key, name.strip(),
                    category != null ? category : base != null ? base.category().name() : Category.EXECUTION.name(),
                    effort != null ? effort : base != null ? base.effortHours() : BigDecimal.ONE));
        }
        return rows;
    }

    /** @param rowKeys the initiative's rows, or null when its template is unknown (already a problem) */
    List<Plan.Cell> cells(Tree node, @Nullable Set<String> rowKeys) {
        List<Plan.Cell> cells = new ArrayList<>();
        for (Tree.Member row : Fields.keyed(node, "cells", problems)) {
            if (rowKeys != null && !rowKeys.contains(row.name())) {
                problems.at(row.nameAt(), "'" + row.name() + "' is not a responsibility of this initiative (its template's, less"
                        + " omitRows, and its rows)");
                continue;
            }
            for (Tree.Member cell : Fields.keyed(row.value(), "a row of cells", problems)) {
                String person = people.containsKey(Plan.key(cell.name())) ? Plan.key(cell.name()) : null;
                if (person == null) {
                    problems.at(cell.nameAt(), StaffingReader.unknown(cell.name(), prune));
                }
                String letters = cell.value() instanceof Tree.Scalar s && s.type() == Tree.Type.TEXT ? s.text() : null;
                if (letters == null) {
                    problems.at(cell.value().at(), "letters must be one of " + Letters.ALLOWED + ", not " + Tree.describe(cell.value()));
                    continue;
                }
                try {
                    Letters parsed = Letters.parse(letters);
                    if (person != null) {
                        cells.add(new Plan.Cell(row.name(), person, parsed.name()));
                    }
                } catch (IllegalArgumentException e) {
                    problems.at(cell.value().at(), "letters " + e.getMessage());
                }
            }
        }
        return cells;
    }
}
