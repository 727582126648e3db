package compass.cli;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.PrintWriter;

/**
 * An output that could not be written (a folder missing, no permission, the disk full): one
 * diagnostic, E0778, and exit code 2, the same from every command. Whatever was there before is
 * left as it was (every output is written whole, {@link AtomicFile}).
 */
final class CannotWrite {
  private CannotWrite() {}

  /** {@code error[E0778]: cannot write FILE: REASON}; returns exit code 2. */
  static int report(PrintWriter err, Object file, String reason) {
    return report(err, "cannot write " + file + ": " + reason);
  }

  /** The same with the whole message given ({@code cannot write to X: it is a folder}). */
  static int report(PrintWriter err, String message) {
    err.print(DiagnosticRenderer.render(Diagnostic.error(Code.E0778, null, message)));
    err.flush();
    return ExitCodes.USAGE;
  }
}
