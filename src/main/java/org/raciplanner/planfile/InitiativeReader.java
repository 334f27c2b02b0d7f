package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.analysis.Letters;
import org.raciplanner.initiative.Handles;
import org.raciplanner.initiative.InitiativeRequests;
import org.raciplanner.initiative.Kind;
import org.raciplanner.matrix.Category;
import org.raciplanner.matrix.MatrixRequests;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.template.Template;
import org.raciplanner.template.TemplateCatalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code initiatives} of a plan file for {@link PlanReader}: one reader per file. */
final class InitiativeReader {

    static final List<String> FIELDS = List.of("kind", "name", "template", "parent", "startDate", "endDate", "budget",
            "staffing", "rows", "omitRows", "cells");
    static final List<String> ROW = List.of("key", "name", "category", "effortHours");
    static final List<String> KINDS = Arrays.stream(Kind.values()).map(Enum::name).toList();
    private static final String ROLE = "[a-z0-9]+(-[a-z0-9]+)*";

    private final TemplateCatalog templates;
    private final PlanReader.Check check;
    private final Problems problems;
    private final Map<String, String> people;
    private final Map<String, Snapshot.Initiative> existing = new HashMap<>();
    private final Map<Long, String> handleOf = new HashMap<>();
    private final boolean prune;
    /** The file's initiatives' kinds and parents, and where each parent was named, for the checks across initiatives. */
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, Tree.Where> parentAt = new HashMap<>();

    /**
     * @param people the people a file may refer to, by their e-mail's key
     */
    InitiativeReader(TemplateCatalog templates, PlanReader.Check check, Problems problems, Map<String, String> people,
                     Snapshot.Team team, boolean prune) {
        this.templates = templates;
        this.check = check;
        this.problems = problems;
        this.people = people;
        this.prune = prune;
        team.matrices().forEach(m -> {
            existing.put(m.initiative().handle(), m.initiative());
            handleOf.put(m.initiative().id(), m.initiative().handle());
        });
    }

    List<Plan.Initiative> read(Tree node) {
        List<Tree.Member> members = Fields.keyed(node, "initiatives", problems);
        for (Tree.Member m : members) {
            if (!Handles.valid(m.name())) {
                problems.at(m.nameAt(), "'" + m.name() + "' is not a handle: it " + Handles.PATTERN_MESSAGE + " (at most "
                        + Handles.MAX_LENGTH + " characters)");
            }
            kinds.put(m.name(), peekKind(m.value()));
        }
        List<Plan.Initiative> read = new ArrayList<>();
        for (Tree.Member m : members) {
            read.add(initiative(m));
        }
        checkCycles();
        return read;
    }

    private Plan.Initiative initiative(Tree.Member m) {
        String handle = m.name();
        Fields f = Fields.of(m.value(), "an initiative", FIELDS, problems);
        Snapshot.Initiative current = existing.get(handle);
        String kind = kind(f, current);
        String name = f.text("name", true);
        check.value(InitiativeRequests.NewInitiative.class, "name", name, f.at("name"));
        String templateKey = f.text("template", false);
        Template template = template(f, templateKey, kind, current);
        String parent = parent(f, handle);
        LocalDate start = f.date("startDate");
        LocalDate end = f.date("endDate");
        if (start != null && end != null && end.isBefore(start)) {
            problems.at(f.at("endDate"), "endDate " + end + " is before startDate " + start);
        }
        BigDecimal budget = f.number("budget", 2);
        check.value(InitiativeRequests.NewInitiative.class, "budget", budget, f.at("budget"));
        boolean rowsKnown = templateKey == null || template != null;
        List<Plan.Staffed> staffing = f.get("staffing") == null ? List.of() : new StaffingReader(problems, people, prune)
                .read(f.get("staffing"), role -> roleProblem(role, template, templateKey));
        List<String> omit = omitRows(f, template, rowsKnown);
        List<Plan.Row> rows = rows(f, template, omit);
        Set<String> rowKeys = new LinkedHashSet<>();
        if (template != null) {
            template.responsibilities().forEach(r -> rowKeys.add(r.key()));
        }
        omit.forEach(rowKeys::remove);
        rows.forEach(r -> rowKeys.add(r.key()));
        List<Plan.Cell> cells = f.get("cells") == null ? List.of() : cells(f.get("cells"), rowsKnown ? rowKeys : null);
        return new Plan.Initiative(handle, kind, name == null ? "" : name.strip(), template == null ? templateKey : template.key(),
                parent, start, end, budget, staffing, rows, omit, cells);
    }

