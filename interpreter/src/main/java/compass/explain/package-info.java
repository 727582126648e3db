/**
 * The trace: how the evaluator decided each amount, recorded as data ({@link
 * compass.explain.TraceStep}) through a {@link compass.explain.Tracer} that the evaluator itself
 * calls. Plain runs use {@link compass.explain.Tracer#OFF}, which records and builds nothing;
 * {@code explain}, the REPL's reasons and the statements read the recorded steps. Depends only on
 * {@code source}.
 */
package compass.explain;
