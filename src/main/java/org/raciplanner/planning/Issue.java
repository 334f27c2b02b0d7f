package org.raciplanner.planning;

/** One thing wrong with a change list, named by where it is: {@code changes[2].person}. */
public record Issue(String field, String message) {
}
