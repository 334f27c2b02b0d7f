package org.raciplanner.planning;

import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Letters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading a change list from what a JSON reader gives: every type, and every way to get one wrong. */
class ChangesReadTest {

    @Test
    void readsEveryTypeAndWritesItBackAsSent() {
        List<Object> sent = List.of(
                change("setCell", "initiativeId", n(3), "responsibility", "budget", "person", n(7), "letters", "RA"),
                change("moveCell", "initiativeId", n(3), "responsibility", "budget", "from", n(7), "to", "new:ana"),
                change("staff", "initiativeId", n(3), "role", "sponsor", "person", n(8)),
                change("unstaff", "initiativeId", n(3), "role", "product-owner", "person", n(7)),
                change("setCapacity", "person", n(7), "capacityHours", n(32)),
                change("setCommunicatesVia", "initiativeId", n(3), "person", n(9), "via", n(8)),
                change("addPerson", "ref", "new:ana", "name", "Ana", "email", "ana@example.com", "capacityHours", n(20),
                        "remote", true, "title", "Coordinator"),
                change("setAvailability", "person", "new:ana", "from", "2027-03-24", "to", "2027-04-02", "capacityHours", n(0),
                        "note", "Holiday"));
        List<Change> read = Changes.read(sent);
        assertEquals(List.of(SetCell.class, MoveCell.class, Staff.class, Unstaff.class, SetCapacity.class,
                SetCommunicatesVia.class, AddPerson.class, SetAvailability.class), read.stream().map(Object::getClass).toList());
        assertEquals(sent.toString(), Changes.json(read).toString(), "what is read is written back the same");
        assertEquals(PersonRef.ref("new:ana"), ((MoveCell) read.get(1)).to());
    }

    @Test
    void takesLettersAsTheMatrixApiDoesAndTheEmptyTextAsClear() {
        SetCell ra = (SetCell) Changes.read(List.of(change("setCell", "initiativeId", n(3), "responsibility", "budget",
                "person", n(7), "letters", "a/r"))).get(0);
        assertEquals(Letters.RA, ra.letters());
        SetCell cleared = (SetCell) Changes.read(List.of(change("setCell", "initiativeId", n(3), "responsibility", "budget",
                "person", n(7), "letters", ""))).get(0);
        assertNull(cleared.letters());
        assertEquals("", cleared.json().get("letters"));
    }

    @Test
    void namesEveryBadFieldByIndexAtOnce() {
        List<Object> sent = List.of(
                change("setCell", "initiativeId", "3", "responsibility", "Budget", "person", n(-1), "letters", "Z", "colour", "red"),
                change("moveCell", "initiativeId", n(3), "responsibility", "budget", "from", "ana"),
                change("setCapacity", "person", n(7), "capacityHours", n(200)),
                change("addPerson", "ref", "ana", "name", " ", "email", false, "remote", "yes"),
                change("teleport", "person", n(7)),
                "setCell",
                change("setCommunicatesVia", "initiativeId", n(2.5), "person", null));
        InvalidChanges refused = assertThrows(InvalidChanges.class, () -> Changes.read(sent));
        assertEquals(InvalidChanges.Kind.MALFORMED, refused.kind());
        assertEquals(List.of(
                "changes[0].initiativeId: must be a whole number above 0, not \"3\"",
                "changes[0].responsibility: must be a key like stakeholder-communication, not \"Budget\"",
                "changes[0].person: must be a person's id or the ref of an addPerson change such as \"new:ana\", not -1",
                "changes[0].letters: \"Z\" is not one of R, A, C, I, RA",
                "changes[0].colour: is not a field of setCell",
                "changes[1].from: must be a person's id or the ref of an addPerson change such as \"new:ana\", not \"ana\"",
                "changes[1].to: is required",
                "changes[2].capacityHours: must be a number of hours from 0 to 168, not 200",
                "changes[3].ref: must be a ref like \"new:ana\", not \"ana\"",
                "changes[3].name: must not be blank",
                "changes[3].email: must be a string, not false",
                "changes[3].remote: must be true or false, not \"yes\"",
                "changes[4].type: must be one of setCell, moveCell, staff, unstaff, setCapacity, setCommunicatesVia, addPerson,"
                        + " setAvailability, addResponsibility, not \"teleport\"",
                "changes[5]: must be an object, not \"setCell\"",
                "changes[6].initiativeId: must be a whole number above 0, not 2.5",
                "changes[6].person: must not be null"),
                refused.issues().stream().map(i -> i.field() + ": " + i.message()).toList());
    }

    @Test
    void refusesAListThatIsNoListAndOneTooLong() {
        assertEquals(InvalidChanges.Kind.MALFORMED, assertThrows(InvalidChanges.class, () -> Changes.read(Map.of())).kind());
        List<Object> many = new ArrayList<>();
        for (int i = 0; i <= Changes.MAX; i++) {
            many.add(change("setCapacity", "person", n(7), "capacityHours", n(30)));
        }
        InvalidChanges refused = assertThrows(InvalidChanges.class, () -> Changes.read(many));
        assertEquals(InvalidChanges.Kind.TOO_MANY, refused.kind());
        assertEquals(Changes.MAX, Changes.read(many.subList(0, Changes.MAX)).size());
    }

    @Test
    void leavingViaOutMeansDirect() {
        SetCommunicatesVia direct = (SetCommunicatesVia) Changes.read(List.of(
                change("setCommunicatesVia", "initiativeId", n(3), "person", n(9)))).get(0);
        assertNull(direct.via());
    }

    static Map<String, Object> change(String type, Object... fields) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            change.put((String) fields[i], fields[i + 1]);
        }
        return change;
    }

    static BigDecimal n(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().scale() <= 0
                ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value);
    }
}
