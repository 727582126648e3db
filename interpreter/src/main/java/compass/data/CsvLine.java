package compass.data;

import compass.diag.Code;

/**
 * One line of a CSV file handed over as text by another engine's line reader (issue 21: Spark's
 * text source), split into cells by {@link CsvScanner}, the rules of {@code compass run}, with the
 * problems {@link RowLoader} finds in a CSV record (a blank line, too few or too many cells) as
 * flaws of the row, at the same line and column and in the same words.
 *
 * <p>A line reader cannot see a quoted cell that goes on over the next line: such a cell is refused
 * at its opening quote (E0511), since the next line would be read as a row of its own.
 */
final class CsvLine {
  private CsvLine() {}

  /** The line's cells as compass run splits them (a header's names). */
  static String[] cells(String text) {
    CsvScanner s = scan(text, 1);
    String[] out = new String[s.count()];
    for (int i = 0; i < out.length; i++) out[i] = s.cellText(i);
    return out;
  }

  /** Only spaces, tabs and commas: a blank line, ignored when only such lines follow it. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!CsvScanner.isSpace(c) && c != ',' && c != '\r') return false;
    }
    return true;
  }

  /** Line {@code line} of the file, as a row of a header {@code width} cells wide. */
  static CellRow row(int line, String text, int width) {
    CsvScanner s = scan(text, line);
    int count = s.count();
    CellRow row = CellRow.ofLine(line, Math.max(width, count + 1), text);
    for (int i = 0; i < count; i++) {
      row.set(i, s.cellText(i));
      row.at(i, s.cellColumn(i));
    }
    if (s.unterminated()) {
      int cell = count - 1;
      row.rowFlaw(
          cell,
          Code.E0511,
          "the quoted cell starting on line "
              + line
              + " does not end on its line: the Spark job reads a CSV file a line at a time, so a"
              + " quoted cell cannot hold a line break",
          "close the quote (to put a quote inside a quoted cell, double it: \"\"); for values with"
              + " line breaks, give the job the table as Parquet");
    } else if (s.isBlank() && count != width) {
      row.rowFlaw(
          0,
          Code.E0503,
          "line " + line + " is blank, the header has " + RowLoader.plural(width, "field"),
          "delete the blank line");
    } else if (count != width) {
      String message =
          "line " + line + " has " + RowLoader.plural(count, "field") + ", the header has " + width;
      if (count > width) {
        row.rowFlaw(
            width,
            Code.E0503,
            message,
            "a value containing a comma, like 1,000.00, must be quoted or written without it");
      } else {
        row.at(count, s.endColumn()); // just past the last cell, where the missing one would go
        row.rowFlaw(count, Code.E0503, message, "a value or a separating comma is missing");
      }
    }
    return row;
  }

  private static CsvScanner scan(String text, int line) {
    char[] chars = (text + "\n").toCharArray();
    CsvScanner s = new CsvScanner(chars, 0, chars.length, line, true);
    s.next();
    return s;
  }
}
