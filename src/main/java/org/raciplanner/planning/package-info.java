/**
 * The planning core: a team snapshot and a list of changes in, the team as the changes leave it
 * and the difference they make out, computed in memory by the same analysis as the warnings.
 *
 * <p>Plain Java over the immutable records of {@code snapshot.Snapshot} and the values of
 * {@code analysis}: no framework, no database (ArchitectureTest keeps it so). {@link
 * org.raciplanner.planning.Changes} reads and applies the change vocabulary, {@link
 * org.raciplanner.planning.Result} compares two evaluations. Loading the team, running the
 * analysis and writing the changes through the write paths is the service's part.
 *
 * <p>A new type of change is one more record implementing {@link org.raciplanner.planning.Change}
 * (its fields, how it is read, how it applies to a {@link org.raciplanner.planning.Draft}), added
 * to the sealed list and to {@link org.raciplanner.planning.Changes#TYPES}.
 */
package org.raciplanner.planning;
