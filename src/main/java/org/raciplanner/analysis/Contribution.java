package org.raciplanner.analysis;

/**
 * Hours one cell adds to a person's weekly load. {@code letters} is {@value LoadModel#RELAY}
 * for the communication a person does only because others communicate via them.
 */
record Contribution(Initiative initiative, String responsibility, String letters, double hours) {
}
