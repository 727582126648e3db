package compass.cli;

import compass.api.LineItem;
import compass.api.RunResult;
import compass.api.StatementRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a run as a grid that every format writes the same way: column names, rows of cells,
 * and which columns hold the amount to total and its currency.
 */
record Sheet(
    String key, List<String> columns, List<List<Cell>> rows, int totalColumn, int currencyColumn) {

  static final List<String> SUMMARY = List.of("participant", "period", "payout", "ytd", "currency");
  static final List<String> LINES =
      List.of("participant", "period", "component", "deal", "amount", "currency", "note");

  /** One row per statement row ({@code lines == false}) or per line item. */
  static Sheet of(RunResult result, boolean lines) {
    List<List<Cell>> rows = new ArrayList<>();
    if (lines) {
      for (LineItem l : result.lines()) {
        rows.add(List.of(text(l.participant()), text(l.period()), text(l.component()), text(l.deal()),
            new Cell.Amount(l.amount()), text(l.currency()), text(l.note())));
      }
      return new Sheet("lines", LINES, rows, 4, 5);
    }
    for (StatementRow r : result.rows()) {
      rows.add(List.of(text(r.participant()), text(r.period()), new Cell.Amount(r.payout()),
          new Cell.Amount(r.ytd()), text(r.currency())));
    }
    return new Sheet("rows", SUMMARY, rows, 2, 4);
  }

  private static Cell text(String s) {
    return new Cell.Text(s);
  }
}
