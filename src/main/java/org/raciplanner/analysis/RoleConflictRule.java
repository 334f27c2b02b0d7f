package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * A person holds, anywhere in the team, two roles the templates mark as conflicting. Several
 * templates may declare the same pair (in either order): it is reported once, with every reason.
 */
final class RoleConflictRule implements Rule {

    static final String CODE = "ROLE_CONFLICT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void check(TeamIndex team, Consumer<Warning> out) {
        List<RoleConflict> pairs = distinctPairs(team.conflicts());
        for (PersonFacts person : team.checkedPeople()) {
            SortedMap<String, List<Initiative>> roles = team.rolesOf(person.id());
            for (RoleConflict pair : pairs) {
                List<Initiative> onA = roles.get(pair.roleA());
                List<Initiative> onB = roles.get(pair.roleB());
                if (onA != null && onB != null) {
                    out.accept(warning(person, pair, onA, onB));
                }
            }
        }
    }

    static List<RoleConflict> distinctPairs(List<RoleConflict> conflicts) {
        Map<String, RoleConflict> pairs = new LinkedHashMap<>();
        for (RoleConflict conflict : conflicts) {
            String key = conflict.roleA().compareTo(conflict.roleB()) < 0
                    ? conflict.roleA() + "\n" + conflict.roleB()
                    : conflict.roleB() + "\n" + conflict.roleA();
            pairs.merge(key, conflict, (first, next) -> first.reason().contains(next.reason())
                    ? first
                    : new RoleConflict(first.roleA(), first.roleB(),
                            Text.sentence(first.reason()) + " " + Text.sentence(next.reason())));
        }
        return new ArrayList<>(pairs.values());
    }

    private static Warning warning(PersonFacts person, RoleConflict pair, List<Initiative> onA, List<Initiative> onB) {
        String roleA = Text.role(pair.roleA());
        String roleB = Text.role(pair.roleB());
        return new Warning(CODE, Severity.WARNING,
                person.name() + " is both " + roleA + " and " + roleB + ".",
                Text.sentence(pair.reason()) + " Give one of the two roles to someone else: " + roleA + " on "
                        + Text.list(names(onA)) + ", or " + roleB + " on " + Text.list(names(onB)) + ".",
                person.id(), null, null,
                Figures.create()
                        .put("roleA", pair.roleA())
                        .put("roleAInitiativeIds", ids(onA))
                        .put("roleAInitiatives", names(onA))
                        .put("roleB", pair.roleB())
                        .put("roleBInitiativeIds", ids(onB))
                        .put("roleBInitiatives", names(onB))
                        .put("reason", pair.reason())
                        .map());
    }

    private static List<String> names(List<Initiative> initiatives) {
        return initiatives.stream().map(Initiative::name).toList();
    }

    private static List<Long> ids(List<Initiative> initiatives) {
        return initiatives.stream().map(Initiative::id).toList();
    }
}
