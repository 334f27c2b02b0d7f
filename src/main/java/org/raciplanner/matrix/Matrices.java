package org.raciplanner.matrix;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.analysis.Letters;
import org.raciplanner.database.RowLocks;
import org.raciplanner.history.History;
import org.raciplanner.snapshot.Holdings;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.team.Teams;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows and cells of initiatives' matrices. Every write bumps the initiative's matrix version
 * first, which also locks the initiative, so concurrent edits of one matrix queue up instead of
 * interleaving, and a write that names an older version is refused.
 * Locks follow the order of {@link RowLocks}: the people a write names, then the initiative, then cells.
 */
@Singleton
public class Matrices {

    static final BigDecimal DEFAULT_EFFORT = BigDecimal.ONE;

    private final ResponsibilityRepository rows;
    private final CellRepository cells;
    private final MatrixGuard guard;
    private final RowLocks locks;
    private final Snapshots snapshots;
    private final Teams teams;
    private final History history;
    private final RoleCells roleCells;
    private final MatrixVersions versions;

    Matrices(ResponsibilityRepository rows, CellRepository cells, MatrixGuard guard, RowLocks locks, Snapshots snapshots,
             Teams teams, History history, RoleCells roleCells, MatrixVersions versions) {
        this.rows = rows;
        this.cells = cells;
        this.guard = guard;
        this.locks = locks;
        this.snapshots = snapshots;
        this.teams = teams;
        this.history = history;
        this.roleCells = roleCells;
        this.versions = versions;
    }

    /** The whole matrix; also what the history keeps of a deleted initiative. */
    public MatrixViews.Matrix view(long teamId, long initiativeId) {
        return snapshots.initiative(teamId, initiativeId).map(found -> MatrixViews.of(found.matrix())).orElseThrow(() -> {
            teams.requireExists(teamId);
            return ApiException.notFound("Initiative " + initiativeId);
        });
    }

    /**
     * Takes a person off the matrices of what they hold (a roster delete): their cells go, each one
     * recorded, and each matrix's version moves on first. The caller holds the locks, in the order
     * {@code RowLocks} gives, so {@code held} is still what they hold.
     */
    @Transactional
    public void removePerson(long teamId, long personId, Holdings held) {
        if (held.isEmpty()) {
            return;
        }
        guard.bumpAll(teamId, held.initiatives().stream().map(Holdings.Initiative::initiativeId).toList());
        cells.deletePerson(teamId, personId);
        history.recordAll(teamId, "cell.removed", held.cells().stream().map(c -> new History.Change(c.initiativeId(), personId,
                new MatrixViews.CellView(c.responsibility(), personId, Letters.valueOf(c.letters()), CellSource.valueOf(c.source())),
                null)).toList());
    }

    @Transactional(readOnly = true)
    List<MatrixViews.Row> rows(long teamId, long initiativeId) {
        versions.requireInitiative(teamId, initiativeId);
        return rows.findByInitiativeIdOrderByPosition(initiativeId).stream().map(MatrixViews.Row::of).toList();
    }

    @Transactional
    public MatrixViews.Row addRow(long teamId, long initiativeId, MatrixRequests.NewResponsibility request) {
        return addRow(teamId, initiativeId, new RowSpec(request.key(), request.name().strip(),
                request.category() != null ? request.category() : Category.EXECUTION,
                request.effortHours() != null ? request.effortHours() : DEFAULT_EFFORT));
    }

    /** One row after the others, as {@code POST …/responsibilities} adds it: for that endpoint and for a scenario that adds one. */
    @Transactional
    public MatrixViews.Row addRow(long teamId, long initiativeId, RowSpec spec) {
        versions.write(teamId, initiativeId, null);
        if (rows.findByInitiativeIdAndKey(initiativeId, spec.key()).isPresent()) {
            throw ApiException.conflict("The initiative already has a responsibility '" + spec.key() + "'",
                    List.of(Problem.Issue.field("key", "already exists on this initiative")));
        }
        MatrixViews.Row added = MatrixViews.Row.of(insertRows(teamId, initiativeId, List.of(spec)).get(0));
        history.record(teamId, "responsibility.created", initiativeId, null, null, added);
        return added;
    }

    @Transactional
    public MatrixViews.Row updateRow(long teamId, long initiativeId, String key, MatrixRequests.ResponsibilityPatch patch) {
        versions.write(teamId, initiativeId, null);
        Responsibility r = row(initiativeId, key);
        Responsibility next = new Responsibility(r.id(), r.teamId(), r.initiativeId(), r.key(),
                patch.name() != null ? patch.name().strip() : r.name(),
                patch.category() != null ? patch.category() : r.category(),
                patch.effortHours() != null ? patch.effortHours() : r.effortHours(),
                r.position(), r.createdAt(), r.updatedAt());
        MatrixViews.Row updated = MatrixViews.Row.of(rows.update(next));
        history.record(teamId, "responsibility.updated", initiativeId, null, MatrixViews.Row.of(r), updated);
        return updated;
    }

