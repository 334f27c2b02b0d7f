package org.raciplanner.planning;

/**
 * Thrown by a change's applier when a field names something the team (as the earlier changes left
 * it) does not have; {@link Changes} adds the change's index to the field.
 */
final class Invalid extends RuntimeException {

    private final String field;

    Invalid(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
