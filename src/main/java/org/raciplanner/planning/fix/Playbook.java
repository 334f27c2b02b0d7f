package org.raciplanner.planning.fix;

import org.raciplanner.analysis.CommunicationModel;
import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.RoleConflict;
import org.raciplanner.planning.TemplateRules;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the templates tell the search: each template's roles and letters, the role pairs that must
 * not sit on one person, the group roles (a delivery team) whose members are the crowd of an
 * initiative rather than its leads, and each template's communication row.
 */
public record Playbook(Map<String, TemplateRules> templates, List<RoleConflict> conflicts, Set<String> groupRoles,
                       Map<String, String> communication) {

    /** The role the sources hand a group's communication to (domain.md, "Communication span"). */
    public static final String COORDINATOR = "project-coordinator";

    public Playbook {
        templates = Map.copyOf(templates);
        conflicts = List.copyOf(conflicts);
        groupRoles = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(groupRoles));
        communication = Map.copyOf(communication);
    }

    /** The key of the row whose effort grows with the people its holder keeps in sync. */
    String communicationRow(Snapshot.Initiative initiative) {
        String key = initiative.template() == null ? null : communication.get(initiative.template());
        return key != null ? key : CommunicationModel.defaults().responsibility();
    }

    /** The rules of the initiative's template, or null without one (or when it is not loaded). */
    TemplateRules rules(Snapshot.Initiative initiative) {
        return initiative.template() == null ? null : templates.get(initiative.template());
    }

    boolean hasRole(Snapshot.Initiative initiative, String role) {
        TemplateRules rules = rules(initiative);
        return rules != null && rules.roles().contains(role);
    }

    /** Whether holding {@code role} beside {@code held} makes a pair the templates mark as conflicting. */
    boolean conflicts(String role, Set<String> held) {
        for (RoleConflict c : conflicts) {
            if (c.roleA().equals(role) && held.contains(c.roleB()) || c.roleB().equals(role) && held.contains(c.roleA())) {
                return true;
            }
        }
        return false;
    }

    /** The roles the template gives a letter {@code which} accepts on the row, in the template's role order. */
    List<String> rolesGiving(Snapshot.Initiative initiative, String row, java.util.function.Predicate<Letters> which) {
        TemplateRules rules = rules(initiative);
        List<String> roles = new ArrayList<>();
        if (rules == null || !rules.letters().containsKey(row)) {
            return roles;
        }
        Map<String, Letters> byRole = rules.letters().get(row);
        for (String role : rules.roles()) {
            Letters letters = byRole.get(role);
            if (letters != null && which.test(letters)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The letters the template gives the role on each of its rows, in row order. */
    Map<String, Letters> lettersOf(Snapshot.Initiative initiative, String role) {
        TemplateRules rules = rules(initiative);
        Map<String, Letters> letters = new java.util.LinkedHashMap<>();
        if (rules != null) {
            rules.letters().forEach((row, byRole) -> {
                if (byRole.containsKey(role)) {
                    letters.put(row, byRole.get(role));
                }
            });
        }
        return letters;
    }
}
