package compass.data;

import compass.diag.Code;
import compass.diag.Suggestions;
import compass.source.DataLocation;
import java.util.List;

/**
 * What the two workbook readers share: choosing the sheet, finding the header row, and handing rows
 * to the sink with the blank rows between them and a value beyond the header's columns flagged.
 * Cells are 0-based by column (A is 0) so a cell's reference is its position.
 */
final class SheetRows {
  private final RowSink sink;
  private final String sheet;
  private boolean headed;
  private int width;
  private int lastRow;
  private boolean stopped;

  SheetRows(RowSink sink, String sheet) {
    this.sink = sink;
    this.sheet = sheet;
  }

  /**
   * The index of the wanted sheet among names (the first when wanted is null), or an Unreadable
   * listing the sheets present.
   */
  static int choose(List<String> names, String wanted, String file) throws Unreadable {
    if (names.isEmpty()) {
      throw new Unreadable(
          Code.E0533, "workbook " + file + " has no sheet", "save the workbook with its data");
    }
    if (wanted == null) return 0;
    int at = names.indexOf(wanted);
    if (at >= 0) return at;
    String closest = Suggestions.closest(wanted, names, 3);
    for (String name : names) {
      if (closest == null && name.equalsIgnoreCase(wanted.strip())) closest = name;
    }
    throw new Unreadable(
        Code.E0531,
        "workbook " + file + " has no sheet `" + wanted + "`; its sheets are: " + quoted(names),
        closest == null ? "write one of the sheet names above" : "did you mean `" + closest + "`?");
  }

  private static String quoted(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String n : names) {
      if (out.length() > 0) out.append(", ");
      out.append('`').append(n).append('`');
    }
    return out.toString();
  }

  /** Whether the header could not be read, so nothing more is wanted. */
  boolean stopped() {
    return stopped;
  }

  /** The next row of the sheet (row numbers increase; rows missing in between are blank). */
  void row(CellRow row) {
    if (stopped) return;
    if (!headed) {
      if (row.isBlank()) return; // rows above the table hold nothing to lose
      headed = true;
      width = row.used();
      row.fit(width);
      lastRow = row.number();
      if (!sink.header(row)) stopped = true;
      return;
    }
    for (int missing = lastRow + 1; missing < row.number(); missing++) {
      sink.row(CellRow.ofSheet(sheet, missing, width));
    }
    lastRow = row.number();
    int used = row.used();
    if (used > width) {
      int beyond = width;
      while (row.to(beyond) == 0) beyond++;
      row.rowFlaw(
          beyond,
          Code.E0503,
          row.name()
              + " has a value in column "
              + DataLocation.columnName(beyond + 1)
              + ", beyond the header's "
              + RowLoader.plural(width, "column"),
          "name the column in the header row, or delete the value");
    }
    sink.row(row);
  }

  /** At the end of the sheet: a sheet without any row has no header. */
  void finish() {
    if (!headed) sink.header(null);
  }
}
