package org.raciplanner.analysis;

/** A cell seen from the person who holds it. */
record HeldCell(Initiative initiative, Row row, Letters letters) {
}
