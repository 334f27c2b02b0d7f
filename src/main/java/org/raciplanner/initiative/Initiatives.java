package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.database.RowLocks;
import org.raciplanner.history.History;
import org.raciplanner.matrix.Matrices;
import org.raciplanner.matrix.RowSpec;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.team.Teams;
import org.raciplanner.template.Template;
import org.raciplanner.template.TemplateCatalog;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.api.MergePatch;
import org.raciplanner.initiative.InitiativeRequests.StaffingEntry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Projects, products and programs, their staffing, and the letters a template derives from it. */
@Singleton
public class Initiatives {

    private final InitiativeRepository initiatives;
    private final StaffingRepository staffing;
    private final TemplateCatalog templates;
    private final Matrices matrices;
    private final Teams teams;
    private final RowLocks locks;
    private final History history;

    Initiatives(InitiativeRepository initiatives, StaffingRepository staffing, TemplateCatalog templates,
                Matrices matrices, Teams teams, RowLocks locks, History history) {
        this.initiatives = initiatives;
        this.staffing = staffing;
        this.templates = templates;
        this.matrices = matrices;
        this.teams = teams;
        this.locks = locks;
        this.history = history;
    }

    /** Takes a person off every staffing of the team (a roster delete); whoever communicated via them does so directly. */
    @Transactional
    public void removePerson(long teamId, long personId) {
        staffing.deletePerson(teamId, personId);
        staffing.clearCommunicatesVia(teamId, personId);
    }

    @Transactional
    InitiativeView create(long teamId, InitiativeRequests.NewInitiative request) {
        teams.requireExists(teamId);
        DateRange dates = dates(request.startDate(), request.endDate());
        Template template = request.template() == null ? null : template(request.template(), request.kind());
        if (request.parentId() != null) {
            requireParent(teamId, request.parentId(), null);
        }
        Initiative saved = initiatives.save(new Initiative(null, teamId, request.kind(), request.name().strip(),
                template == null ? null : template.key(), request.parentId(), dates.start(), dates.end(), request.budget(),
                1, null, null, null));
        history.record(teamId, "initiative.created", saved.id(), null, null, InitiativeView.of(saved));
        if (template != null) {
            addRows(teamId, saved.id(), template);
        }
        if (request.staffing() != null && !request.staffing().isEmpty()) {
            replaceStaffing(teamId, saved.id(), request.staffing());
        }
        return InitiativeView.of(find(teamId, saved.id()));
    }

    List<InitiativeView> list(long teamId, @Nullable Kind kind) {
        teams.requireExists(teamId);
        List<Initiative> found = kind == null ? initiatives.findByTeamIdOrderById(teamId)
                : initiatives.findByTeamIdAndKindOrderById(teamId, kind);
        return found.stream().map(InitiativeView::of).toList();
    }

    InitiativeView get(long teamId, long initiativeId) {
        return InitiativeView.of(find(teamId, initiativeId));
    }

    /**
     * Applies a merge patch. A new template is applied at once: its rows are added and the current
     * staffing's letters derived from it, so the initiative ends as if it had been created with it.
     * A patch that changes nothing keeps the version and writes no history.
     */
    @Transactional
    InitiativeView update(long teamId, long initiativeId, MergePatch<InitiativeRequests.InitiativePatch> merge) {
        InitiativeRequests.InitiativePatch patch = merge.values();
        teams.requireExists(teamId);
        Initiative unlocked = find(teamId, initiativeId);
        Template template = patch.template() == null || patch.template().equals(unlocked.templateKey()) ? null
                : template(patch.template(), unlocked.kind());
        Set<Long> staffed = template == null ? Set.of() : staffedPeople(initiativeId);
        if (!staffed.isEmpty()) {
            locks.peopleInUse(teamId, staffed); // the lock order of RowLocks: the people who get letters, then the initiative
        }
        locks.initiatives(teamId, List.of(initiativeId));
        Initiative current = find(teamId, initiativeId);
        if (patch.version() != null && !patch.version().equals(current.version())) {
            throw new ApiException(HttpStatus.CONFLICT, "Someone else changed this initiative since version " + patch.version()
                    + "; it is now at version " + current.version(), List.of(Problem.Issue.field("version", "is stale")));
        }
        DateRange dates = dates(merge.pick("startDate", patch.startDate(), current.startDate()),
                merge.pick("endDate", patch.endDate(), current.endDate()));
        if (patch.parentId() != null) {
            requireParent(teamId, patch.parentId(), initiativeId);
        }
        BigDecimal budget = patch.budget() != null && current.budget() != null && patch.budget().compareTo(current.budget()) == 0
                ? current.budget() : merge.pick("budget", patch.budget(), current.budget());
        Initiative next = new Initiative(current.id(), teamId, current.kind(),
                patch.name() != null ? patch.name().strip() : current.name(),
                template != null ? template.key() : current.templateKey(), merge.pick("parentId", patch.parentId(), current.parentId()),
                dates.start(), dates.end(), budget, current.matrixVersion(), current.version(), current.createdAt(), current.updatedAt());
        if (next.equals(current)) {
            return InitiativeView.of(current);
        }
        InitiativeView updated = InitiativeView.of(initiatives.update(next));
        history.record(teamId, "initiative.updated", initiativeId, null, InitiativeView.of(current), updated);
        if (template == null) {
            return updated;
        }
        List<StaffingEntry> entries = staffing.findByInitiativeIdOrderById(initiativeId).stream()
                .map(s -> new StaffingEntry(s.role(), s.personId(), s.communicatesVia())).toList();
        if (!staffed.containsAll(entries.stream().map(StaffingEntry::person).toList())) {
            throw ApiException.conflict("The staffing changed while the template was applied; nothing was changed, try again");
        }
        validate(teamId, entries, template);
        addRows(teamId, initiativeId, template);
        deriveLetters(teamId, initiativeId, template, entries);
        return InitiativeView.of(find(teamId, initiativeId));
    }

