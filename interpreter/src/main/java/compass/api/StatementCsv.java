package compass.api;

import compass.diag.Csv;
import compass.ledger.PaidCsv;
import compass.result.LineItem;
import compass.result.LocalPay;
import compass.result.RejectedRow;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement of a run as {@code compass run --format csv} writes it, and its rejects file: the
 * one writer of that CSV, used by the CLI and by the Spark job (issue 21), which writes each
 * participant's rows where they were evaluated and joins them in participant order. RFC 4180 with
 * {@code \n} line ends; a text cell from the data that a spreadsheet would take for a formula gets
 * a single quote in front (CSV injection); amounts are plain decimals, never changed.
 */
public final class StatementCsv {
  /** After the public columns: the statement's ledger (SEMANTICS 11a) and balances carried. */
  public static final List<String> SUMMARY = PaidCsv.STATEMENT_COLUMNS;

  public static final List<String> LINES = PaidCsv.LINE_COLUMNS;

  /** The header of the rejects file of {@code --keep-going}. */
  public static final String REJECTS_HEADER = "file,line,column,code,error,row\n";

  private StatementCsv() {}

  /** One CSV line (with its {@code \n}) of one participant. */
  public record Line(String participant, String text) {}

  /** The whole CSV: the header, then every row (or line item, {@code lines}). */
  public static String write(RunResult result, boolean lines) {
    StringBuilder out = new StringBuilder(header(result, lines));
    for (Line l : rows(result, lines)) out.append(l.text());
    return out.toString();
  }

  /** The header line: the pay-currency columns follow when the plan pays in several currencies. */
  public static String header(RunResult result, boolean lines) {
    List<String> columns = new ArrayList<>(lines ? LINES : SUMMARY);
    // SEMANTICS 13: after the public columns, the pay currency, the rate and the amount paid
    if (result.paid() != null)
      columns.addAll(List.of("pay_currency", "fx_rate", lines ? "amount_local" : "payout_local"));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) out.append(',');
      out.append(Csv.quote(columns.get(i)));
    }
    return out.append('\n').toString();
  }

  /** The rows (or line items) of a run, in its order, each with its participant. */
  public static List<Line> rows(RunResult result, boolean lines) {
    List<Line> out = new ArrayList<>();
    if (lines) {
      for (int i = 0; i < result.lines().size(); i++) {
        LineItem l = result.lines().get(i);
        StringBuilder b = new StringBuilder();
        text(b, l.participant());
        text(b.append(','), l.period());
        text(b.append(','), l.component());
        text(b.append(','), l.deal());
        amount(b.append(','), l.amount());
        text(b.append(','), l.currency());
        text(b.append(','), l.note());
        if (result.paid() != null) paid(b, result.paid().lines().get(i));
        out.add(new Line(l.participant(), b.append('\n').toString()));
      }
      return out;
    }
    for (int i = 0; i < result.rows().size(); i++) {
      StatementRow r = result.rows().get(i);
      StringBuilder b = new StringBuilder();
      text(b, r.participant());
      text(b.append(','), r.period());
      amount(b.append(','), r.payout());
      amount(b.append(','), r.ytd());
      text(b.append(','), r.currency());
      amount(b.append(','), r.earned());
      amount(b.append(','), r.payable());
      amount(b.append(','), r.held());
      amount(b.append(','), r.drawBalance());
      amount(b.append(','), r.owed());
      if (result.paid() != null) paid(b, result.paid().rows().get(i));
      out.add(new Line(r.participant(), b.append('\n').toString()));
    }
    return out;
  }

  /** The rejects file: one row per data row left out, with where and why, and the row itself. */
  public static String rejects(List<RejectedRow> rejects) {
    StringBuilder out = new StringBuilder(REJECTS_HEADER);
    for (RejectedRow r : rejects) out.append(reject(r));
    return out.toString();
  }

  /** One line of the rejects file. */
  public static String reject(RejectedRow r) {
    // a workbook's row: the file column says where, as Excel names a cell (deals.xlsx!Q1!C14)
    return textCell(r.cell() != null ? r.position() : r.file())
        + ','
        + r.line()
        + ','
        + r.column()
        + ','
        + r.code().id()
        + ','
        + textCell(r.error())
        + ','
        + textCell(r.text())
        + '\n';
  }

  private static void paid(StringBuilder b, LocalPay paid) {
    text(b.append(','), paid.currency());
    exact(b.append(','), paid.rate());
    exact(b.append(','), paid.amount());
  }

  private static void text(StringBuilder b, String value) {
    b.append(value == null ? "" : Csv.quote(neutralise(value)));
  }

  private static void amount(StringBuilder b, BigDecimal value) {
    b.append(value == null ? "" : Csv.quote(value.toPlainString()));
  }

  private static void exact(StringBuilder b, BigDecimal value) {
    amount(b, value);
  }

  /**
   * A text cell a spreadsheet would read as a formula, made plain text: {@code =1+2} as {@code
   * '=1+2} (OWASP's advice for CSV injection).
   */
  public static String neutralise(String text) {
    if (text.isEmpty()) return text;
    char first = text.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + text : text;
  }

  /** A text cell of data, for a CSV line: neutralised, then quoted where needed. */
  public static String textCell(String text) {
    return Csv.quote(neutralise(text));
  }
}
