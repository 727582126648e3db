package compass.result;

import compass.diag.Code;

/**
 * A row left out of a run by --keep-going: where it is (its first line; the line and column of its
 * first problem), every problem found in it, and the row as written in the file. For a row of a
 * workbook, line is the sheet's row number and cell the sheet and cell of its first problem
 * (`Q1!C14`); null otherwise.
 */
public record RejectedRow(
    String file, long line, int column, Code code, String error, String text, String cell) {

  /** A row of a CSV or JSON Lines file. */
  public RejectedRow(String file, long line, int column, Code code, String error, String text) {
    this(file, line, column, code, error, text, null);
  }

  /** Where the row's first problem is: {@code deals.csv:14:3}, or {@code deals.xlsx!Q1!C14}. */
  public String position() {
    return cell != null ? file + "!" + cell : file + ":" + line + ":" + Math.max(1, column);
  }
}
