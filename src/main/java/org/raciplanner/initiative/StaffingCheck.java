package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;
import org.raciplanner.database.RowLocks;
import org.raciplanner.initiative.InitiativeRequests.StaffingEntry;
import org.raciplanner.template.Template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a staffing may be saved: roles of the initiative's template, people of the team (locked
 * against deletion meanwhile, the first locks of a staffing write), nobody relaying through
 * themselves or through someone not staffed, nobody twice in one role. Every bad entry is named.
 */
@Singleton
class StaffingCheck {

    private final RowLocks locks;

    StaffingCheck(RowLocks locks) {
        this.locks = locks;
    }

    void validate(long teamId, List<StaffingEntry> entries, @Nullable Template template) {
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
}
