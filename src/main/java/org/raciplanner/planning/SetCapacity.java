package org.raciplanner.planning;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A person's weekly capacity in hours, as {@code PATCH …/people/{id}} sets it. */
public record SetCapacity(PersonRef person, BigDecimal capacityHours) implements Change {

    public static final String TYPE = "setCapacity";

    public SetCapacity {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(capacityHours, "capacityHours");
    }

    static SetCapacity read(Fields f) {
        PersonRef person = f.person("person");
        BigDecimal hours = f.hours("capacityHours", true);
        return f.ok() ? new SetCapacity(person, hours) : null;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void applyTo(Draft draft) {
        draft.setCapacity(draft.person(person, "person"), capacityHours);
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("person", person.json());
        json.put("capacityHours", capacityHours);
        return json;
    }
}
