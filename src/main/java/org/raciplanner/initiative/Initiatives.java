package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.database.RowLocks;
import org.raciplanner.history.History;
import org.raciplanner.matrix.Matrices;
import org.raciplanner.matrix.RowSpec;
import org.raciplanner.snapshot.Holdings;
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
import java.util.HashMap;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    private final StaffingCheck staffingCheck;
    private final StaffingInsert staffingInsert;

    Initiatives(InitiativeRepository initiatives, StaffingRepository staffing, TemplateCatalog templates,
                Matrices matrices, Teams teams, RowLocks locks, History history, StaffingCheck staffingCheck,
                StaffingInsert staffingInsert) {
        this.initiatives = initiatives;
        this.staffing = staffing;
        this.templates = templates;
        this.matrices = matrices;
        this.teams = teams;
        this.locks = locks;
        this.history = history;
        this.staffingCheck = staffingCheck;
        this.staffingInsert = staffingInsert;
    }

    /**
     * Takes a person off every staffing of the team (a roster delete); whoever communicated via them
     * does so directly. Each staffing that changes is recorded, after the matrices' versions moved on.
     */
    @Transactional
    public void removePerson(long teamId, long personId, Holdings held) {
        Set<Long> touched = new TreeSet<>();
        held.staffing().forEach(s -> touched.add(s.initiativeId()));
        Map<Long, List<StaffingView>> before = new HashMap<>();
        touched.forEach(id -> before.put(id, staffingOf(id)));
        staffing.deletePerson(teamId, personId);
        staffing.clearCommunicatesVia(teamId, personId);
        history.recordAll(teamId, "staffing.replaced", touched.stream()
                .map(id -> new History.Change(id, null, before.get(id), staffingOf(id))).toList());
    }

    @Transactional
    public InitiativeView create(long teamId, InitiativeRequests.NewInitiative request) {
        teams.requireExists(teamId);
        DateRange dates = dates(request.startDate(), request.endDate());
        Template template = request.template() == null ? null : template(request.template(), request.kind());
        Long parentId = parentNamed(teamId, request.parentId(), request.parent());
        if (parentId != null) {
            requireParent(teamId, parentId, null);
        }
        String name = request.name().strip();
        Initiative saved = initiatives.save(new Initiative(null, teamId, request.kind(), name, handle(teamId, request.handle(), name, null),
                template == null ? null : template.key(), parentId, dates.start(), dates.end(), request.budget(),
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

    List<InitiativeView> list(long teamId, @Nullable Kind kind, @Nullable String handle) {
        teams.requireExists(teamId);
        if (handle != null) {
            return initiatives.findByTeamIdAndHandle(teamId, handle).filter(i -> kind == null || i.kind() == kind)
                    .map(InitiativeView::of).stream().toList();
        }
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
    public InitiativeView update(long teamId, long initiativeId, MergePatch<InitiativeRequests.InitiativePatch> merge) {
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
        Long namedParent = parentNamed(teamId, patch.parentId(), patch.parent());
        if (namedParent != null) {
            requireParent(teamId, namedParent, initiativeId);
        }
        boolean parentCleared = merge.cleared().contains("parentId") || merge.cleared().contains("parent");
        BigDecimal budget = patch.budget() != null && current.budget() != null && patch.budget().compareTo(current.budget()) == 0
                ? current.budget() : merge.pick("budget", patch.budget(), current.budget());
        Initiative next = new Initiative(current.id(), teamId, current.kind(),
                patch.name() != null ? patch.name().strip() : current.name(), handle(teamId, patch.handle(), null, current),
                template != null ? template.key() : current.templateKey(),
                namedParent != null ? namedParent : parentCleared ? null : current.parentId(),
                dates.start(), dates.end(), budget, current.matrixVersion(), current.version(), current.createdAt(), current.updatedAt());
        if (next.equals(current)) {
            return InitiativeView.of(current);
        }
        Initiative saved = initiatives.update(next);
        if (template != null) {
            List<StaffingEntry> entries = staffing.findByInitiativeIdOrderById(initiativeId).stream()
                    .map(s -> new StaffingEntry(s.role(), s.personId(), s.communicatesVia())).toList();
            if (!staffed.containsAll(entries.stream().map(StaffingEntry::person).toList())) {
                throw ApiException.conflict("The staffing changed while the template was applied; nothing was changed, try again");
            }
            staffingCheck.validate(teamId, entries, template);
            addRows(teamId, initiativeId, template);
            deriveLetters(teamId, initiativeId, template, entries);
            saved = find(teamId, initiativeId);
        }
        // recorded last, so that it carries the matrix version the template's rows and letters left
        InitiativeView updated = InitiativeView.of(saved);
        history.record(teamId, "initiative.updated", initiativeId, null, InitiativeView.of(current), updated);
        return updated;
    }

    /**
     * Removes the initiative with its rows, cells and staffing; refused while others name it as parent.
     * The history keeps all of it.
     */
    @Transactional
    public void delete(long teamId, long initiativeId) {
        find(teamId, initiativeId);
        // locked before its matrix is read for the history, so no matrix write can slip in between
        locks.initiatives(teamId, List.of(initiativeId));
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
        return staffingOf(initiativeId);
    }

    private List<StaffingView> staffingOf(long initiativeId) {
        return staffing.findByInitiativeIdOrderById(initiativeId).stream().map(StaffingView::of).toList();
    }

    /**
     * Replaces the whole staffing and, for a templated initiative, re-derives every letter that
     * came from roles; cells set by hand stay as they are.
     */
    @Transactional
    public List<StaffingView> replaceStaffing(long teamId, long initiativeId, List<StaffingEntry> entries) {
        Initiative initiative = find(teamId, initiativeId);
        Template template = initiative.templateKey() == null ? null : templates.find(initiative.templateKey())
                .orElseThrow(() -> ApiException.conflict(initiative.name() + " uses the template '" + initiative.templateKey()
                        + "', which is not loaded (see RACI_TEMPLATES_DIR); its staffing cannot change until it is, so the"
                        + " letters derived from it are kept", List.of(Problem.Issue.field("template", "'"
                        + initiative.templateKey() + "' is not loaded"))));
        staffingCheck.validate(teamId, entries, template);
        // the people are locked (validate), so the initiative is next: replacing the role cells bumps it
        deriveLetters(teamId, initiativeId, template, entries);
        List<StaffingView> before = staffingOf(initiativeId);
        staffing.deleteByInitiative(initiativeId);
        staffingInsert.insert(teamId, initiativeId, entries);
        List<StaffingView> after = entries.stream().map(e -> new StaffingView(e.role(), e.person(), e.communicatesVia())).toList();
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

    /** The parent a request names, by id or by handle; when it names both, they must agree. */
    private @Nullable Long parentNamed(long teamId, @Nullable Long parentId, @Nullable String parent) {
        if (parent == null) {
            return parentId;
        }
        long byHandle = initiatives.findByTeamIdAndHandle(teamId, parent).map(Initiative::id).orElseThrow(() ->
                ApiException.invalidField("parent", "no initiative of this team has the handle '" + parent + "'"));
        if (parentId != null && parentId != byHandle) {
            throw ApiException.invalidField("parent", "'" + parent + "' is initiative " + byHandle + ", but parentId names " + parentId);
        }
        return byHandle;
    }

    /**
     * The handle an initiative gets: the one asked for, if no other initiative of the team has it;
     * else, for a new one, a free slug of its name; else the one it has.
     */
    private String handle(long teamId, @Nullable String asked, @Nullable String name, @Nullable Initiative current) {
        if (asked != null) {
            initiatives.findByTeamIdAndHandle(teamId, asked).filter(other -> current == null || !other.id().equals(current.id()))
                    .ifPresent(other -> {
                        throw ApiException.conflict("Another initiative of this team has the handle '" + asked + "'",
                                List.of(Problem.Issue.field("handle", "is the handle of " + other.name())));
                    });
            return asked;
        }
        if (current != null) {
            return current.handle();
        }
        return Handles.free(name, new HashSet<>(initiatives.handlesLike(teamId, Handles.slug(name))));
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
