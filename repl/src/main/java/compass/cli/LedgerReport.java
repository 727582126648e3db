package compass.cli;

import compass.api.LedgerOutcome;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.PrintWriter;

/** Prints a ledger command's diagnostics and chooses its exit code, the same way for each. */
final class LedgerReport {
  private LedgerReport() {}

  /** Diagnostics to {@code err} with the count of errors; returns the number of errors. */
  static int print(LedgerOutcome outcome, PrintWriter err) {
    err.print(DiagnosticRenderer.renderAll(outcome.diagnostics()));
    int errors = (int) outcome.diagnostics().stream().filter(Diagnostic::isError).count();
    if (errors > 0) err.print(errors + " error(s)\n");
    err.flush();
    return errors;
  }

  /**
   * As {@code run}: 0 ok, 1 errors in the plan, 2 errors in the data, on the command line or in the
   * ledger (E05xx, E07xx).
   */
  static int exit(LedgerOutcome outcome) {
    return outcome.ok()
        ? ExitCodes.OK
        : Math.max(ExitCodes.FAILED, ExitCodes.of(outcome.diagnostics()));
  }
}
