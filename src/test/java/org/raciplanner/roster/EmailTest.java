package org.raciplanner.roster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmailTest {

    @Test
    void keepsTheAddressAsTypedButComparesWithoutCase() {
        Email email = new Email("  Dana.Smith@Example.COM ");
        assertEquals("Dana.Smith@Example.COM", email.value());
        assertEquals(new Email("dana.smith@example.com").key(), email.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dana", "dana@", "@example.com", "dana@example", "da na@example.com", "dana@@example.com", ""})
    void refusesWhatIsNotAnAddress(String typed) {
        assertThrows(IllegalArgumentException.class, () -> new Email(typed));
    }

    @Test
    void refusesOverLongAddresses() {
        String local = "d".repeat(250);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Email(local + "@example.com"));
        assertEquals("must be at most 254 characters", e.getMessage());
    }
}
