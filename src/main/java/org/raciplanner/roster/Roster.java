package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.raciplanner.database.RowLocks;
import org.raciplanner.history.History;
import org.raciplanner.initiative.Initiatives;
import org.raciplanner.matrix.Matrices;
import org.raciplanner.snapshot.Holdings;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.team.Teams;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.api.MergePatch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The team's people. */
@Singleton
public class Roster {

    static final int MAX_PAGE_SIZE = 10_000;

    private final PersonRepository people;
    private final PersonBatchInsert batchInsert;
    private final Teams teams;
    private final History history;
    private final RowLocks locks;
    private final Snapshots snapshots;
    private final Initiatives initiatives;
    private final Matrices matrices;

    Roster(PersonRepository people, PersonBatchInsert batchInsert, Teams teams, History history, RowLocks locks,
           Snapshots snapshots, Initiatives initiatives, Matrices matrices) {
        this.people = people;
        this.batchInsert = batchInsert;
        this.teams = teams;
        this.history = history;
        this.locks = locks;
        this.snapshots = snapshots;
        this.initiatives = initiatives;
        this.matrices = matrices;
    }

    @Transactional
    PersonView add(long teamId, PersonRequest request) {
        lockTeam(teamId);
        Person person = request.toPerson(teamId);
        if (!people.findTakenEmails(teamId, List.of(new Email(person.email()).key())).isEmpty()) {
            throw ApiException.conflict("A person with this e-mail is already on the team",
                    List.of(Problem.Issue.field("email", person.email() + " is already used by another person of this team")));
        }
        PersonView added = PersonView.of(people.save(person));
        history.record(teamId, "person.created", null, added.id(), null, added);
        return added;
    }

    /** Adds a person as {@code POST …/people} does, for a scenario's apply; answers their id. */
    @Transactional
    public long add(long teamId, String name, String email, @Nullable String title, boolean remote, BigDecimal capacityHours) {
        return add(teamId, new PersonRequest(name, email, title, null, remote, capacityHours)).id();
    }

    /** Sets a person's weekly capacity as {@code PATCH …/people/{id}} does, for a scenario's apply. */
    @Transactional
    public void setCapacity(long teamId, long personId, BigDecimal capacityHours) {
        update(teamId, personId, new MergePatch<>(new PersonPatch(null, null, null, null, null, capacityHours, null), Set.of()));
    }

    /** All or nothing: every row is checked first, and any bad row rejects the whole batch. */
    @Transactional
    List<PersonView> addAll(long teamId, List<PersonRequest> requests) {
        lockTeam(teamId); // concurrent batches queue here, so each sees the others' e-mails and names every clash
        List<Person> batch = requests.stream().map(r -> r.toPerson(teamId)).toList();
        List<Problem.Issue> issues = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Integer earlier = firstRowOf.putIfAbsent(new Email(batch.get(i).email()).key(), i);
            if (earlier != null) {
                issues.add(Problem.Issue.field("[" + i + "].email", "repeats the e-mail of row [" + earlier + "]"));
            }
        }
        Set<String> taken = new HashSet<>(people.findTakenEmails(teamId, firstRowOf.keySet()));
        for (int i = 0; i < batch.size(); i++) {
            if (taken.contains(new Email(batch.get(i).email()).key())) {
                issues.add(Problem.Issue.field("[" + i + "].email", batch.get(i).email() + " is already used by another person of this team"));
            }
        }
        if (!issues.isEmpty()) {
            throw ApiException.conflict("No one was added: " + issues.size() + " row(s) clash with existing e-mails", issues);
        }
        List<PersonView> added = batchInsert.insert(teamId, batch).stream().map(PersonView::of).toList();
        history.recordAll(teamId, "person.created", added.stream()
                .map(p -> new History.Change(null, p.id(), null, p)).toList());
        return added;
    }

    Page<PersonView> list(long teamId, int page, int size) {
        teams.requireExists(teamId);
        if (page < 0) {
            throw ApiException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return people.findByTeamId(teamId, Pageable.from(page, size, Sort.of(Sort.Order.asc("id")))).map(PersonView::of);
    }

    PersonView get(long teamId, long personId) {
        return PersonView.of(find(teamId, personId));
    }

    @Transactional
    PersonView update(long teamId, long personId, MergePatch<PersonPatch> merge) {
        PersonPatch patch = merge.values();
        teams.requireExists(teamId);
        if (!locks.personToChange(teamId, personId)) {
            throw ApiException.notFound("Person " + personId);
        }
        Person current = find(teamId, personId);
        if (patch.version() != null && !patch.version().equals(current.version())) {
            throw new ApiException(HttpStatus.CONFLICT, "Someone else changed this person since version " + patch.version()
                    + "; it is now at version " + current.version(), List.of(Problem.Issue.field("version", "is stale")));
        }
        Person next = PersonPatch.applyTo(current, merge);
        if (next.equals(current)) {
            return PersonView.of(current); // nothing to change: same version, no history
        }
        if (people.emailTakenByOther(teamId, next.email(), personId)) {
            throw ApiException.conflict("A person with this e-mail is already on the team",
                    List.of(Problem.Issue.field("email", next.email() + " is already used by another person of this team")));
        }
        PersonView updated = PersonView.of(people.update(next));
        history.record(teamId, "person.updated", null, personId, PersonView.of(current), updated);
        return updated;
    }

    /**
     * Refuses to delete someone who still holds cells or roles, naming where; with
     * {@code removeAssignments} those go too, in the same transaction.
     */
    @Transactional
    void delete(long teamId, long personId, boolean removeAssignments) {
        teams.requireExists(teamId);
        // the lock order of RowLocks: the person first, so nobody can give them a cell or role meanwhile, then the initiatives
        if (!locks.personToDelete(teamId, personId)) {
            throw ApiException.notFound("Person " + personId);
        }
        Person person = find(teamId, personId);
        Holdings holdings = snapshots.holdings(teamId, personId);
        if (!holdings.isEmpty() && !removeAssignments) {
            throw ApiException.conflict(person.name() + " still holds responsibilities on " + holdings.initiatives().size()
                            + " initiative(s); remove them first or repeat with ?removeAssignments=true",
                    holdings.initiatives().stream().map(h -> Problem.Issue.field("initiatives[" + h.initiativeId() + "]",
                            h.initiativeName() + ": " + RemovedPerson.describe(h))).toList());
        }
        Set<Long> held = holdings.initiatives().stream().map(Holdings.Initiative::initiativeId).collect(Collectors.toSet());
        if (!held.isEmpty()) {
            locks.initiatives(teamId, held);
        }
        history.record(teamId, "person.deleted", null, personId, RemovedPerson.of(PersonView.of(person), holdings), null);
        if (!held.isEmpty()) {
            initiatives.removePerson(teamId, personId);
            matrices.removePerson(teamId, personId, held);
        }
        people.delete(person);
    }

    private void lockTeam(long teamId) {
        if (!locks.team(teamId)) {
            throw ApiException.notFound("Team " + teamId);
        }
    }

    private Person find(long teamId, long personId) {
        teams.requireExists(teamId);
        return people.findByIdAndTeamId(personId, teamId)
                .orElseThrow(() -> ApiException.notFound("Person " + personId));
    }
}
