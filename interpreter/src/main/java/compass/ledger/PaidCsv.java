package compass.ledger;

import compass.diag.Csv;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The two tables of a closed period, as CSV with the columns of {@code compass run --format csv}
 * ({@code statement.csv}) and of {@code run --format csv --lines} ({@code lines.csv}), and read
 * back. Cells are written as they are (no spreadsheet-formula quoting), so that what is read back
 * is exactly what was paid.
 */
public final class PaidCsv {
  public static final String STATEMENT = "statement.csv";
  public static final String LINES = "lines.csv";

  /** The statement's columns, as `compass run --format csv` writes them (public interface). */
  public static final List<String> STATEMENT_COLUMNS =
      List.of(
          "participant",
          "period",
          "payout",
          "ytd",
          "currency",
          "earned",
          "payable",
          "held",
          "draw_balance",
          "owed");

  /** The line items' columns, as `compass run --lines --format csv` writes them. */
  public static final List<String> LINE_COLUMNS =
      List.of("participant", "period", "component", "deal", "amount", "currency", "note");

  private PaidCsv() {}

  public static String statement(List<StatementRow> rows) {
    StringBuilder out = new StringBuilder();
    line(out, STATEMENT_COLUMNS);
    for (StatementRow r : rows)
      line(
          out,
          List.of(
              r.participant(),
              r.period(),
              plain(r.payout()),
              plain(r.ytd()),
              r.currency(),
              plain(r.earned()),
              plain(r.payable()),
              plain(r.held()),
              plain(r.drawBalance()),
              plain(r.owed())));
    return out.toString();
  }

  public static String lines(List<LineItem> lines) {
    StringBuilder out = new StringBuilder();
    line(out, LINE_COLUMNS);
    for (LineItem l : lines)
      line(
          out,
          List.of(
              l.participant(),
              l.period(),
              l.component(),
              l.deal() == null ? "" : l.deal(),
              plain(l.amount()),
              l.currency(),
              l.note() == null ? "" : l.note()));
    return out.toString();
  }

  static List<StatementRow> readStatement(String text) throws LedgerException {
    List<StatementRow> rows = new ArrayList<>();
    for (List<String> c : rows(text, STATEMENT_COLUMNS, STATEMENT)) rows.add(statementRow(c));
    return rows;
  }

  private static StatementRow statementRow(List<String> c) throws LedgerException {
    try {
      return new StatementRow(
          c.get(0),
          c.get(1),
          amount(c.get(2)),
          amount(c.get(3)),
          c.get(4),
          amount(c.get(5)),
          amount(c.get(6)),
          amount(c.get(7)),
          amount(c.get(8)),
          amount(c.get(9)));
    } catch (LedgerException e) {
      throw new LedgerException(STATEMENT + " " + e.getMessage());
    }
  }

  static List<LineItem> readLines(String text) throws LedgerException {
    List<LineItem> lines = new ArrayList<>();
    for (List<String> c : rows(text, LINE_COLUMNS, LINES)) lines.add(lineItem(c));
    return lines;
  }

  private static LineItem lineItem(List<String> c) throws LedgerException {
    try {
      return new LineItem(
          c.get(0), c.get(1), c.get(2), c.get(3), amount(c.get(4)), c.get(5), c.get(6));
    } catch (LedgerException e) {
      throw new LedgerException(LINES + " " + e.getMessage());
    }
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }

  private static BigDecimal amount(String cell) throws LedgerException {
    try {
      return new BigDecimal(cell);
    } catch (NumberFormatException e) {
      throw new LedgerException("has an amount it cannot read: `" + cell + "`");
    }
  }

  /** Rows of cells as CSV, quoted as {@link Csv#quote} quotes them. */
  static String table(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> r : rows) line(out, r);
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      out.append(Csv.quote(cells.get(i)));
    }
    out.append('\n');
  }

  /** The rows after the header, each with as many cells as {@code columns}. */
  private static List<List<String>> rows(String text, List<String> columns, String file)
      throws LedgerException {
    List<List<String>> all = parse(text);
    if (all.isEmpty() || !all.get(0).equals(columns))
      throw new LedgerException(file + " does not have the columns " + String.join(",", columns));
    for (List<String> row : all.subList(1, all.size()))
      if (row.size() != columns.size())
        throw new LedgerException(file + " has a row of " + row.size() + " cells: " + row);
    return all.subList(1, all.size());
  }

  /** RFC 4180, as {@link Csv#quote} writes it: quoted cells may hold commas, quotes, line ends. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (quoted) {
        if (c == '"' && i < text.length() && text.charAt(i) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') quoted = false;
        else cell.append(c);
      } else if (c == '"') quoted = true;
      else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') cell.append(c);
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
