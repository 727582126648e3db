package compass.syntax;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.source.Span;

/**
 * Refuses absurdly deep bracket nesting before parsing, so a hostile plan gets a diagnostic rather
 * than a StackOverflowError in the recursive-descent parser.
 */
final class NestingGuard {
  private NestingGuard() {}

  static boolean check(SourceFile file, int max, Diagnostics diags) {
    String text = file.text();
    int depth = 0;
    boolean inString = false;
    boolean inComment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inComment) {
        if (c == '\n') inComment = false;
      } else if (inString) {
        if (c == '\\') i++;
        else if (c == '"' || c == '\n') inString = false;
      } else if (c == '#') {
        inComment = true;
      } else if (c == '"') {
        inString = true;
      } else if (c == '(' || c == '[') {
        if (++depth > max) {
          diags.error(
              Code.E0104,
              new Span(file, i, i + 1),
              "expression nested more than " + max + " levels deep",
              "split the expression into named definitions");
          return false;
        }
      } else if (c == ')' || c == ']') {
        depth = Math.max(0, depth - 1);
      }
    }
    return true;
  }
}
