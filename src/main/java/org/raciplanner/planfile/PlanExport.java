package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.raciplanner.matrix.CellSource;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.analysis.Limits;
import org.raciplanner.template.Template;
import org.raciplanner.template.TemplateCatalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The team as a {@link Plan}: what a person decided and nothing that follows from it. Rows are
 * listed only where they differ from the initiative's template (extra rows, template rows with
 * other values), template rows the initiative lacks as {@code omitRows}, and only cells set by
 * hand; the letters the template derives from the staffing are left out.
 */
@Singleton
class PlanExport {

    private final TemplateCatalog templates;

    PlanExport(TemplateCatalog templates) {
        this.templates = templates;
    }

    Plan of(Snapshot.Team team) {
        Limits limits = team.limits();
        Map<String, Integer> settings = new LinkedHashMap<>();
        settings.put("maxAccountable", limits.maxAccountable());
        settings.put("maxRoles", limits.maxRoles());
        settings.put("maxConsulted", limits.maxConsulted());
        settings.put("maxResponsible", limits.maxResponsible());
        settings.put("maxCommunicationSpan", limits.maxCommunicationSpan());
        settings.put("capacityWarnPercent", limits.capacityWarnPercent());
        settings.put("capacityErrorPercent", limits.capacityErrorPercent());
        settings.put("singlePointPercent", limits.singlePointPercent());
        settings.put("horizonWeeks", team.horizonWeeks());
        Map<Long, List<Plan.Window>> windows = new HashMap<>();
        team.availability().forEach(a -> windows.computeIfAbsent(a.person(), p -> new ArrayList<>())
                .add(new Plan.Window(a.from(), a.to(), a.capacityHours(), a.note())));
        Map<Long, String> emails = new HashMap<>();
        List<Plan.Person> people = new ArrayList<>();
        for (Snapshot.Person p : team.people()) {
            emails.put(p.id(), Plan.key(p.email()));
            people.add(new Plan.Person(p.email(), p.name(), p.title(), p.location(), p.remote(), p.capacityHours(),
                    windows.getOrDefault(p.id(), List.of())));
        }
        Map<Long, String> handles = new HashMap<>();
        team.matrices().forEach(m -> handles.put(m.initiative().id(), m.initiative().handle()));
        List<Plan.Initiative> initiatives = team.matrices().stream().map(m -> initiative(m, emails, handles)).toList();
        return new Plan(settings, people, initiatives);
    }

    private Plan.Initiative initiative(Snapshot.Matrix m, Map<Long, String> emails, Map<Long, String> handles) {
        Snapshot.Initiative i = m.initiative();
        Template template = i.template() == null ? null : templates.find(i.template()).orElse(null);
        List<Plan.Staffed> staffing = m.staffing().stream().map(s -> new Plan.Staffed(s.role(), emails.get(s.person()),
                s.communicatesVia() == null ? null : emails.get(s.communicatesVia()))).toList();
        List<Plan.Cell> cells = m.cells().stream().filter(c -> c.source().equals(CellSource.MANUAL.name()))
                .map(c -> new Plan.Cell(c.responsibility(), emails.get(c.person()), c.letters().name())).toList();
        return new Plan.Initiative(i.handle(), i.kind(), i.name(), i.template(), i.parentId() == null ? null : handles.get(i.parentId()),
                i.startDate(), i.endDate(), i.budget(), staffing, rowsBeyond(m.rows(), template), omitted(m.rows(), template),
                sortedByRow(cells, m.rows()));
    }

    /** The rows a template would not give: rows of their own, and template rows with other values. */
    static List<Plan.Row> rowsBeyond(List<Snapshot.Row> rows, @Nullable Template template) {
        Map<String, Plan.Row> given = templateRows(template);
        return rows.stream().map(r -> new Plan.Row(r.key(), r.name(), r.category(), r.effortHours()))
                .filter(r -> !r.equals(given.get(r.key()))).toList();
    }

    /** The template's rows the initiative does not have. */
    static List<String> omitted(List<Snapshot.Row> rows, @Nullable Template template) {
        Set<String> present = rows.stream().map(Snapshot.Row::key).collect(Collectors.toSet());
        return templateRows(template).keySet().stream().filter(key -> !present.contains(key)).toList();
    }

    /** A template's rows as a plan writes them, by key in the template's order; none without a template. */
    static Map<String, Plan.Row> templateRows(@Nullable Template template) {
        Map<String, Plan.Row> rows = new LinkedHashMap<>();
        if (template != null) {
            template.responsibilities().forEach(r -> rows.put(r.key(), new Plan.Row(r.key(), r.name(), r.category().name(),
                    r.effortHours())));
        }
        return rows;
    }

    /** Cells by their row's position, then by person: the order a reader of the file expects. */
    private static List<Plan.Cell> sortedByRow(List<Plan.Cell> cells, List<Snapshot.Row> rows) {
        Map<String, Integer> position = new HashMap<>();
        rows.forEach(r -> position.put(r.key(), position.size()));
        return cells.stream().sorted((a, b) -> {
            int byRow = Integer.compare(position.getOrDefault(a.responsibility(), 0), position.getOrDefault(b.responsibility(), 0));
            return byRow != 0 ? byRow : a.person().compareTo(b.person());
        }).toList();
    }
}
