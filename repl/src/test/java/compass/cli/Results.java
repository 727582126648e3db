package compass.cli;

import compass.api.RunResult;
import compass.result.LineItem;
import compass.result.Reconciliation;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.List;

/** Hand-made run results for the writer tests. */
final class Results {
  private Results() {}

  static StatementRow row(String who, String period, String payout, String ytd, String currency) {
    return new StatementRow(who, period, new BigDecimal(payout), new BigDecimal(ytd), currency);
  }

  static LineItem line(String who, String component, String deal, String amount, String note) {
    return new LineItem(who, "2027-Q1", component, deal, new BigDecimal(amount), "USD", note);
  }

  static Reconciliation reconciliation() {
    return new Reconciliation(
        20000,
        13000,
        List.of(
            new Reconciliation.Exclusion("stage is closed_won", 5200),
            new Reconciliation.Exclusion("close_date in the plan year", 1800)));
  }

  static RunResult of(List<StatementRow> rows, List<LineItem> lines) {
    return new RunResult(List.of(), rows, lines, reconciliation(), "AE FY2027", "USD");
  }

  static RunResult summary(StatementRow... rows) {
    return of(List.of(rows), List.of());
  }

  static RunResult lines(LineItem... lines) {
    return of(List.of(), List.of(lines));
  }
}
