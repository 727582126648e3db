package compass.cli;

import compass.diag.Printable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An aligned table for the terminal: text left-aligned, amounts right-aligned with thousands
 * separators, then one {@code total} line per currency. Never depends on the default locale;
 * control characters of the data are shown escaped ({@link Printable}).
 */
final class TableFormat {
  private static final String GAP = "  ";

  private TableFormat() {}

  static String write(Sheet sheet) {
    int n = sheet.columns().size();
    boolean[] right = new boolean[n];
    List<String[]> lines = new ArrayList<>();
    lines.add(sheet.columns().toArray(new String[0]));
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (List<Cell> row : sheet.rows()) {
      String currency = text(row.get(sheet.currencyColumn()));
      String[] cells = new String[n];
      for (int i = 0; i < n; i++) {
        Cell cell = row.get(i);
        if (cell instanceof Cell.Amount a) {
          right[i] = true;
          cells[i] = a.value() == null ? "" : Amounts.grouped(a.value(), currency);
        } else if (cell instanceof Cell.Exact e) {
          right[i] = true;
          cells[i] = e.value() == null ? "" : e.value().toPlainString();
        } else {
          cells[i] = text(cell);
        }
      }
      lines.add(cells);
      BigDecimal amount = ((Cell.Amount) row.get(sheet.totalColumn())).value();
      if (amount != null) totals.merge(currency, amount, BigDecimal::add);
    }
    right[sheet.totalColumn()] = true;
    for (Map.Entry<String, BigDecimal> t : totals.entrySet()) {
      String[] cells = new String[n];
      java.util.Arrays.fill(cells, "");
      cells[0] = "total";
      cells[sheet.totalColumn()] = Amounts.grouped(t.getValue(), t.getKey());
      cells[sheet.currencyColumn()] = t.getKey();
      lines.add(cells);
    }
    return render(lines, right);
  }

  private static String render(List<String[]> lines, boolean[] right) {
    int[] width = new int[right.length];
    for (String[] cells : lines) {
      for (int i = 0; i < cells.length; i++) width[i] = Math.max(width[i], length(cells[i]));
    }
    StringBuilder out = new StringBuilder();
    for (String[] cells : lines) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) line.append(GAP);
        String pad = " ".repeat(width[i] - length(cells[i]));
        line.append(right[i] ? pad + cells[i] : cells[i] + pad);
      }
      out.append(stripTrailing(line)).append('\n');
    }
    return out.toString();
  }

  /**
   * Text of a cell on one line, safe for a terminal: a control character from the data (a line
   * break in a note, an escape sequence in an account name) is shown escaped ({@code \n}, {@code
   * \u001B}), never acted on.
   */
  private static String text(Cell cell) {
    return Printable.escape(((Cell.Text) cell).value());
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String stripTrailing(StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') end--;
    return line.substring(0, end);
  }
}
