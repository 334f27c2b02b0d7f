package org.raciplanner.support;

import java.util.List;
import java.util.Map;

/**
 * domain.md's startup as built through the API: Dana is product manager and product owner of the
 * product and project manager of its launch project, with a delivery team of 7 local and 20
 * remote people; nobody is staffed as sponsor, so the budget has no owner.
 */
public record Startup(long team, long dana, List<Long> local, List<Long> remote, long product, long project,
                      List<Map<String, Object>> projectStaffing) {

    public List<Long> team27() {
        return java.util.stream.Stream.concat(local.stream(), remote.stream()).toList();
    }

    public String base(long initiative) {
        return "/api/v1/teams/" + team + "/initiatives/" + initiative;
    }
}
