package org.raciplanner.planning;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Someone who is not on the team yet, as {@code POST …/people} would add them; later changes name
 * them by {@code ref} ({@code "new:ana"}). Capacity defaults to the roster's 40 h, remote to false.
 */
public record AddPerson(String ref, String name, String email, BigDecimal capacityHours, Boolean remote, String title)
        implements Change {

    public static final String TYPE = "addPerson";

    public AddPerson {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }

    static AddPerson read(Fields f) {
        String ref = f.ref("ref");
        String name = f.text("name", true);
        String email = f.email("email");
        BigDecimal hours = f.hours("capacityHours", false);
        Boolean remote = f.flag("remote");
        String title = f.text("title", false);
        return f.ok() ? new AddPerson(ref, name, email, hours, remote, title) : null;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void applyTo(Draft draft) {
        draft.addPerson(this);
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("ref", ref);
        json.put("name", name);
        json.put("email", email);
        if (capacityHours != null) {
            json.put("capacityHours", capacityHours);
        }
        if (remote != null) {
            json.put("remote", remote);
        }
        if (title != null) {
            json.put("title", title);
        }
        return json;
    }
}
