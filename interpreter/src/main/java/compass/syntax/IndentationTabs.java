package compass.syntax;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.grammar.CompassLexer;
import compass.source.SourceFile;
import compass.source.Span;
import org.antlr.v4.runtime.Token;

/**
 * A line indented more or less than the block expects, with a tab in its indentation or in the
 * indentation of the line before: E0106 instead of the general syntax error. The lexer counts a tab
 * to the next multiple of 4 columns, which is rarely how the editor showed it, so the real mistake
 * is the tab, not the layout the analyst sees.
 */
final class IndentationTabs {
  private IndentationTabs() {}

  /** Reported (true) when the error is one of indentation and a tab is involved. */
  static boolean report(SourceFile file, Diagnostics diags, Token token, Span span) {
    int type = token.getType();
    if (type != CompassLexer.INDENT && type != CompassLexer.DEDENT) return false;
    int line = span.line();
    boolean here = hasTab(file.lineText(line));
    int before = previousCodeLine(file, line);
    if (!here && (before < 1 || !hasTab(file.lineText(before)))) return false;
    String depth = type == CompassLexer.INDENT ? "more" : "less";
    String message =
        here
            ? "tab in the indentation: counted as up to 4 columns, it makes this line indented "
                + depth
                + " than the block allows"
            : "tab in the indentation of line "
                + before
                + ": counted as up to 4 columns, it does not line up with this line";
    int start = file.lineStart(line);
    diags.error(
        Code.E0106,
        new Span(file, start, start + leading(file.lineText(line))),
        message,
        "indent with spaces only, two per level (a tab shows differently in every editor)");
    return true;
  }

  private static boolean hasTab(String line) {
    return line.substring(0, leading(line)).indexOf('\t') >= 0;
  }

  private static int leading(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
    return i;
  }

  private static int previousCodeLine(SourceFile file, int line) {
    for (int l = line - 1; l >= 1; l--) {
      String text = file.lineText(l).strip();
      if (!text.isEmpty() && !text.startsWith("#")) return l;
    }
    return 0;
  }
}
