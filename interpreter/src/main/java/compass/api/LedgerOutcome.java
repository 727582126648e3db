package compass.api;

import compass.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a ledger command did: its diagnostics (errors refuse it, warnings only inform), the text it
 * produced (verify's report, the payroll CSV) and the ledger folder it used.
 */
public record LedgerOutcome(List<Diagnostic> diagnostics, String text, Path ledger) {
  public LedgerOutcome {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }
}
