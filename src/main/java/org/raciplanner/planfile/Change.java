package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * One thing applying a plan does, in the plan's words: what ({@link What}), which ({@code handle},
 * {@code row}, {@code person}), and its value before and after, each the plan's value of that kind:
 * the settings by name, a {@link Plan.Person}, a {@link Plan.Initiative} (its own fields), a staffing
 * (a list of {@link Plan.Staffed}), a {@link Plan.Row}, a cell's letters.
 *
 * @param handle the initiative's handle; for a person, their e-mail
 */
record Change(Op op, What what, String handle, @Nullable String row, @Nullable String person, @Nullable Object before,
              @Nullable Object after) {

    enum Op {
        CREATE, UPDATE, DELETE;

        String shown() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum What {
        SETTINGS, PERSON, INITIATIVE, RESPONSIBILITY, STAFFING, CELL;

        String shown() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Change settings(Object before, Object after) {
        return new Change(Op.UPDATE, What.SETTINGS, "settings", null, null, before, after);
    }

    static Change person(Op op, String email, @Nullable Plan.Person before, @Nullable Plan.Person after) {
        return new Change(op, What.PERSON, email, null, null, before, after);
    }

    static Change initiative(Op op, String handle, @Nullable Plan.Initiative before, @Nullable Plan.Initiative after) {
        return new Change(op, What.INITIATIVE, handle, null, null, before, after);
    }

    static Change row(Op op, String handle, String key, @Nullable Plan.Row before, @Nullable Plan.Row after) {
        return new Change(op, What.RESPONSIBILITY, handle, key, null, before, after);
    }

    static Change staffing(String handle, Object before, Object after) {
        return new Change(Op.UPDATE, What.STAFFING, handle, null, null, before, after);
    }

    static Change cell(Op op, String handle, String row, String person, @Nullable String before, @Nullable String after) {
        return new Change(op, What.CELL, handle, row, person, before, after);
    }

    /** How the change list names the thing: {@code settings}, an e-mail, a handle, {@code handle/row}, {@code handle/row/e-mail}. */
    String key() {
        return switch (what) {
            case SETTINGS, PERSON, INITIATIVE, STAFFING -> handle;
            case RESPONSIBILITY -> handle + "/" + row;
            case CELL -> handle + "/" + row + "/" + person;
        };
    }
}
