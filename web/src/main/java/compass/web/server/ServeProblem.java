package compass.web.server;

import compass.diag.Diagnostic;

/** Why the dashboard cannot start (E0765-E0769): the command prints it and exits 2. */
public final class ServeProblem extends Exception {
  private final transient Diagnostic diagnostic;

  ServeProblem(Diagnostic diagnostic) {
    super(diagnostic.message());
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
