package compass.api;

import compass.diag.Diagnostic;
import compass.result.LineItem;
import compass.result.LocalPay;
import compass.result.Reconciliation;
import compass.result.RejectedRow;
import compass.result.StatementRow;
import compass.result.TeamSummary;
import java.util.List;

/**
 * The outcome of a run: either diagnostics with at least one error (and no payouts), or the
 * statement rows, their line items and the reconciliation, with any warnings, and (under
 * --keep-going) the data rows left out, in the order the files were read. {@code paid}: the rows
 * and lines in each participant's pay currency (SEMANTICS 13), index by index; null when the plan
 * pays everyone in its own currency. {@code teams}: under a `budget`, each team's figures per
 * period (issue 15); empty otherwise.
 */
public record RunResult(
    List<Diagnostic> diagnostics,
    List<StatementRow> rows,
    List<LineItem> lines,
    Reconciliation reconciliation,
    String planName,
    String currency,
    List<RejectedRow> rejects,
    LocalPay.Run paid,
    List<TeamSummary> teams,
    List<String> closed) {

  /**
   * A run that read no closed period. {@code closed}, otherwise: the periods shown as the ledger
   * recorded them, with their pay dates ({@code 2027-Q1 (paid 2027-03-31)}, issue 16).
   */
  public RunResult(
      List<Diagnostic> diagnostics,
      List<StatementRow> rows,
      List<LineItem> lines,
      Reconciliation reconciliation,
      String planName,
      String currency,
      List<RejectedRow> rejects,
      LocalPay.Run paid,
      List<TeamSummary> teams) {
    this(
        diagnostics,
        rows,
        lines,
        reconciliation,
        planName,
        currency,
        rejects,
        paid,
        teams,
        List.of());
  }

  /** A run whose participants are all paid in the plan currency, with no team budget. */
  public RunResult(
      List<Diagnostic> diagnostics,
      List<StatementRow> rows,
      List<LineItem> lines,
      Reconciliation reconciliation,
      String planName,
      String currency,
      List<RejectedRow> rejects) {
    this(diagnostics, rows, lines, reconciliation, planName, currency, rejects, null, List.of());
  }

  public RunResult(
      List<Diagnostic> diagnostics,
      List<StatementRow> rows,
      List<LineItem> lines,
      Reconciliation reconciliation,
      String planName,
      String currency) {
    this(diagnostics, rows, lines, reconciliation, planName, currency, List.of());
  }

  public boolean ok() {
    for (Diagnostic d : diagnostics) if (d.isError()) return false;
    return true;
  }
}
