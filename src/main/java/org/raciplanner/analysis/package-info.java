/**
 * The analysis: a pure function from a {@link org.raciplanner.analysis.TeamSnapshot} to
 * warnings and a workload per person (see {@link org.raciplanner.analysis.Analysis}).
 *
 * <p>Plain Java only: no framework, no database. The service loads the snapshot with a few
 * queries and hands it over; every rule is a small class listed in {@code Rules}.
 */
package org.raciplanner.analysis;
