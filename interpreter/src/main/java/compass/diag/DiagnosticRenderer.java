package compass.diag;

import compass.source.DataLocation;
import compass.source.Span;

/**
 * Renders a diagnostic the way the Rust and Elm compilers do: code, message, position, the source
 * line with a caret under the span, secondary labels and a hint. Used by the CLI, the REPL and the
 * golden tests alike.
 */
public final class DiagnosticRenderer {
  /** Source lines longer than this are shown as a window around the span. */
  private static final int MAX_LINE = 160;

  private DiagnosticRenderer() {}

  public static String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    // Messages quote cells of data, which may hold escape sequences: shown, never obeyed.
    out.append(d.severity().label())
        .append('[')
        .append(d.code().id())
        .append("]: ")
        .append(Printable.escapeKeepingTabs(d.message()))
        .append('\n');
    if (d.location() instanceof Span span) {
      renderSpan(out, span, d);
    } else if (d.location() instanceof DataLocation data) {
      renderData(out, data);
    }
    if (d.hint() != null) {
      out.append(hintIndent(d))
          .append("= hint: ")
          .append(Printable.escapeKeepingTabs(d.hint()))
          .append('\n');
    }
    return out.toString();
  }

  private static String hintIndent(Diagnostic d) {
    if (d.location() instanceof Span span)
      return " ".repeat(String.valueOf(span.line()).length() + 1);
    if (d.location() instanceof DataLocation at && at.line() > 0)
      return " ".repeat(String.valueOf(at.line()).length() + 1);
    return "   ";
  }

  public static String renderAll(Iterable<Diagnostic> all) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : all) out.append(render(d));
    return out.toString();
  }

  private static void renderSpan(StringBuilder out, Span span, Diagnostic d) {
    int line = span.line();
    String gutter = " ".repeat(String.valueOf(line).length());
    out.append(gutter).append("--> ").append(span.describe()).append('\n');
    out.append(gutter).append(" |\n");
    String text = visibleOrder(span.file().lineText(line));
    if (text.length() > MAX_LINE) { // a very long line: show the part around the span only
      int col = span.column() - 1;
      int from = Math.max(0, Math.min(col - 40, text.length() - MAX_LINE));
      String window = text.substring(from, Math.min(text.length(), from + MAX_LINE));
      out.append(line)
          .append(" | ")
          .append(from > 0 ? "..." : "")
          .append(window)
          .append(from + MAX_LINE < text.length() ? "..." : "")
          .append('\n');
      int caret = col - from + (from > 0 ? 3 : 0);
      int width = Math.max(1, Math.min(span.end() - span.start(), MAX_LINE - (col - from)));
      out.append(gutter)
          .append(" | ")
          .append(" ".repeat(Math.max(0, caret)))
          .append("^".repeat(width))
          .append('\n');
      return;
    }
    out.append(line).append(" | ").append(text).append('\n');
    out.append(gutter).append(" | ").append(underline(span, line, text, '^')).append('\n');
    for (Label label : d.labels()) {
      Span s = label.span();
      if (s.file() != span.file() || s.line() != line) {
        out.append(gutter)
            .append(" = note: ")
            .append(label.text())
            .append(" at ")
            .append(s.describe())
            .append('\n');
        continue;
      }
      out.append(gutter)
          .append(" | ")
          .append(underline(s, line, text, '-'))
          .append(' ')
          .append(label.text())
          .append('\n');
    }
  }

  /**
   * The plan's line with each character that would act on the terminal (a bidi control, E0105; a
   * stray control character) shown as U+FFFD: one char for one, so carets stay under their columns.
   * Tabs stay: the caret line copies them.
   */
  private static String visibleOrder(String line) {
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t' || !Printable.isHostile(c)) continue;
      if (out == null) out = new StringBuilder(line);
      out.setCharAt(i, '\uFFFD');
    }
    return out == null ? line : out.toString();
  }

  private static String underline(Span span, int line, String text, char mark) {
    int col = span.column() - 1;
    int lineEnd = span.file().lineStart(line) + text.length();
    int width = Math.max(1, Math.min(span.end(), lineEnd) - span.start());
    StringBuilder u = new StringBuilder();
    for (int i = 0; i < col && i < text.length(); i++)
      u.append(text.charAt(i) == '\t' ? '\t' : ' ');
    u.append(String.valueOf(mark).repeat(width));
    return u.toString();
  }

  private static void renderData(StringBuilder out, DataLocation at) {
    String gutter = " ".repeat(at.line() > 0 ? String.valueOf(at.line()).length() : 2);
    out.append(gutter).append("--> ").append(Printable.escapeKeepingTabs(at.describe()));
    if (at.field() != null) out.append(" (field ").append(at.field()).append(')');
    out.append('\n');
    if (at.lineText() != null && at.line() > 0) {
      out.append(gutter).append(" |\n");
      // The line as written, with its control characters escaped; the caret moves along.
      out.append(at.line())
          .append(" | ")
          .append(Printable.escapeKeepingTabs(at.lineText()))
          .append('\n');
      if (at.column() > 0) {
        int caret = Printable.escapedLength(at.lineText(), at.column() - 1);
        out.append(gutter).append(" | ").append(" ".repeat(caret)).append("^\n");
      }
    }
  }
}
