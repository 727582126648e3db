package compass.cli;

import compass.api.Compass;
import compass.diag.Diagnostic;
import java.util.List;

/**
 * How a run's warnings are laid out on stderr: most are rendered in full with their source line
 * before the output; those about the run as a whole (W0107, W0108) are one line each after the
 * reconciliation, where the counts they are about are printed.
 */
final class SummaryWarnings {
  private SummaryWarnings() {}

  /** The diagnostics rendered in full, in their order. */
  static List<Diagnostic> detailed(List<Diagnostic> all) {
    return all.stream().filter(d -> !Compass.inRunSummary(d)).toList();
  }

  /** One line per summary warning: {@code plan.comp:26:1: warning[W0108]: ...}. */
  static String lines(List<Diagnostic> all) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : all) if (Compass.inRunSummary(d)) out.append(d.oneLine()).append('\n');
    return out.toString();
  }

  static int warnings(List<Diagnostic> all) {
    int n = 0;
    for (Diagnostic d : all) if (!d.isError()) n++;
    return n;
  }

  /** The last line of a command that --strict failed for its warnings. */
  static String denied(int warnings) {
    return warnings + " warning(s), denied by --strict\n";
  }
}
