/**
 * What-if sessions (the REPL's): a plan loaded on its data, a stack of what-ifs on top and the
 * impact of each. Below {@code api}, which opens them ({@code compass.api.Compass#session}) and
 * hands in its own loading steps ({@link compass.session.Loader}); front ends use the session types
 * it returns as part of the facade.
 */
package compass.session;
