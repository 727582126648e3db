package compass.session;

import compass.check.CheckedPlan;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.nio.file.Path;
import java.util.List;

/**
 * How a session reads its plan and data and explains a payout: the facade's own steps, handed in by
 * {@code compass.api.Compass#session}, so a session sees exactly what {@code run} sees while this
 * package stays below {@code api} (no import cycle).
 */
public interface Loader {
  /** Reads, parses and checks a plan file; null when it has errors (they are in diags). */
  CheckedPlan load(Path plan, Diagnostics diags);

  /** Loads the plan's tables from a folder; null when there were errors (they are in diags). */
  LoadedData loadData(CheckedPlan plan, Path dataDir, Diagnostics diags);

  /** The warnings the data raises before anything is evaluated, as {@code run} reports them. */
  List<Diagnostic> dataWarnings(CheckedPlan plan, LoadedData data);

  /**
   * Issue 16: what the ledger beside the plan says was paid, for the closed periods to show it;
   * null when no period is closed; errors in diags when the ledger cannot be trusted.
   */
  compass.eval.PaidHistory paid(
      CheckedPlan plan, Path planPath, Path dataDir, LoadedData data, Diagnostics diags);

  /** The explanation tree of one statement row from its line items. */
  Explanation explanation(CheckedPlan plan, StatementRow row, List<LineItem> lines);
}
