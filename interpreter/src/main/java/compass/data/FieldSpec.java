package compass.data;

import compass.source.Span;

/**
 * One field a plan reads from a table: its name in the plan, the CSV header it comes from (often
 * the same), its type, whether blanks are allowed, and where the plan declares it (may be null).
 */
public record FieldSpec(String name, String column, ColumnType type, boolean optional, Span span) {}
