package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PRODUCT;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleConflictRuleTest {

    private static final String SALARY = "One salary for two positions";

    @Test
    void warnsWhenOnePersonHoldsBothRolesOnDifferentInitiatives() {
        var team = team().conflict("product-manager", "project-manager", SALARY);
        long dana = team.person("Dana");
        var phoenix = team.initiative("Phoenix", PROJECT).staff("project-manager", dana);
        var nova = team.initiative("Nova", PRODUCT).staff("product-manager", dana);

        Warning warning = single(team.warnings(), "ROLE_CONFLICT");

        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(dana, warning.personId());
        assertNull(warning.initiativeId());
        assertEquals("Dana is both product manager and project manager.", warning.message());
        assertTrue(warning.advice().startsWith(SALARY + ". Give one of the two roles to someone else: "
                + "product manager on Nova, or project manager on Phoenix."), warning.advice());
        assertEquals("product-manager", warning.figures().get("roleA"));
        assertEquals(List.of(nova.id()), warning.figures().get("roleAInitiativeIds"));
        assertEquals(List.of("Nova"), warning.figures().get("roleAInitiatives"));
        assertEquals("project-manager", warning.figures().get("roleB"));
        assertEquals(List.of(phoenix.id()), warning.figures().get("roleBInitiativeIds"));
        assertEquals(List.of("Phoenix"), warning.figures().get("roleBInitiatives"));
    }

    @Test
    void reportsAPairDeclaredTwiceOnceWithBothReasons() {
        var team = team()
                .conflict("product-manager", "project-manager", SALARY)
                .conflict("project-manager", "product-manager", "Doing so often creates issues.");
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).staff("project-manager", dana).staff("product-manager", dana);

        Warning warning = single(team.warnings(), "ROLE_CONFLICT");

        assertTrue(warning.advice().startsWith(SALARY + ". Doing so often creates issues."), warning.advice());
    }

    @Test
    void warnsOncePerConflictingPair() {
        var team = team()
                .conflict("product-manager", "project-manager", SALARY)
                .conflict("product-manager", "product-owner", "External versus internal focus");
        long dana = team.person("Dana");
        team.initiative("Nova", PRODUCT).staff("product-manager", dana).staff("product-owner", dana);
        team.initiative("Phoenix", PROJECT).staff("project-manager", dana);

        assertEquals(2, team.warnings("ROLE_CONFLICT").size());
    }

    @Test
    void staysQuietWithOnlyOneOfTheRoles() {
        var team = team().conflict("product-manager", "project-manager", SALARY);
        long dana = team.person("Dana");
        long ben = team.person("Ben");
        team.initiative("Phoenix", PROJECT).staff("project-manager", dana).staff("product-manager", ben);

        assertEquals(List.of(), team.warnings("ROLE_CONFLICT"));
    }
}
