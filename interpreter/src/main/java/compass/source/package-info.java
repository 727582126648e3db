/** Plan source text and positions in it: {@link compass.source.SourceFile} and {@link compass.source.Span}. */
package compass.source;
