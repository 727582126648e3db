/**
 * Plan source text, where it is read from and positions in it: {@link compass.source.SourceFile},
 * {@link compass.source.PlanFiles} and {@link compass.source.Span}.
 */
package compass.source;
