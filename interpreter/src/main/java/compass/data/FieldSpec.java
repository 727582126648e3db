package compass.data;

import compass.source.Span;

/**
 * One field a plan reads from a table: its name in the plan, the CSV header it comes from (often
 * the same), its type, whether blanks are allowed, and where the plan declares it (may be null).
 * {@code ignoreCase}: a text field the plan declares {@code ignoring case}, compared with text by
 * its case-folded value.
 */
public record FieldSpec(
    String name, String column, ColumnType type, boolean optional, Span span, boolean ignoreCase) {

  /** A field compared exactly. */
  public FieldSpec(String name, String column, ColumnType type, boolean optional, Span span) {
    this(name, column, type, optional, span, false);
  }
}
