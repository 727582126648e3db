package compass.api;

import compass.check.CheckedPlan;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.result.StatementRow;
import compass.session.Loader;
import java.nio.file.Path;
import java.util.List;

/** The facade's loading steps, handed to every session it opens ({@link Compass#session}). */
final class SessionLoader implements Loader {
  static final SessionLoader INSTANCE = new SessionLoader();

  private SessionLoader() {}

  @Override
  public CheckedPlan load(Path plan, Diagnostics diags) {
    return Compass.load(plan, diags);
  }

  @Override
  public LoadedData loadData(CheckedPlan plan, Path dataDir, Diagnostics diags) {
    return Compass.loadData(plan, dataDir, diags);
  }

  @Override
  public List<Diagnostic> dataWarnings(CheckedPlan plan, LoadedData data) {
    return Compass.dataWarnings(plan, data);
  }

  @Override
  public compass.eval.PaidHistory paid(
      CheckedPlan plan, Path planPath, Path dataDir, LoadedData data, Diagnostics diags) {
    RunRequest request = new RunRequest(planPath, dataDir, null);
    List<compass.ledger.ClosedPeriod> closed = PaidRecords.closed(plan, request, diags);
    if (closed == null || closed.isEmpty()) return null;
    return PaidRecords.history(plan, request, data, closed, true);
  }

  @Override
  public Explanation explanation(CheckedPlan plan, StatementRow row, List<LineItem> lines) {
    return Compass.explanation(plan, row, lines);
  }
}
