package compass.data;

/**
 * A table made in code from values already typed, row by row (issue 20: the rows of a streamed run,
 * each standing for many deals of the file). Its rows come from no line of a file: positions in
 * messages name the file only.
 */
public final class BuiltTable {
  private final TableSchema schema;
  private final Column[] columns;
  private int rows;

  public BuiltTable(TableSchema schema, int capacity) {
    this.schema = schema;
    this.columns = new Column[schema.fields().size()];
    for (int i = 0; i < columns.length; i++)
      columns[i] = RowLoader.newColumn(schema.fields().get(i).type(), Math.max(1, capacity));
  }

  /** A TEXT, PERSON or PERIOD cell. */
  public void text(int field, String value) {
    ((TextColumn) columns[field]).add(value);
  }

  /** A STAGE cell: the stage's position in the plan's list. */
  public void stage(int field, int ordinal) {
    ((EnumColumn) columns[field]).add(ordinal);
  }

  public void date(int field, int epochDay) {
    ((DateColumn) columns[field]).add(epochDay);
  }

  /** A MONEY, NUMBER or PERCENT cell: {@code unscaled} x 10^-scale, exactly. */
  public void decimal(int field, long unscaled, int scale) {
    ((DecimalColumn) columns[field]).add(unscaled, scale);
  }

  public void integer(int field, long value) {
    ((LongColumn) columns[field]).add(value);
  }

  /** An empty cell. */
  public void missing(int field) {
    Columns.addMissing(columns[field]);
  }

  /** Ends the row whose cells were just given, one per field. */
  public void endRow() {
    rows++;
  }

  public Table build() {
    return new Table(schema, columns, new int[rows], rows);
  }
}
