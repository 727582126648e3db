package compass.format;

import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.Lexeme;
import compass.syntax.Lexeme.Kind;
import compass.syntax.PlanParser;
import compass.syntax.PlanTokens;
import java.util.List;

/**
 * {@code compass fmt}: the one canonical layout of a plan. Only a plan that parses is formatted;
 * the result always has the same tokens and comments as the input, in the same order.
 */
public final class Formatter {
  private Formatter() {}

  /** The plan in canonical layout, or null when it has syntax errors (reported in diags). */
  public static String format(SourceFile file, Diagnostics diags) {
    int before = diags.errorCount();
    PlanParser.parsePlan(file, diags);
    if (diags.errorCount() > before) return null;
    return layout(file.text());
  }

  /** The canonical layout of text that lexes; its meaning is checked not to change. */
  static String layout(String text) {
    List<Lexeme> tokens = PlanTokens.lex(text);
    String formatted = CommentAligner.render(LineBuilder.build(tokens));
    requireSameTokens(tokens, PlanTokens.lex(formatted));
    return formatted;
  }

  /**
   * A guard against a formatter bug changing a plan: the tokens that carry meaning (layout tokens
   * included) and the comments must be the same before and after.
   */
  private static void requireSameTokens(List<Lexeme> before, List<Lexeme> after) {
    List<String> a = meaningful(before);
    List<String> b = meaningful(after);
    if (a.equals(b)) return;
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
    throw new IllegalStateException(
        "the formatter would change the plan near token "
            + i
            + " ("
            + (i < a.size() ? a.get(i) : "end")
            + " became "
            + (i < b.size() ? b.get(i) : "end")
            + ")");
  }

  private static List<String> meaningful(List<Lexeme> tokens) {
    return tokens.stream()
        .filter(t -> t.kind() != Kind.SPACE && t.kind() != Kind.LINE_BREAK)
        .map(t -> t.kind() + " " + (t.kind() == Kind.COMMENT ? t.text().stripTrailing() : t.text()))
        .toList();
  }
}
