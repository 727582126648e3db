package compass.api;

import compass.diag.Diagnostic;
import compass.source.Span;
import java.util.List;

/**
 * The tests of one plan file, run: the plan's diagnostics (with an error, no test ran), each test's
 * outcome, and with coverage asked for, what no test reached.
 */
public record TestReport(
    String plan, List<Diagnostic> diagnostics, List<Outcome> outcomes, List<Unreached> unreached) {

  public boolean planOk() {
    for (Diagnostic d : diagnostics) if (d.isError()) return false;
    return true;
  }

  /** One test: passed when it has no failures and no errors (bad test data, a zero quota ...). */
  public record Outcome(String title, Span at, List<Failure> failures, List<Diagnostic> errors) {
    public boolean passed() {
      return failures.isEmpty() && errors.isEmpty();
    }
  }

  /** An expectation that did not hold, with both values as a rep reads them. */
  public record Failure(Span at, String subject, String expected, String actual) {}

  /**
   * A definition, component or tier band that no test reached ({@code what}: "definition
   * bookings").
   */
  public record Unreached(Span at, String what) {}
}
