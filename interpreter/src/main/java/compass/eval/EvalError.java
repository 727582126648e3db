package compass.eval;

import compass.diag.Diagnostic;

/**
 * A problem found while evaluating (a zero quota, a division by zero, a missing value). It stops
 * the run and is reported as a diagnostic; it never reaches the user as a stack trace.
 */
public final class EvalError extends RuntimeException {
  private final transient Diagnostic diagnostic;

  public EvalError(Diagnostic diagnostic) {
    super(diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
