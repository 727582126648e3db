package compass.cli;

import compass.diag.Csv;
import java.util.List;

/**
 * RFC 4180 CSV with a header row and {@code \n} line ends. A cell is quoted only when it holds a
 * comma, a quote or a line break; amounts are plain decimals ({@code 21244.25}).
 *
 * <p>A text cell from the data that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return would be taken for a formula by a spreadsheet (CSV injection: a deal whose
 * account is {@code =HYPERLINK(...)}). Such a cell gets a single quote in front and is quoted, as
 * OWASP advises ({@code "'=cmd()"}): the spreadsheet shows it as text. Amounts are numbers, never
 * text, and are never changed ({@code -5.00} stays {@code -5.00}).
 */
final class CsvFormat {
  private CsvFormat() {}

  static String write(Sheet sheet) {
    StringBuilder out = new StringBuilder();
    line(out, sheet.columns());
    for (List<Cell> row : sheet.rows()) {
      String[] cells = new String[row.size()];
      for (int i = 0; i < cells.length; i++) cells[i] = plain(row.get(i));
      line(out, List.of(cells));
    }
    return out.toString();
  }

  private static String plain(Cell cell) {
    if (cell instanceof Cell.Amount a) return a.value() == null ? "" : a.value().toPlainString();
    if (cell instanceof Cell.Exact e) return e.value() == null ? "" : e.value().toPlainString();
    if (cell instanceof Cell.Text t) return t.value() == null ? "" : neutralise(t.value());
    throw new IllegalStateException("unknown cell " + cell);
  }

  /**
   * A text cell a spreadsheet would read as a formula, made plain text: {@code =1+2} as {@code
   * '=1+2}.
   */
  static String neutralise(String text) {
    return compass.api.StatementCsv.neutralise(text);
  }

  /** A text cell of data, for a CSV line: neutralised, then quoted where needed. */
  static String textCell(String text) {
    return Csv.quote(neutralise(text));
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      out.append(Csv.quote(cells.get(i)));
    }
    out.append('\n');
  }
}