    /**
     * Removes the initiative with its rows, cells and staffing; refused while others name it as parent.
     * The history keeps all of it.
     */
    @Transactional
    void delete(long teamId, long initiativeId) {
        Initiative initiative = find(teamId, initiativeId);
        List<String> children = initiatives.childNames(initiativeId);
        if (!children.isEmpty()) {
            throw ApiException.conflict(initiative.name() + " is the parent of " + String.join(", ", children)
                    + "; move or delete those first");
        }
        history.record(teamId, "initiative.deleted", initiativeId, null, new RemovedInitiative(InitiativeView.of(initiative),
                staffing(teamId, initiativeId), matrices.view(teamId, initiativeId)), null);
        initiatives.delete(initiative);
    }

    List<StaffingView> staffing(long teamId, long initiativeId) {
        find(teamId, initiativeId);
        return staffing.findByInitiativeIdOrderById(initiativeId).stream().map(StaffingView::of).toList();
    }

    /**
     * Replaces the whole staffing and, for a templated initiative, re-derives every letter that
     * came from roles; cells set by hand stay as they are.
     */
    @Transactional
    List<StaffingView> replaceStaffing(long teamId, long initiativeId, List<StaffingEntry> entries) {
        Initiative initiative = find(teamId, initiativeId);
        Template template = initiative.templateKey() == null ? null : templates.find(initiative.templateKey())
                .orElseThrow(() -> ApiException.conflict(initiative.name() + " uses the template '" + initiative.templateKey()
                        + "', which is not loaded (see RACI_TEMPLATES_DIR); its staffing cannot change until it is, so the"
                        + " letters derived from it are kept", List.of(Problem.Issue.field("template", "'"
                        + initiative.templateKey() + "' is not loaded"))));
        validate(teamId, entries, template);
        // the people are locked (validate), so the initiative is next: replacing the role cells bumps it
        deriveLetters(teamId, initiativeId, template, entries);
        List<StaffingView> before = staffing.findByInitiativeIdOrderById(initiativeId).stream().map(StaffingView::of).toList();
        staffing.deleteByInitiative(initiativeId);
        List<Staffing> fresh = entries.stream().map(e -> new Staffing(null, teamId, initiativeId, e.role(), e.person(),
                e.communicatesVia(), null)).toList();
        List<Staffing> saved = staffing.saveAll(fresh);
        List<StaffingView> after = saved.stream().map(StaffingView::of).toList();
        history.record(teamId, "staffing.replaced", initiativeId, null, before, after);
        return after;
    }

    /** Replaces the staffing as {@code PUT …/staffing} does, from the read model's values: for a scenario's apply. */
    @Transactional
    public void restaff(long teamId, long initiativeId, List<Snapshot.Staffed> staffing) {
        replaceStaffing(teamId, initiativeId, staffing.stream().map(s -> new StaffingEntry(s.role(), s.person(), s.communicatesVia())).toList());
    }

    private void deriveLetters(long teamId, long initiativeId, @Nullable Template template, List<StaffingEntry> entries) {
        matrices.replaceRoleCells(teamId, initiativeId, template == null ? Map.of()
                : template.derive(entries.stream().map(e -> new Template.Assignment(e.role(), e.person())).toList()));
    }

