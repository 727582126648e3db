package compass.format;

import compass.syntax.Lexeme;
import compass.syntax.Lexeme.Kind;
import java.util.Set;

/**
 * The space between two tokens on one line: one space, except none before a comma, a colon or
 * a closing bracket, none after an opening bracket, none around the dot of {@code quotas.amount},
 * none between a function and its bracket ({@code min(a, b)}) and none after a minus sign
 * ({@code -5%}). Tokens the rules do not name get one space, so new syntax stays readable.
 */
final class Spacing {
  /** Keywords after which a minus is a sign, not a subtraction: {@code pay -100}. */
  private static final Set<String> BEFORE_A_SIGN = Set.of(
      "pay", "if", "then", "else", "cap", "floor", "by", "from", "to", "above", "of", "where",
      "and", "or", "not", "is", "in", "within", "share", "on", "against", "gate", "draw", "curve",
      "x", "when", "with", "hires");

  private Spacing() {}

  static String between(Lexeme left, boolean leftIsSign, Lexeme right) {
    Kind l = left.kind();
    Kind r = right.kind();
    if (r == Kind.COMMA || r == Kind.COLON || r == Kind.CLOSE || r == Kind.DOT) return "";
    if (l == Kind.OPEN || l == Kind.DOT || leftIsSign) return "";
    if (r == Kind.OPEN && l == Kind.NAME) return "";
    return " ";
  }

  /** Whether a minus is a sign, from the token before it in the statement (null: none). */
  static boolean isSign(Lexeme before, Lexeme minus) {
    if (minus.kind() != Kind.OPERATOR || !minus.text().equals("-")) return false;
    if (before == null) return true;
    return switch (before.kind()) {
      case OPERATOR, COMMA, OPEN, COLON -> true;
      case KEYWORD -> BEFORE_A_SIGN.contains(before.text());
      default -> false;
    };
  }
}
