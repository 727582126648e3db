package compass.format;

import compass.syntax.Lexeme;
import java.util.List;

/**
 * One output line before comments are aligned: its indentation in spaces, its code (already spaced)
 * and its comment, either trailing the code or on a line of its own.
 *
 * @param hanging a comment-only line written under the trailing comment of the line above, as the
 *     second line of that comment; it is aligned with it
 */
record Line(int indent, String code, String comment, boolean hanging) {
  static final Line BLANK = new Line(0, "", null, false);

  boolean isBlank() {
    return code.isEmpty() && comment == null;
  }

  boolean hasCode() {
    return !code.isEmpty();
  }

  /** The line as text, with {@code commentColumn} spaces before a trailing comment's {@code #}. */
  String render(int commentColumn) {
    if (isBlank()) return "";
    if (!hasCode()) return " ".repeat(hanging ? commentColumn : indent) + comment;
    String text = " ".repeat(indent) + code;
    if (comment == null) return text;
    return text + " ".repeat(Math.max(2, commentColumn - width(text))) + comment;
  }

  int codeWidth() {
    return indent + width(code);
  }

  /** Columns as the lexer counts them: one per character, whatever its UTF-16 length. */
  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The code of one physical line: the tokens with the spacing {@link Spacing} decides. */
  static String code(List<Lexeme> tokens, List<Boolean> signs) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) out.append(Spacing.between(tokens.get(i - 1), signs.get(i - 1), tokens.get(i)));
      out.append(tokens.get(i).text());
    }
    return out.toString();
  }
}