    /** Removes the row and every cell on it. */
    @Transactional
    public void deleteRow(long teamId, long initiativeId, String key) {
        versions.write(teamId, initiativeId, null);
        Responsibility r = row(initiativeId, key);
        List<MatrixViews.CellView> held = cells.findByResponsibilityIdOrderByPersonId(r.id()).stream()
                .map(c -> new MatrixViews.CellView(key, c.personId(), c.letters(), c.source())).toList();
        rows.delete(r);
        // each cell on its own too, so the cell changes of a span list the letters that went with the row
        history.recordAll(teamId, "cell.removed", held.stream()
                .map(c -> new History.Change(initiativeId, c.person(), c, null)).toList());
        history.record(teamId, "responsibility.deleted", initiativeId, null, new RemovedRow(MatrixViews.Row.of(r), held), null);
    }

    @Transactional
    public CellWrite setCell(long teamId, long initiativeId, String key, long personId, String rawLetters, @Nullable String ifMatch) {
        Letters letters;
        try {
            letters = Letters.parse(rawLetters);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("letters", e.getMessage());
        }
        requirePerson(teamId, personId);
        long version = versions.write(teamId, initiativeId, ifMatch);
        Responsibility r = row(initiativeId, key);
        Optional<Cell> before = cells.findByResponsibilityIdAndPersonId(r.id(), personId);
        Cell cell = before
                .map(c -> cells.update(new Cell(c.id(), teamId, initiativeId, r.id(), personId, letters, CellSource.MANUAL,
                        c.createdAt(), c.updatedAt())))
                .orElseGet(() -> cells.save(new Cell(null, teamId, initiativeId, r.id(), personId, letters, CellSource.MANUAL,
                        null, null)));
        MatrixViews.CellView after = new MatrixViews.CellView(key, personId, cell.letters(), cell.source());
        history.record(teamId, "cell.set", initiativeId, personId,
                before.map(c -> new MatrixViews.CellView(key, personId, c.letters(), c.source())).orElse(null), after);
        return new CellWrite(after, version);
    }

    /** Clearing an empty cell changes nothing: the version stays, and nothing is recorded. */
    @Transactional
    public long clearCell(long teamId, long initiativeId, String key, long personId, @Nullable String ifMatch) {
        requirePerson(teamId, personId);
        long current = versions.expect(teamId, initiativeId, ifMatch);
        Responsibility r = row(initiativeId, key);
        Optional<Cell> held = cells.findByResponsibilityIdAndPersonId(r.id(), personId);
        if (held.isEmpty()) {
            return current;
        }
        long version = versions.bump(teamId, initiativeId);
        cells.delete(held.get());
        history.record(teamId, "cell.cleared", initiativeId, personId,
                new MatrixViews.CellView(key, personId, held.get().letters(), held.get().source()), null);
        return version;
    }

    /**
     * Writes many cells in one transaction under one version bump, or none if nothing changes.
     * Cells written this way count as set by hand; cells whose letters stay keep their source,
     * so a re-staffing still re-derives them.
     *
     * @param people whom the edit may give cells: locked before the initiative, as the lock order asks
     * @return the version after the edit and the changes that were written
     */
    @Transactional
    public EditResult edit(long teamId, long initiativeId, Set<Long> people, MatrixEdit edit) {
        return edit(teamId, initiativeId, people, "cell.uploaded", edit);
    }

