package org.raciplanner.analysis;

import java.util.List;

/** Every rule of the analysis; adding a rule means adding it here. */
final class Rules {

    private Rules() {
    }

    static List<Rule> all() {
        return List.of(
                new NoAccountableRule(),
                new MultipleAccountableRule(),
                new NoResponsibleRule(),
                new TooManyConsultedRule(),
                new TooManyResponsibleRule(),
                new UnstaffedRoleRule(),
                new MissingResponsibilityRule(),
                new SinglePointOfFailureRule(),
                new CommunicationSpanRule(),
                new UnassignedPersonRule(),
                new CapacityOverloadRule(),
                new AccountabilityOverloadRule(),
                new RoleConflictRule(),
                new RoleStackingRule());
    }
}
