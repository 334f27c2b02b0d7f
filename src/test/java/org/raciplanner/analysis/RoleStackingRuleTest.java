package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.analysis.SnapshotFixture.PRODUCT;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleStackingRuleTest {

    @Test
    void warnsWhenAPersonHoldsAThirdRole() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).staff("project-manager", dana);
        team.initiative("Nova", PRODUCT).staff("product-manager", dana).staff("product-owner", dana);

        Warning warning = single(team.warnings(), "ROLE_STACKING");

        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("Dana holds 3 roles (product manager, product owner and project manager); the team limit is 2.",
                warning.message());
        assertEquals(List.of("product-manager", "product-owner", "project-manager"), warning.figures().get("roles"));
        assertEquals("In small companies one person ends up doing everything: give at least 1 of Dana's roles "
                + "to someone else.", warning.advice());
        assertEquals(3, warning.figures().get("count"));
        assertEquals(2, warning.figures().get("limit"));
        assertEquals(Map.of("product-manager", List.of("Nova"), "product-owner", List.of("Nova"),
                "project-manager", List.of("Phoenix")), warning.figures().get("heldOn"));
    }

    @Test
    void countsTheSameRoleOnSeveralInitiativesOnce() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).staff("project-manager", dana).staff("business-analyst", dana);
        team.initiative("Apollo", PROJECT).staff("project-manager", dana);

        assertEquals(List.of(), team.warnings("ROLE_STACKING"));
    }
}
