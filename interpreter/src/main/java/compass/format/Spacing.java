package compass.format;

import compass.syntax.Lexeme;
import compass.syntax.Lexeme.Kind;
import java.util.Set;

/**
 * The space between two tokens on one line: one space, except none before a comma, a colon or a
 * closing bracket, none after an opening bracket, none around the dot of {@code quotas.amount},
 * none between a function and its bracket ({@code min(a, b)}) and none after a minus sign ({@code
 * -5%}). Tokens the rules do not name get one space, so new syntax stays readable.
 */
final class Spacing {
  /** Keywords after which a minus is a sign, not a subtraction: {@code pay -100}. */
  private static final Set<String> BEFORE_A_SIGN =
      Set.of(
          "pay", "if", "then", "else", "cap", "floor", "by", "from", "to", "above", "of", "where",
          "and", "or", "not", "is", "in", "within", "share", "on", "against", "gate", "draw",
          "curve", "x", "when", "with", "hires");

  /** Keywords that never name anything, so a bracket after them always gets its space. */
  private static final Set<String> RESERVED =
      Set.of(
          "from", "where", "of", "per", "is", "in", "not", "and", "or", "x", "if", "then", "else",
          "true", "false", "for");

  private static final Set<Kind> WORDS = Set.of(Kind.LITERAL, Kind.NAME, Kind.KEYWORD, Kind.OPEN);

  private Spacing() {}

  static String between(Lexeme left, boolean leftIsSign, Lexeme right) {
    Kind l = left.kind();
    Kind r = right.kind();
    if (r == Kind.COMMA || r == Kind.COLON || r == Kind.CLOSE || r == Kind.DOT) return "";
    if (l == Kind.OPEN || l == Kind.DOT || leftIsSign) return "";
    if (r == Kind.OPEN && l == Kind.NAME) return "";
    // a soft keyword naming a definition, called as written: `expect spread(ann, 2027-Q1)`
    if (r == Kind.OPEN
        && l == Kind.KEYWORD
        && glued(left, right)
        && !RESERVED.contains(left.text())) return "";
    return " ";
  }

  private static boolean glued(Lexeme left, Lexeme right) {
    return left.start() + left.text().length() == right.start();
  }

  /**
   * Whether a minus is a sign: after nothing, an operator, a comma, a bracket or a keyword such as
   * {@code pay}; or when it was written as one, against what follows and apart from what comes
   * before ({@code D1 ann -5_000} in a row of test data).
   */
  static boolean isSign(Lexeme before, Lexeme minus, Lexeme after) {
    if (minus.kind() != Kind.OPERATOR || !minus.text().equals("-")) return false;
    if (before == null) return true;
    boolean writtenAsSign =
        after != null
            && WORDS.contains(after.kind())
            && minus.start() + 1 == after.start()
            && before.start() + before.text().length() < minus.start();
    if (writtenAsSign) return true;
    return switch (before.kind()) {
      case OPERATOR, COMMA, OPEN, COLON -> true;
      case KEYWORD -> BEFORE_A_SIGN.contains(before.text());
      default -> false;
    };
  }
}
