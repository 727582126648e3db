package compass.api;

import compass.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of a run: either diagnostics with at least one error (and no payouts), or the
 * statement rows, their line items and the reconciliation, with any warnings.
 */
public record RunResult(
    List<Diagnostic> diagnostics,
    List<StatementRow> rows,
    List<LineItem> lines,
    Reconciliation reconciliation,
    String planName,
    String currency) {

  public boolean ok() {
    for (Diagnostic d : diagnostics) if (d.isError()) return false;
    return true;
  }
}
