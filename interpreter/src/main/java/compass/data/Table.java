package compass.data;

import compass.result.RejectedRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded table: one {@link Column} per declared field, in schema order, plus the physical line
 * each row came from so later phases can point at the data in their messages.
 */
public final class Table {
  private final TableSchema schema;
  private final Column[] columns;
  private final int[] lines;
  private final int rowCount;
  private final Map<String, Integer> indexByName = new HashMap<>();
  private List<RejectedRow> rejects = List.of();
  private Origin origin;

  /**
   * Where the rows were read from (a file, or text held in memory) and how, so a problem found
   * after loading can be pointed at its cell ({@link RowPlace}); null for a table built in code.
   * For a workbook, sheet is the sheet read and cellOf the 0-based column (A is 0) of each field,
   * -1 where the header has none; null otherwise.
   */
  record Origin(
      java.nio.file.Path path, String text, LoadOptions options, String sheet, int[] cellOf) {
    Origin(java.nio.file.Path path, String text, LoadOptions options) {
      this(path, text, options, null, null);
    }
  }

  /**
   * JSON Lines: per field, the column of its key on each line (by line), found when a position is
   * first asked for ({@link RowPlace#row}); a row's warnings may ask for many.
   */
  final Map<String, Map<Long, Integer>> keyColumns = new java.util.concurrent.ConcurrentHashMap<>();

  Table(TableSchema schema, Column[] columns, int[] lines, int rowCount) {
    this.schema = schema;
    this.columns = columns.clone();
    this.lines = lines;
    this.rowCount = rowCount;
    List<FieldSpec> fields = schema.fields();
    for (int i = 0; i < fields.size(); i++) indexByName.putIfAbsent(fields.get(i).name(), i);
  }

  public String name() {
    return schema.name();
  }

  public String file() {
    return schema.file();
  }

  public int rowCount() {
    return rowCount;
  }

  /** The rows left out under --keep-going, in file order (empty otherwise). */
  public List<RejectedRow> rejects() {
    return rejects;
  }

  void setRejects(List<RejectedRow> rejected) {
    this.rejects = List.copyOf(rejected);
  }

  Origin origin() {
    return origin;
  }

  void setOrigin(Origin origin) {
    this.origin = origin;
  }

  public TableSchema schema() {
    return schema;
  }

  /** The position of a field in the schema, or -1 when the schema has no such field. */
  public int fieldIndex(String field) {
    Integer i = indexByName.get(field);
    return i == null ? -1 : i;
  }

  public Column column(int fieldIndex) {
    return columns[fieldIndex];
  }

  /** The column of a field, or {@code null} when the schema has no such field. */
  public Column column(String field) {
    int i = fieldIndex(field);
    return i < 0 ? null : columns[i];
  }

  /** The 1-based physical line of a row in the file (the header is line 1), for messages. */
  public long lineOf(int row) {
    return lines[Columns.checkRow(row, rowCount)];
  }
}