    /** Adds the template's rows the initiative does not have yet. */
    private void addRows(long teamId, long initiativeId, Template template) {
        Set<String> present = new HashSet<>();
        matrices.view(teamId, initiativeId).responsibilities().forEach(r -> present.add(r.key()));
        matrices.addRows(teamId, initiativeId, template.responsibilities().stream().filter(r -> !present.contains(r.key()))
                .map(r -> new RowSpec(r.key(), r.name(), r.category(), r.effortHours())).toList());
    }

    private Set<Long> staffedPeople(long initiativeId) {
        Set<Long> people = new HashSet<>();
        staffing.findByInitiativeIdOrderById(initiativeId).forEach(s -> people.add(s.personId()));
        return people;
    }

    private Template template(String key, Kind kind) {
        Template template = templates.find(key)
                .orElseThrow(() -> ApiException.invalidField("template", "'" + key + "' is not a known template"));
        if (!template.kind().equals(kind.name())) {
            throw ApiException.invalidField("template", "'" + template.key() + "' is for a " + template.kind() + ", not a " + kind);
        }
        return template;
    }

    private void validate(long teamId, List<StaffingEntry> entries, @Nullable Template template) {
        Set<Long> named = new HashSet<>();
        entries.forEach(e -> {
            named.add(e.person());
            if (e.communicatesVia() != null) {
                named.add(e.communicatesVia());
            }
        });
        Set<Long> existing = named.isEmpty() ? Set.of() : new HashSet<>(locks.peopleInUse(teamId, named));
        Set<Long> staffed = new HashSet<>();
        entries.forEach(e -> staffed.add(e.person()));
        Set<String> seen = new HashSet<>();
        List<Problem.Issue> issues = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            StaffingEntry e = entries.get(i);
            String at = "[" + i + "].";
            if (!e.role().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                issues.add(Problem.Issue.field(at + "role", "'" + e.role() + "' must be a role key like project-manager"));
            } else if (template != null && template.role(e.role()).isEmpty()) {
                issues.add(Problem.Issue.field(at + "role", "'" + e.role() + "' is not a role of template " + template.key()
                        + " (roles: " + String.join(", ", template.roles().stream().map(Template.Role::key).toList()) + ")"));
            }
            if (!existing.contains(e.person())) {
                issues.add(Problem.Issue.field(at + "person", "person " + e.person() + " is not on this team"));
            }
            if (e.communicatesVia() != null) {
                if (e.communicatesVia().equals(e.person())) {
                    issues.add(Problem.Issue.field(at + "communicatesVia", "a person cannot communicate via themselves"));
                } else if (!existing.contains(e.communicatesVia())) {
                    issues.add(Problem.Issue.field(at + "communicatesVia", "person " + e.communicatesVia() + " is not on this team"));
                } else if (!staffed.contains(e.communicatesVia())) {
                    issues.add(Problem.Issue.field(at + "communicatesVia", "person " + e.communicatesVia()
                            + " is not staffed on this initiative"));
                }
            }
            if (!seen.add(e.role() + "/" + e.person())) {
                issues.add(Problem.Issue.field(at + "person", "person " + e.person() + " is already staffed as " + e.role()));
            }
        }
        if (!issues.isEmpty()) {
            throw ApiException.badRequest("The staffing was not changed: " + issues.size() + " entr"
                    + (issues.size() == 1 ? "y is" : "ies are") + " invalid", issues);
        }
    }

    private void requireParent(long teamId, long parentId, @Nullable Long childId) {
        Initiative parent = initiatives.findByIdAndTeamId(parentId, teamId)
                .orElseThrow(() -> ApiException.invalidField("parentId", "initiative " + parentId + " is not on this team"));
        if (parent.kind() == Kind.PROJECT) {
            throw ApiException.invalidField("parentId", "a project cannot contain other initiatives; choose a program or product");
        }
        if (childId != null && initiatives.selfAndAncestors(parentId).contains(childId)) {
            throw ApiException.invalidField("parentId", "initiative " + parentId + " is inside this one; that would make a cycle");
        }
    }

    private static DateRange dates(@Nullable LocalDate start, @Nullable LocalDate end) {
        try {
            return new DateRange(start, end);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("endDate", e.getMessage());
        }
    }

    private Initiative find(long teamId, long initiativeId) {
        teams.requireExists(teamId);
        return initiatives.findByIdAndTeamId(initiativeId, teamId)
                .orElseThrow(() -> ApiException.notFound("Initiative " + initiativeId));
    }
}
