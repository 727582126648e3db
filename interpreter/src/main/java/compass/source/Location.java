package compass.source;

/** Where a diagnostic points: a span of plan source, or a cell of a data file. */
public sealed interface Location permits Span, DataLocation {
  /** {@code file:line:column}, as editors and terminals link it. */
  String describe();
}
