package compass.diag;

import compass.source.Location;
import java.util.List;

/**
 * One problem found in a plan or its data. The location may be null for problems that have no place
 * (a missing data folder); the hint may be null.
 */
public record Diagnostic(
    Severity severity,
    Code code,
    Location location,
    String message,
    String hint,
    List<Label> labels) {

  public Diagnostic {
    labels = List.copyOf(labels);
  }

  public static Diagnostic error(Code code, Location at, String message) {
    return new Diagnostic(Severity.ERROR, code, at, message, null, List.of());
  }

  public Diagnostic withHint(String hint) {
    return new Diagnostic(severity, code, location, message, hint, labels);
  }

  public Diagnostic withLabel(Label label) {
    var all = new java.util.ArrayList<>(labels);
    all.add(label);
    return new Diagnostic(severity, code, location, message, hint, all);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line, for logs and tests: {@code file:line:col: error[E0101]: message}. */
  public String oneLine() {
    String where = location == null ? "" : location.describe() + ": ";
    return where + severity.label() + "[" + code.id() + "]: " + message;
  }

  @Override
  public String toString() {
    return oneLine();
  }
}
