package compass.cli;

import compass.api.RunResult;
import compass.result.LineItem;
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
  static final List<String> SUMMARY =
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

  static final List<String> LINES =
      List.of("participant", "period", "component", "deal", "amount", "currency", "note");

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
    if (compact && result.rows().stream().allMatch(Sheet::plain)) {
      return new Sheet(
          "rows", SUMMARY.subList(0, 5), rows.stream().map(r -> r.subList(0, 5)).toList(), 2, 4);
    }
    return new Sheet("rows", SUMMARY, rows, 2, 4);
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
