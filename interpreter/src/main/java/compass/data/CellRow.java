package compass.data;

import compass.diag.Code;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of a workbook or JSON Lines file, already split into cells (one per header column, empty
 * when the file has none there), with what is needed to point at each: the sheet's row and column,
 * or the JSON line and the column where the value starts. A problem the reader found in the row (an
 * error value such as #DIV/0!, a nested JSON value) travels with it as a {@link Flaw}, reported by
 * {@link RowLoader} in file order like any other.
 */
final class CellRow implements SourceRow {
  private static final char[] EMPTY = new char[0];

  /**
   * A problem the reader found: at a cell (then the cell is not read, and the problem is reported
   * only when the plan reads it), or in the whole row (then the row is not read at all; cell is
   * where, or -1 for the row).
   */
  record Flaw(int cell, boolean wholeRow, Code code, String message, String hint) {}

  private final String sheet; // null for JSON Lines
  private final int number; // the sheet's row number, or the line
  private char[][] cells;
  private int[] columns; // JSON Lines: 1-based column in the line where each value starts
  private final String lineText; // JSON Lines: the line as written
  private List<Flaw> flaws;

  private CellRow(String sheet, int number, int width, String lineText) {
    this.sheet = sheet;
    this.number = number;
    this.cells = new char[Math.max(width, 0)][];
    this.lineText = lineText;
  }

  /** An empty row of a sheet, to be filled with {@link #set}. */
  static CellRow ofSheet(String sheet, int row, int width) {
    return new CellRow(sheet, row, width, null);
  }

  /** An empty row of a JSON Lines file, line being the line as written. */
  static CellRow ofLine(int line, int width, String lineText) {
    CellRow row = new CellRow(null, line, width, lineText);
    row.columns = new int[Math.max(width, 0)];
    return row;
  }

  /** A blank row of the same file and sheet as this one, numbered number. */
  CellRow like(int number, int width) {
    return sheet != null ? ofSheet(sheet, number, width) : ofLine(number, width, "");
  }

  boolean isSheet() {
    return sheet != null;
  }

  /** The sheet's name, or null for a JSON Lines line. */
  String sheet() {
    return sheet;
  }

  int number() {
    return number;
  }

  /** Sets a cell (0-based; for a sheet, column A is 0), growing the row when needed. */
  void set(int cell, String value) {
    if (cell >= cells.length) cells = java.util.Arrays.copyOf(cells, cell + 1);
    cells[cell] = value.toCharArray();
  }

  /** JSON Lines: the 1-based column of the line where the cell's value starts. */
  void at(int cell, int column) {
    if (columns != null && cell < columns.length) columns[cell] = column;
  }

  /** Cuts or pads the row to width cells (cells past the header were checked by the reader). */
  void fit(int width) {
    if (cells.length != width) cells = java.util.Arrays.copyOf(cells, width);
    if (columns != null && columns.length != width)
      columns = java.util.Arrays.copyOf(columns, width);
  }

  /** The number of cells set, up to the last one that is not empty. */
  int used() {
    int n = cells.length;
    while (n > 0 && (cells[n - 1] == null || cells[n - 1].length == 0)) n--;
    return n;
  }

  /** A problem of one cell's value, such as an error value (#DIV/0!). */
  void flaw(int cell, Code code, String message, String hint) {
    if (flaws == null) flaws = new ArrayList<>(2);
    flaws.add(new Flaw(cell, false, code, message, hint));
  }

  /** A problem that condemns the whole row, at a cell of it or (cell -1) at the row. */
  void rowFlaw(int cell, Code code, String message, String hint) {
    if (flaws == null) flaws = new ArrayList<>(2);
    flaws.add(new Flaw(cell, true, code, message, hint));
  }

  List<Flaw> flaws() {
    return flaws == null ? List.of() : flaws;
  }

  /** "row 14" of a sheet, "line 14" of a JSON Lines file. */
  String name() {
    return (sheet != null ? "row " : "line ") + number;
  }

  @Override
  public int count() {
    return cells.length;
  }

  @Override
  public char[] src(int cell) {
    char[] c = cells[cell];
    return c == null ? EMPTY : c;
  }

  @Override
  public int from(int cell) {
    return 0;
  }

  @Override
  public int to(int cell) {
    return src(cell).length;
  }

  @Override
  public boolean quoted(int cell) {
    return true; // a line break typed into a cell (Alt+Enter) or escaped in JSON is part of it
  }

  @Override
  public int recordLine() {
    return number;
  }

  @Override
  public String recordText() {
    if (lineText != null) return lineText;
    // A sheet has no text: the row as its CSV export would write it.
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < used(); i++) {
      if (i > 0) out.append(',');
      String v = new String(src(i));
      boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0;
      out.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
    }
    return out.toString();
  }

  @Override
  public DataLocation cellLocation(String file, int cell, String field) {
    if (sheet != null) return DataLocation.ofCell(file, sheet, number, cell + 1, field);
    int column = columns != null && cell >= 0 && cell < columns.length ? columns[cell] : 0;
    return new DataLocation(file, number, Math.max(column, 1), field, lineText);
  }

  @Override
  public DataLocation rowLocation(String file, String field) {
    if (sheet != null) return DataLocation.ofCell(file, sheet, number, 1, field);
    return new DataLocation(file, number, 1, field, lineText);
  }

  @Override
  public DataLocation controlLocation(String file, int cell, String field) {
    return cellLocation(file, cell, field);
  }

  @Override
  public String controlMessage(int cell, String where) {
    char[] c = src(cell);
    for (char ch : c) {
      if (ControlCharacters.refused(ch, true)) return ControlCharacters.message(ch, where);
    }
    throw new IllegalStateException("the cell holds a control character");
  }

  @Override
  public boolean isBlank() {
    for (int i = 0; i < cells.length; i++) {
      char[] c = src(i);
      for (char ch : c) if (!CsvScanner.isSpace(ch)) return false;
    }
    return true;
  }
}
