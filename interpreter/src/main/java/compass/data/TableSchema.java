package compass.data;

import compass.source.Span;
import java.util.List;

/**
 * A table a plan declares: its name, its file relative to the data folder (as written in the plan),
 * its fields, and where it is declared (may be null). {@code sheet} names the sheet of a workbook
 * (null: the first, or not a workbook); {@code keys} are the fields that identify a row of a
 * reference table (empty: not keyed); {@code validFrom} and {@code validTo} name the date fields
 * between which a row is in force (null: not dated; {@code validTo} null: until the next row of the
 * same key); {@code keyOptional}: a key with no row gives the looked-up fields their defaults
 * (eval/Lookups) instead of an error.
 */
public record TableSchema(
    String name,
    String file,
    List<FieldSpec> fields,
    Span span,
    String sheet,
    List<String> keys,
    String validFrom,
    String validTo,
    boolean keyOptional) {

  public TableSchema {
    fields = List.copyOf(fields);
    keys = List.copyOf(keys);
  }

  /** Not {@code key ... optional}: a key with no row is an error. */
  public TableSchema(
      String name,
      String file,
      List<FieldSpec> fields,
      Span span,
      String sheet,
      List<String> keys,
      String validFrom,
      String validTo) {
    this(name, file, fields, span, sheet, keys, validFrom, validTo, false);
  }

  /** A plain table: read whole, not keyed, not dated. */
  public TableSchema(String name, String file, List<FieldSpec> fields, Span span) {
    this(name, file, fields, span, null, List.of(), null, null);
  }

  /**
   * The same table read from other rows (a plan test's): its fields, keys and validity dates kept,
   * no sheet.
   */
  public TableSchema withRows(String file, Span span) {
    return new TableSchema(name, file, fields, span, null, keys, validFrom, validTo, keyOptional);
  }

  /** Whether rows of this table are looked up by key. */
  public boolean keyed() {
    return !keys.isEmpty();
  }
}
