/**
 * The search for fixes: concrete change lists that clear warnings, for one warning at a time
 * (suggestions) or for the whole team (the fix plan).
 *
 * <p>Plain Java over the planning core and the analysis, like them free of the service side
 * (ArchitectureTest). {@link org.raciplanner.planning.fix.Generators} lists one small generator per
 * warning code; each proposes {@link org.raciplanner.planning.fix.Candidate}s in the change vocabulary.
 * The {@link org.raciplanner.planning.fix.Evaluator} applies a candidate with the planning core's
 * applier and runs the analysis it is given as a function value (the same one {@code GET …/warnings}
 * runs); {@link org.raciplanner.planning.fix.Ranking} orders the outcomes by the rules.
 *
 * <p>Screening a candidate runs the analysis over the part of the team it can change (the
 * {@link org.raciplanner.planning.fix.Neighbourhood}): the difference it finds is the one the whole
 * team shows. What a caller gets back is evaluated over the whole team.
 */
package org.raciplanner.planning.fix;
