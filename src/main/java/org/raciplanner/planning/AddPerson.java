package org.raciplanner.planning;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Someone who is not on the team yet, as {@code POST …/people} would add them; later changes name
 * them by {@code ref} ({@code "new:ana"}). Capacity defaults to the roster's 40 h, remote to false.
 */
public record AddPerson(String ref, String name, String email, BigDecimal capacityHours, Boolean remote, String title)
        implements Change {

    public static final String TYPE = "addPerson";

    static AddPerson read(Fields f) {
        return f.ok(new AddPerson(f.ref("ref"), f.text("name", true), f.email("email"), f.hours("capacityHours", false),
                f.flag("remote"), f.text("title", false)));
    }

    @Override
    public void applyTo(Draft draft) {
        draft.addPerson(this);
    }

    @Override
    public Map<String, Object> json() {
        return Changes.object(TYPE, "ref", ref, "name", name, "email", email, "capacityHours", capacityHours, "remote", remote,
                "title", title);
    }
}
