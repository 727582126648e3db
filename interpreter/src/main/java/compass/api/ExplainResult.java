package compass.api;

import compass.diag.Diagnostic;
import compass.result.Explanation;
import compass.result.StatementRow;
import java.util.List;

/**
 * The explanation of one participant's period, or the diagnostics that prevented it; {@code row} is
 * the statement row explained (null when there is none).
 */
public record ExplainResult(
    List<Diagnostic> diagnostics, Explanation explanation, String currency, StatementRow row) {
  public ExplainResult(List<Diagnostic> diagnostics, Explanation explanation, String currency) {
    this(diagnostics, explanation, currency, null);
  }

  public boolean ok() {
    for (Diagnostic d : diagnostics) if (d.isError()) return false;
    return true;
  }
}
