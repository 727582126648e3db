package compass.testing;

import compass.diag.Diagnostic;
import compass.diag.Label;
import compass.source.Span;

/**
 * One diagnostic on one line, for table-driven tests that assert exactly what the user is told:
 * `line:column CODE message (hint: ...) [line:column label]`.
 */
public final class DiagnosticSummary {
  private DiagnosticSummary() {}

  public static String of(Diagnostic d) {
    Span at = (Span) d.location();
    StringBuilder s =
        new StringBuilder(at.line() + ":" + at.column() + " " + d.code().id() + " " + d.message());
    if (d.hint() != null) s.append(" (hint: ").append(d.hint()).append(')');
    for (Label l : d.labels())
      s.append(" [")
          .append(l.span().line())
          .append(':')
          .append(l.span().column())
          .append(' ')
          .append(l.text())
          .append(']');
    return s.toString();
  }
}
