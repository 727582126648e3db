package compass.eval;

import compass.result.LineItem;
import compass.result.Reconciliation;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a run computed: statement rows, their line items, the reconciliation of deals, the
 * teams' budget figures (issue 15), and, when asked for, each deal's share of tiered commission
 * (SEMANTICS 5), before rounding.
 */
public record Evaluation(
    List<StatementRow> rows,
    List<LineItem> lines,
    Reconciliation reconciliation,
    List<Attribution> attributions,
    List<compass.diag.Diagnostic> warnings,
    List<compass.result.TeamSummary> teams) {

  /** A run with no team budget. */
  public Evaluation(
      List<StatementRow> rows,
      List<LineItem> lines,
      Reconciliation reconciliation,
      List<Attribution> attributions,
      List<compass.diag.Diagnostic> warnings) {
    this(rows, lines, reconciliation, attributions, warnings, List.of());
  }

  /** A deal's commission in a component and period, before rounding. */
  public record Attribution(
      String participant, String period, String component, String deal, BigDecimal amount) {}
}
