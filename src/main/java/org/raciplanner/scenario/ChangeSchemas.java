package org.raciplanner.scenario;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;

/**
 * For the OpenAPI document only: the change vocabulary of planning.md, one schema per type, told
 * apart by {@code type} (suggestions show their changes in it too). A person is an id, or the {@code ref} an earlier {@code addPerson} of the
 * same list gave them ({@code "new:ana"}). The planning core reads the changes.
 */
public final class ChangeSchemas {

    private static final String PERSON = "A person's id, or the ref an earlier addPerson change gave them, such as \"new:ana\"";

    private ChangeSchemas() {
    }

    @Schema(name = "Change", description = "One change; changes apply in order",
            oneOf = {SetCell.class, MoveCell.class, Staff.class, Unstaff.class, SetCapacity.class, SetCommunicatesVia.class,
                    AddPerson.class, SetAvailability.class, AddResponsibility.class})
    public interface Change {
    }

    /** A change list, as requests send it: its items are the one Change schema. */
    @Schema(name = "Change")
    abstract static class ChangeList extends ArrayList<Change> {
    }

    @Schema(name = "SetCellChange", description = "Sets a cell by hand, as PUT …/matrix/{key}/{person} does; \"\" clears it",
            requiredProperties = {"type", "initiativeId", "responsibility", "person", "letters"})
    record SetCell(@Schema(allowableValues = "setCell") String type, long initiativeId, String responsibility,
                   @Schema(description = PERSON, oneOf = {Long.class, String.class}) Object person,
                   @Schema(description = "R, A, C, I or RA (A/R, ar … accepted), or \"\" to clear") String letters) {
    }

    @Schema(name = "MoveCellChange", description = "from's letters go to to, merged by the strongest letter; from's cell is cleared",
            requiredProperties = {"type", "initiativeId", "responsibility", "from", "to"})
    record MoveCell(@Schema(allowableValues = "moveCell") String type, long initiativeId, String responsibility,
                    @Schema(description = PERSON, oneOf = {Long.class, String.class}) Object from,
                    @Schema(description = PERSON, oneOf = {Long.class, String.class}) Object to) {
    }

    @Schema(name = "StaffChange", description = "Staffs a person in a role: the template's letters follow, hand-set cells stay",
            requiredProperties = {"type", "initiativeId", "role", "person"})
    record Staff(@Schema(allowableValues = "staff") String type, long initiativeId, String role,
                 @Schema(description = PERSON, oneOf = {Long.class, String.class}) Object person) {
    }

    @Schema(name = "UnstaffChange", description = "Takes a person out of a role: the template's letters follow, hand-set cells stay",
            requiredProperties = {"type", "initiativeId", "role", "person"})
    record Unstaff(@Schema(allowableValues = "unstaff") String type, long initiativeId, String role,
                   @Schema(description = PERSON, oneOf = {Long.class, String.class}) Object person) {
    }

    @Schema(name = "SetCapacityChange", requiredProperties = {"type", "person", "capacityHours"})
    record SetCapacity(@Schema(allowableValues = "setCapacity") String type,
                       @Schema(description = PERSON, oneOf = {Long.class, String.class}) Object person,
                       @Schema(minimum = "0", maximum = "168") BigDecimal capacityHours) {
    }

    @Schema(name = "SetCommunicatesViaChange", description = "Whom a staffed person is kept in sync by; via null: directly",
            requiredProperties = {"type", "initiativeId", "person"})
    record SetCommunicatesVia(@Schema(allowableValues = "setCommunicatesVia") String type, long initiativeId,
                              @Schema(description = PERSON, oneOf = {Long.class, String.class}) Object person,
                              @Nullable @Schema(description = PERSON, nullable = true, oneOf = {Long.class, String.class}) Object via) {
    }

    @Schema(name = "AddPersonChange", description = "A person who is not on the team yet; later changes name them by ref",
            requiredProperties = {"type", "ref", "name", "email"})
    record AddPerson(@Schema(allowableValues = "addPerson") String type,
                     @Schema(description = "new: and up to 100 more characters", example = "new:ana") String ref,
                     String name, String email,
                     @Nullable @Schema(minimum = "0", maximum = "168") BigDecimal capacityHours,
                     @Nullable Boolean remote, @Nullable String title) {
    }

    @Schema(name = "SetAvailabilityChange", description = "A dated window of the person's weekly capacity, both days included"
            + " (a holiday: 0; part-time: 20), laid over their windows: what it overlaps of them is cut back, split or replaced,"
            + " as PUT …/people/{id}/availability would store it", requiredProperties = {"type", "person", "from", "to", "capacityHours"})
    record SetAvailability(@Schema(allowableValues = "setAvailability") String type,
                           @Schema(description = PERSON, oneOf = {Long.class, String.class}) Object person,
                           @Schema(description = "A date of the years 1 to 9999") LocalDate from,
                           @Schema(description = "On or after from") LocalDate to,
                           @Schema(minimum = "0", maximum = "168") BigDecimal capacityHours,
                           @Nullable @Schema(maxLength = 200) String note) {
    }

    @Schema(name = "AddResponsibilityChange", description = "Adds a row after the initiative's others, as POST …/responsibilities"
            + " does: empty until later changes give it letters", requiredProperties = {"type", "initiativeId", "key", "name"})
    record AddResponsibility(@Schema(allowableValues = "addResponsibility") String type, long initiativeId,
                             @Schema(description = "kebab-case, like stakeholder-communication") String key, String name,
                             @Nullable @Schema(allowableValues = {"STRATEGY", "EXECUTION"}) String category,
                             @Nullable @Schema(minimum = "0", maximum = "168") BigDecimal effortHours) {
    }
}
