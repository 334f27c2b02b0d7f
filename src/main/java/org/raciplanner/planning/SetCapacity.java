package org.raciplanner.planning;

import java.math.BigDecimal;
import java.util.Map;

/** A person's weekly capacity in hours, as {@code PATCH …/people/{id}} sets it. */
public record SetCapacity(PersonRef person, BigDecimal capacityHours) implements Change {

    public static final String TYPE = "setCapacity";

    static SetCapacity read(Fields f) {
        return f.ok(new SetCapacity(f.person("person"), f.hours("capacityHours", true)));
    }

    @Override
    public void applyTo(Draft draft) {
        draft.setCapacity(draft.person(person, "person"), capacityHours);
    }

    @Override
    public Map<String, Object> json() {
        return Changes.object(TYPE, "person", person, "capacityHours", capacityHours);
    }
}