    @Nullable
    private String kind(Fields f, @Nullable Snapshot.Initiative current) {
        String kind = f.text("kind", true);
        if (kind == null) {
            return null;
        }
        if (!KINDS.contains(kind)) {
            problems.at(f.at("kind"), "kind must be one of " + String.join(", ", KINDS) + ", not \"" + kind + "\"");
            return null;
        }
        if (current != null && !current.kind().equals(kind)) {
            problems.at(f.at("kind"), "the kind of an initiative cannot change: " + current.name() + " is a " + current.kind()
                    + "; give the " + kind + " a new handle");
        }
        return kind;
    }

    @Nullable
    private Template template(Fields f, @Nullable String key, @Nullable String kind, @Nullable Snapshot.Initiative current) {
        if (key == null) {
            if (current != null && current.template() != null) {
                problems.at(f.at(), "template is missing: " + current.name() + " uses the template " + current.template()
                        + ", which cannot be taken away; write template: " + current.template());
            }
            return null;
        }
        Template template = templates.find(key).orElse(null);
        if (template == null) {
            problems.at(f.at("template"), "'" + key + "' is not a known template; known are " + String.join(", ",
                    templates.all().stream().map(Template::key).toList()));
        } else if (kind != null && !template.kind().equals(kind)) {
            problems.at(f.at("template"), "'" + key + "' is a template for a " + template.kind() + ", not a " + kind);
        }
        return template;
    }

    @Nullable
    private String parent(Fields f, String handle) {
        String parent = f.text("parent", false);
        if (parent == null) {
            return null;
        }
        parents.put(handle, parent);
        parentAt.put(handle, f.at("parent"));
        String parentKind = kinds.containsKey(parent) ? kinds.get(parent)
                : !prune && existing.containsKey(parent) ? existing.get(parent).kind() : null;
        if (!kinds.containsKey(parent) && (prune || !existing.containsKey(parent))) {
            problems.at(f.at("parent"), "'" + parent + "' is not an initiative of the file" + (prune ? "" : " or the team"));
        } else if (Kind.PROJECT.name().equals(parentKind)) {
            problems.at(f.at("parent"), "'" + parent + "' is a project, and a project cannot contain other initiatives;"
                    + " choose a program or product");
        }
        return parent;
    }

    /** Each initiative of the file whose chain of parents (the file's, else the team's) leads back to itself. */
    private void checkCycles() {
        for (String start : parents.keySet()) {
            List<String> chain = new ArrayList<>(List.of(start));
            String at = parentOf(start);
            while (at != null && !at.equals(start) && !chain.contains(at) && chain.size() <= kinds.size() + existing.size()) {
                chain.add(at);
                at = parentOf(at);
            }
            if (start.equals(at)) {
                chain.add(start);
                problems.at(parentAt.get(start), "the parents make a cycle: " + String.join(" → ", chain));
            }
        }
    }

    @Nullable
    private String parentOf(String handle) {
        if (kinds.containsKey(handle)) {
            return parents.get(handle);
        }
        Snapshot.Initiative team = existing.get(handle);
        return team == null || team.parentId() == null ? null : handleOf.get(team.parentId());
    }

    @Nullable
    private String roleProblem(String role, @Nullable Template template, @Nullable String templateKey) {
        if (template != null && template.role(role).isEmpty()) {
            return "'" + role + "' is not a role of template " + template.key() + " (roles: "
                    + String.join(", ", template.roles().stream().map(Template.Role::key).toList()) + ")";
        }
        return templateKey == null && !role.matches(ROLE) ? "'" + role + "' must be a role key like project-manager" : null;
    }

    private List<String> omitRows(Fields f, @Nullable Template template, boolean rowsKnown) {
        Tree node = f.get("omitRows");
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Tree.Items items)) {
            problems.at(node.at(), "omitRows must be a list of the template's responsibility keys, not " + Tree.describe(node));
            return List.of();
        }
        Set<String> omit = new LinkedHashSet<>();
        for (Tree item : items.items()) {
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

    private List<Plan.Row> rows(Fields f, @Nullable Template template, List<String> omit) {
        Tree node = f.get("rows");
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Tree.Items items)) {
            problems.at(node.at(), "rows must be a list of responsibilities, not " + Tree.describe(node));
            return List.of();
        }
        List<Plan.Row> rows = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (Tree item : items.items()) {
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
    private List<Plan.Cell> cells(Tree node, @Nullable Set<String> rowKeys) {
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

    /** The kind an initiative's entry gives, before it is read in full: its children's checks need it. */
    @Nullable
    private static String peekKind(Tree node) {
        if (node instanceof Tree.Members m) {
            return m.members().stream().filter(x -> x.name().equals("kind")).map(Tree.Member::value)
                    .filter(v -> v instanceof Tree.Scalar).map(v -> ((Tree.Scalar) v).text()).findFirst().orElse(null);
        }
        return null;
    }
}
