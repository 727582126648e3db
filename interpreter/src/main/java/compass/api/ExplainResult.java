package compass.api;

import compass.diag.Diagnostic;
import compass.result.Explanation;
import java.util.List;

/** The explanation of one participant's period, or the diagnostics that prevented it. */
public record ExplainResult(
    List<Diagnostic> diagnostics, Explanation explanation, String currency) {
  public boolean ok() {
    for (Diagnostic d : diagnostics) if (d.isError()) return false;
    return true;
  }
}
