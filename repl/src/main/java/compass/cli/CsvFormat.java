package compass.cli;

import java.util.List;

/**
 * RFC 4180 CSV with a header row and {@code \n} line ends. A cell is quoted only when it holds a
 * comma, a quote or a line break; amounts are plain decimals ({@code 21244.25}).
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
    if (cell instanceof Cell.Text t) return t.value() == null ? "" : t.value();
    throw new IllegalStateException("unknown cell " + cell);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      out.append(quote(cells.get(i)));
    }
    out.append('\n');
  }

  static String quote(String cell) {
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
        || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
