package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic team of the size the analysis must handle quickly: 1,000 people and 200
 * initiatives with 10–40 staffed people and 20 responsibilities each (about 100,000 cells).
 * Also useful for measuring: build once, then time {@link Analysis#warnings(TeamSnapshot)}.
 */
final class LargeTeamFixture {

    static final int PEOPLE = 1_000;
    static final int INITIATIVES = 200;
    static final int ROWS = 20;

    private LargeTeamFixture() {
    }

    static TeamSnapshot snapshot() {
        return snapshot(10, 40);
    }

    /** Each initiative staffs between {@code minStaffed} and {@code maxStaffed} people. */
    static TeamSnapshot snapshot(int minStaffed, int maxStaffed) {
        Random random = new Random(42);
        List<PersonFacts> people = new ArrayList<>();
        for (long id = 1; id <= PEOPLE; id++) {
            people.add(new PersonFacts(id, "Person " + id, 40));
        }
        List<InitiativeFacts> initiatives = new ArrayList<>();
        for (long id = 1; id <= INITIATIVES; id++) {
            initiatives.add(initiative(id, minStaffed, maxStaffed, random));
        }
        return new TeamSnapshot(Limits.defaults(), people, initiatives, List.of(
                new RoleConflict("product-manager", "project-manager", "One salary for two positions."),
                new RoleConflict("product-manager", "product-owner", "Outward versus inward focus.")),
                SnapshotFixture.HORIZON);
    }

    private static InitiativeFacts initiative(long id, int minStaffed, int maxStaffed, Random random) {
        String kind = id % 2 == 0 ? "PROJECT" : "PRODUCT";
        int staffed = minStaffed + random.nextInt(maxStaffed - minStaffed + 1);
        List<Long> members = new ArrayList<>();
        while (members.size() < staffed) {
            long person = 1 + random.nextInt(PEOPLE);
            if (!members.contains(person)) {
                members.add(person);
            }
        }
        List<ResponsibilityFacts> rows = new ArrayList<>();
        rows.add(new ResponsibilityFacts("stakeholder-communication", "Stakeholder communication", 2));
        for (int r = 1; r < ROWS; r++) {
            rows.add(new ResponsibilityFacts("item-" + r, "Item " + r, 1 + random.nextInt(6)));
        }
        List<StaffingFacts> staffing = new ArrayList<>();
        staffing.add(new StaffingFacts(kind.equals("PROJECT") ? "project-manager" : "product-manager", members.get(0), null));
        for (Long member : members.subList(1, members.size())) {
            staffing.add(new StaffingFacts("delivery-team", member, null));
        }
        List<CellFacts> cells = new ArrayList<>();
        for (ResponsibilityFacts row : rows) {
            cells.add(new CellFacts(row.key(), members.get(0), "RA"));
            for (Long member : members.subList(1, members.size())) {
                int pick = random.nextInt(20);
                cells.add(new CellFacts(row.key(), member, pick == 0 ? "R" : pick < 3 ? "C" : "I"));
            }
        }
        return new InitiativeFacts(id, "Initiative " + id, kind, rows, staffing, cells,
                Set.of("stakeholder-communication", "budget"), Set.of("project-coordinator"), null);
    }
}
