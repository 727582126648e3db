package compass.api;

import compass.diag.Diagnostic;
import java.util.List;

/** The diagnostics of parsing and checking one plan, before any data is read. */
public record CheckResult(List<Diagnostic> diagnostics) {
  public boolean ok() {
    for (Diagnostic d : diagnostics) if (d.isError()) return false;
    return true;
  }
}
