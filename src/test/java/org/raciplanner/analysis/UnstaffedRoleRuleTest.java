package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.raciplanner.analysis.SnapshotFixture.PRODUCT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnstaffedRoleRuleTest {

    @Test
    void warnsWhenANeededRoleHasNobody() {
        var team = team();
        long ann = team.person("Ann");
        var nova = team.initiative("Nova", PRODUCT).needsRoles("product-manager", "product-owner")
                .staff("product-manager", ann);

        Warning warning = single(team.warnings(), "UNSTAFFED_ROLE");

        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("Nobody is staffed as product owner on Nova.", warning.message());
        assertEquals(nova.id(), warning.initiativeId());
        assertNull(warning.responsibility());
        assertEquals("product-owner", warning.figures().get("role"));
        assertEquals(List.of("product-manager", "product-owner"), warning.figures().get("requiredRoles"));
        assertEquals(List.of("product-manager"), warning.figures().get("staffedRoles"));
    }

    @Test
    void staysQuietWhenEveryNeededRoleIsStaffed() {
        var team = team();
        long ann = team.person("Ann");
        team.initiative("Nova", PRODUCT).needsRoles("product-manager", "product-owner")
                .staff("product-manager", ann).staff("product-owner", ann);

        assertEquals(List.of(), team.warnings("UNSTAFFED_ROLE"));
    }
}
