package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.initiative.Handles;
import org.raciplanner.initiative.InitiativeRequests;
import org.raciplanner.initiative.Kind;
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
        MatrixReader matrix = new MatrixReader(check, problems, people, prune);
        List<String> omit = matrix.omitRows(f, template, rowsKnown);
        List<Plan.Row> rows = matrix.rows(f, template, omit);
        Set<String> rowKeys = new LinkedHashSet<>();
        if (template != null) {
            template.responsibilities().forEach(r -> rowKeys.add(r.key()));
        }
        omit.forEach(rowKeys::remove);
        rows.forEach(r -> rowKeys.add(r.key()));
        List<Plan.Cell> cells = f.get("cells") == null ? List.of() : matrix.cells(f.get("cells"), rowsKnown ? rowKeys : null);
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
        if (template == null && current != null && key.equals(current.template())) {
            return null; // not loaded (RACI_TEMPLATES_DIR changed), but already its template: its export must go back in
        }
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
