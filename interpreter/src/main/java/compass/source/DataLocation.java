package compass.source;

/**
 * A position in a data file: the 1-based line and column of a CSV or JSON Lines file, or the sheet
 * and cell of a workbook; the field the plan reads there (may be null), and the raw line text for
 * the caret (may be null).
 *
 * <p>For a workbook, sheet is the sheet's name and cell the cell's reference (`C14`, or the row's
 * first cell for a problem of the whole row); line is then the sheet's row number, so rows keep
 * their order, and column the column's number (A is 1).
 */
public record DataLocation(
    String file, long line, int column, String field, String lineText, String sheet, String cell)
    implements Location {

  /** A position in a text file (CSV, JSON Lines). */
  public DataLocation(String file, long line, int column, String field, String lineText) {
    this(file, line, column, field, lineText, null, null);
  }

  public static DataLocation ofFile(String file) {
    return new DataLocation(file, 0, 0, null, null);
  }

  /** A cell of a workbook: {@code deals.xlsx!Q1!C14}. */
  public static DataLocation ofCell(String file, String sheet, long row, int column, String field) {
    return new DataLocation(file, row, column, field, null, sheet, columnName(column) + row);
  }

  /** The letters Excel names a column with, 1-based: 1 is A, 27 is AA. */
  public static String columnName(int column) {
    StringBuilder out = new StringBuilder();
    for (int n = Math.max(column, 1); n > 0; n = (n - 1) / 26) {
      out.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return out.toString();
  }

  @Override
  public String describe() {
    if (sheet != null) return file + "!" + sheet + (cell == null ? "" : "!" + cell);
    if (line <= 0) return file;
    // a row of a workbook named only by its number (a check after loading): no line, no column
    String lower = file.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) return file + ", row " + line;
    return file + ":" + line + ":" + Math.max(column, 1);
  }

  @Override
  public String toString() {
    return describe();
  }
}
