package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** One responsibility of an initiative with its cells, counted once. */
final class Row {

    private final ResponsibilityFacts facts;
    private final Map<Long, Letters> lettersByPerson;
    private final int responsibleCount;
    private final int accountableCount;
    private final int consultedCount;

    Row(ResponsibilityFacts facts, Map<Long, Letters> lettersByPerson) {
        this.facts = facts;
        this.lettersByPerson = Collections.unmodifiableMap(lettersByPerson);
        this.responsibleCount = count(Letters::responsible);
        this.accountableCount = count(Letters::accountable);
        this.consultedCount = count(letters -> letters == Letters.C);
    }

    String key() {
        return facts.key();
    }

    String name() {
        return facts.name();
    }

    double effortHours() {
        return facts.effortHours();
    }

    int responsibleCount() {
        return responsibleCount;
    }

    int accountableCount() {
        return accountableCount;
    }

    int consultedCount() {
        return consultedCount;
    }

    Map<Long, Letters> lettersByPerson() {
        return lettersByPerson;
    }

    /** Null when the person holds nothing on this row. */
    Letters lettersOf(long personId) {
        return lettersByPerson.get(personId);
    }

    List<Long> holders(Predicate<Letters> which) {
        List<Long> holders = new ArrayList<>();
        lettersByPerson.forEach((person, letters) -> {
            if (which.test(letters)) {
                holders.add(person);
            }
        });
        return holders;
    }

    private int count(Predicate<Letters> which) {
        int count = 0;
        for (Letters letters : lettersByPerson.values()) {
            if (which.test(letters)) {
                count++;
            }
        }
        return count;
    }
}
