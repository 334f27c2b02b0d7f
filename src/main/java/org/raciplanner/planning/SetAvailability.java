package org.raciplanner.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A dated window of a person's weekly capacity, both days included (a holiday: 0 h; part-time: 20 h),
 * laid over the windows they have: what it overlaps of them is cut back, split or replaced, so their
 * windows never overlap, as {@code PUT …/people/{id}/availability} requires. Outside every window
 * their usual capacity holds. A person an earlier {@code addPerson} adds may be given one too.
 */
public record SetAvailability(PersonRef person, LocalDate from, LocalDate to, BigDecimal capacityHours, String note)
        implements Change {

    public static final String TYPE = "setAvailability";

    public SetAvailability {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a window ends on or after its start, not " + from + " – " + to);
        }
    }

    static SetAvailability read(Fields f) {
        PersonRef person = f.person("person");
        LocalDate from = f.date("from");
        LocalDate to = f.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            f.bad("to", "must not be before from (" + from + "), not " + to);
        }
        BigDecimal hours = f.hours("capacityHours", true);
        String note = f.text("note", false);
        return f.ok() ? new SetAvailability(person, from, to, hours, note) : null;
    }

    @Override
    public void applyTo(Draft draft) {
        draft.setAvailability(draft.person(person, "person"), this);
    }

    @Override
    public Map<String, Object> json() {
        return Changes.object(TYPE, "person", person, "from", from.toString(), "to", to.toString(), "capacityHours", capacityHours,
                "note", note);
    }
}