    /** As {@link #edit(long, long, Set, MatrixEdit)}, the history naming each written cell with {@code action}. */
    @Transactional
    public EditResult edit(long teamId, long initiativeId, Set<Long> people, String action, MatrixEdit edit) {
        teams.requireExists(teamId);
        Set<Long> locked = people.isEmpty() ? Set.of() : Set.copyOf(locks.peopleInUse(teamId, people));
        if (locks.initiatives(teamId, List.of(initiativeId)).isEmpty()) {
            throw ApiException.notFound("Initiative " + initiativeId);
        }
        long version = guard.matrixVersion(teamId, initiativeId).orElseThrow();
        Map<String, Long> rowIds = new HashMap<>();
        Map<Long, String> keyOf = new HashMap<>();
        rows.findByInitiativeIdOrderByPosition(initiativeId).forEach(r -> {
            rowIds.put(r.key(), r.id());
            keyOf.put(r.id(), r.key());
        });
        Map<MatrixEdit.CellKey, Cell> current = new HashMap<>();
        cells.findByInitiativeId(initiativeId)
                .forEach(c -> current.put(new MatrixEdit.CellKey(keyOf.get(c.responsibilityId()), c.personId()), c));
        Map<MatrixEdit.CellKey, Letters> letters = new HashMap<>();
        current.forEach((k, c) -> letters.put(k, c.letters()));
        List<MatrixEdit.Change> written = new ArrayList<>();
        List<History.Change> recorded = new ArrayList<>();
        for (MatrixEdit.Change change : edit.plan(version, Set.copyOf(rowIds.keySet()), Map.copyOf(letters))) {
            String key = change.cell().responsibility();
            long personId = change.cell().personId();
            Long rowId = rowIds.get(key);
            if (rowId == null) {
                throw new IllegalArgumentException("No responsibility '" + key + "' on initiative " + initiativeId);
            }
            Cell before = current.get(change.cell());
            if (before == null ? change.letters() == null : before.letters() == change.letters()) {
                continue;
            }
            if (change.letters() == null) {
                cells.delete(before);
            } else if (before != null) {
                cells.update(new Cell(before.id(), teamId, initiativeId, rowId, personId, change.letters(), CellSource.MANUAL,
                        before.createdAt(), before.updatedAt()));
            } else {
                if (!locked.contains(personId)) {
                    throw ApiException.notFound("Person " + personId);
                }
                cells.save(new Cell(null, teamId, initiativeId, rowId, personId, change.letters(), CellSource.MANUAL, null, null));
            }
            written.add(change);
            recorded.add(new History.Change(initiativeId, personId,
                    before == null ? null : new MatrixViews.CellView(key, personId, before.letters(), before.source()),
                    change.letters() == null ? null : new MatrixViews.CellView(key, personId, change.letters(), CellSource.MANUAL)));
        }
        if (!written.isEmpty()) {
            guard.bump(teamId, initiativeId);
            version++;
            history.recordAll(teamId, action, recorded);
        }
        return new EditResult(version, written);
    }

    /** Adds rows after the existing ones, each recorded; for the initiative feature when it applies a template. */
    @Transactional
    public void addRows(long teamId, long initiativeId, List<RowSpec> specs) {
        if (specs.isEmpty()) {
            return;
        }
        versions.write(teamId, initiativeId, null);
        history.recordAll(teamId, "responsibility.created", insertRows(teamId, initiativeId, specs).stream()
                .map(r -> new History.Change(initiativeId, null, null, MatrixViews.Row.of(r))).toList());
    }

    /**
     * Replaces every role-derived cell with {@code derived} (row key → person → letters), leaving
     * cells set by hand alone: where a person already has a hand-set cell on a row, it wins. Each
     * cell that a template gives, takes or changes is recorded as {@code cell.derived}, so a
     * person's history shows it and the matrix can be rebuilt from the history.
     */
    @Transactional
    public void replaceRoleCells(long teamId, long initiativeId, Map<String, Map<Long, Letters>> derived) {
        versions.write(teamId, initiativeId, null);
        history.recordAll(teamId, "cell.derived", roleCells.replace(teamId, initiativeId, derived));
    }

    private List<Responsibility> insertRows(long teamId, long initiativeId, List<RowSpec> specs) {
        int position = rows.maxPosition(initiativeId);
        List<Responsibility> fresh = new ArrayList<>();
        for (RowSpec s : specs) {
            fresh.add(new Responsibility(null, teamId, initiativeId, s.key(), s.name(), s.category(), s.effortHours(),
                    ++position, null, null));
        }
        return rows.saveAll(fresh);
    }

    /** Also locks the person against deletion: called before the initiative is locked, as the lock order asks. */
    private void requirePerson(long teamId, long personId) {
        if (locks.peopleInUse(teamId, List.of(personId)).isEmpty()) {
            throw ApiException.notFound("Person " + personId);
        }
    }

    private Responsibility row(long initiativeId, String key) {
        return rows.findByInitiativeIdAndKey(initiativeId, key)
                .orElseThrow(() -> ApiException.notFound("Responsibility '" + key + "'"));
    }

    public record CellWrite(MatrixViews.CellView cell, long version) {
    }

    /** What {@link #edit} wrote: the matrix's new version and the cells that really changed. */
    public record EditResult(long version, List<MatrixEdit.Change> changes) {
    }

    /** A deleted row as the history keeps it, with the letters it held. */
    @Serdeable
    record RemovedRow(MatrixViews.Row row, List<MatrixViews.CellView> cells) {
    }
}
