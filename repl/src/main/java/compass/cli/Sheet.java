package compass.cli;

import compass.api.RunResult;
import compass.api.StatementCsv;
import compass.result.LineItem;
import compass.result.LocalPay;
import compass.result.StatementRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a run as a grid that every format writes the same way: column names, rows of cells,
 * and which columns hold the amount to total and its currency.
 */
record Sheet(
    String key, List<String> columns, List<List<Cell>> rows, int totalColumn, int currencyColumn) {

  /** After the public columns: the statement's ledger (SEMANTICS 11a) and balances carried. */
  static final List<String> SUMMARY = StatementCsv.SUMMARY;

  static final List<String> LINES = StatementCsv.LINES;

  /** One row per statement row ({@code lines == false}) or per line item. */
  static Sheet of(RunResult result, boolean lines) {
    return of(result, lines, false);
  }

  /**
   * As {@link #of(RunResult, boolean)}; {@code compact} drops the ledger columns when every row has
   * earned = payable = payout and no balances.
   */
  static Sheet of(RunResult result, boolean lines, boolean compact) {
    List<List<Cell>> rows = new ArrayList<>();
    if (lines) {
      for (LineItem l : result.lines()) {
        rows.add(
            List.of(
                text(l.participant()),
                text(l.period()),
                text(l.component()),
                text(l.deal()),
                new Cell.Amount(l.amount()),
                text(l.currency()),
                text(l.note())));
      }
      if (result.paid() != null) { // SEMANTICS 13: after the public columns, the pay currency
        for (int i = 0; i < rows.size(); i++)
          rows.set(i, paid(rows.get(i), result.paid().lines().get(i)));
        return new Sheet("lines", paidColumns(LINES, "amount_local"), rows, 4, 5);
      }
      return new Sheet("lines", LINES, rows, 4, 5);
    }
    for (StatementRow r : result.rows()) {
      rows.add(
          List.of(
              text(r.participant()),
              text(r.period()),
              new Cell.Amount(r.payout()),
              new Cell.Amount(r.ytd()),
              text(r.currency()),
              new Cell.Amount(r.earned()),
              new Cell.Amount(r.payable()),
              new Cell.Amount(r.held()),
              new Cell.Amount(r.drawBalance()),
              new Cell.Amount(r.owed())));
    }
    if (result.paid() != null) { // the ledger columns stay, so the added ones are always last
      for (int i = 0; i < rows.size(); i++)
        rows.set(i, paid(rows.get(i), result.paid().rows().get(i)));
      return new Sheet("rows", paidColumns(SUMMARY, "payout_local"), rows, 2, 4);
    }
    if (compact && result.rows().stream().allMatch(Sheet::plain)) {
      return new Sheet(
          "rows", SUMMARY.subList(0, 5), rows.stream().map(r -> r.subList(0, 5)).toList(), 2, 4);
    }
    return new Sheet("rows", SUMMARY, rows, 2, 4);
  }

  /**
   * The columns of a run whose plan pays participants in their own currencies (SEMANTICS 13): the
   * pay currency, the FX rate used (plan currency per unit of it, as the FX table states it) and
   * the amount paid in it.
   */
  private static List<String> paidColumns(List<String> columns, String amount) {
    List<String> out = new ArrayList<>(columns);
    out.addAll(List.of("pay_currency", "fx_rate", amount));
    return List.copyOf(out);
  }

  private static List<Cell> paid(List<Cell> row, LocalPay paid) {
    List<Cell> out = new ArrayList<>(row);
    out.add(text(paid.currency()));
    out.add(new Cell.Exact(paid.rate()));
    out.add(new Cell.Exact(paid.amount()));
    return out;
  }

  private static boolean plain(StatementRow r) {
    return r.earned().compareTo(r.payout()) == 0
        && r.payable().compareTo(r.payout()) == 0
        && r.held().signum() == 0
        && r.drawBalance().signum() == 0
        && r.owed().signum() == 0;
  }

  private static Cell text(String s) {
    return new Cell.Text(s);
  }
}
