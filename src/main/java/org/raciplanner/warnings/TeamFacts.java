package org.raciplanner.warnings;

import jakarta.inject.Singleton;
import org.raciplanner.analysis.AvailabilityWindow;
import org.raciplanner.analysis.CellFacts;
import org.raciplanner.analysis.CommunicationModel;
import org.raciplanner.analysis.Horizon;
import org.raciplanner.analysis.IdentityCache;
import org.raciplanner.analysis.InitiativeFacts;
import org.raciplanner.analysis.PersonFacts;
import org.raciplanner.analysis.ResponsibilityFacts;
import org.raciplanner.analysis.RoleConflict;
import org.raciplanner.analysis.StaffingFacts;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.snapshot.Snapshots;
import org.raciplanner.template.Template;
import org.raciplanner.template.TemplateCatalog;
import org.raciplanner.api.ApiException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the read model of a team into the facts the pure analysis takes: the team's own values,
 * plus what its initiatives' templates say (required rows and roles, the communication model,
 * the conflicting role pairs), judged over the team's horizon from today (the service's clock) or
 * from a date asked for.
 */
@Singleton
public class TeamFacts {

    /** What a kind must have when its initiative has no template (domain.md). */
    static final Map<String, Set<String>> REQUIRED_BY_KIND = Map.of(
            "PROJECT", Set.of("project-plan", "budget", "risk", "stakeholder-communication"),
            "PRODUCT", Set.of("vision-strategy", "roadmap", "backlog"),
            "PROGRAM", Set.of());

    /** How many matrices' facts {@link #sharing()} keeps: a team of scale L has 1,000 initiatives. */
    static final int SHARED = 2_048;

    private final Snapshots snapshots;
    private final TemplateCatalog templates;
    private final Clock clock;

    TeamFacts(Snapshots snapshots, TemplateCatalog templates, Clock clock) {
        this.snapshots = snapshots;
        this.templates = templates;
        this.clock = clock;
    }

    /** Reads the team and gives its facts as of today; 404 when there is no such team. */
    public TeamSnapshot load(long teamId) {
        return load(teamId, today());
    }

    /** Reads the team and gives its facts as of {@code at}; 404 when there is no such team. */
    public TeamSnapshot load(long teamId, LocalDate at) {
        return of(snapshots.team(teamId).orElseThrow(() -> ApiException.notFound("Team " + teamId)), at);
    }

    public TeamSnapshot of(Snapshot.Team team) {
        return of(team, today());
    }

    public TeamSnapshot of(Snapshot.Team team, LocalDate at) {
        return new TeamSnapshot(team.limits(), people(team), team.matrices().stream().map(this::facts).toList(), conflicts(),
                new Horizon(at, team.horizonWeeks()));
    }

    /** The service's today, in UTC: the date the analysis is judged at unless a client asks for another. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * As {@link #of}, for a search that analyses many teams sharing most of their matrices (the
     * search for fixes): the facts of the last {@value #SHARED} matrices seen, by identity, are made
     * once, and the conflicting pairs once. For one thread; every team is judged as of today.
     */
    public Function<Snapshot.Team, TeamSnapshot> sharing() {
        IdentityCache<Snapshot.Matrix, InitiativeFacts> made = new IdentityCache<>(SHARED);
        List<RoleConflict> conflicts = conflicts();
        LocalDate at = today();
        return team -> new TeamSnapshot(team.limits(), people(team),
                team.matrices().stream().map(m -> made.get(m, this::facts)).toList(), conflicts,
                new Horizon(at, team.horizonWeeks()));
    }

    private static List<PersonFacts> people(Snapshot.Team team) {
        Map<Long, List<AvailabilityWindow>> windows = new HashMap<>();
        team.availability().forEach(a -> windows.computeIfAbsent(a.person(), p -> new ArrayList<>())
                .add(new AvailabilityWindow(a.from(), a.to(), a.capacityHours().doubleValue(), a.note())));
        return team.people().stream()
                .map(p -> new PersonFacts(p.id(), p.name(), p.capacityHours().doubleValue(), windows.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private InitiativeFacts facts(Snapshot.Matrix m) {
        Snapshot.Initiative i = m.initiative();
        Template template = i.template() == null ? null : templates.find(i.template()).orElse(null);
        Set<String> requiredRows = template != null ? Set.copyOf(template.required())
                : REQUIRED_BY_KIND.getOrDefault(i.kind(), Set.of());
        Set<String> requiredRoles = new HashSet<>();
        if (template != null) {
            template.roles().stream().filter(Template.Role::required).forEach(r -> requiredRoles.add(r.key()));
        }
        CommunicationModel communication = template == null ? CommunicationModel.defaults()
                : new CommunicationModel(template.communication().responsibility(), template.communication().baseHours(),
                template.communication().minutesPerPerson());
        return new InitiativeFacts(i.id(), i.name(), i.kind(),
                m.rows().stream().map(r -> new ResponsibilityFacts(r.key(), r.name(), r.effortHours().doubleValue())).toList(),
                m.staffing().stream().map(s -> new StaffingFacts(s.role(), s.person(), s.communicatesVia())).toList(),
                m.cells().stream().map(c -> new CellFacts(c.responsibility(), c.person(), c.letters().name())).toList(),
                requiredRows, requiredRoles, communication, i.startDate(), i.endDate());
    }

    /** The role pairs every template marks as conflicting: the analysis looks across initiatives. */
    private List<RoleConflict> conflicts() {
        Map<Set<String>, RoleConflict> pairs = new HashMap<>();
        templates.all().forEach(t -> t.conflicts().forEach(c -> pairs.putIfAbsent(Set.copyOf(c.roles()),
                new RoleConflict(c.roles().get(0), c.roles().get(1), c.reason()))));
        return List.copyOf(pairs.values());
    }
}
