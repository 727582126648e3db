package compass.syntax;

import compass.grammar.CompassLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/** Which brackets are open at a token, and where a missing closing one was due. */
final class Brackets {
  private Brackets() {}

  /** The brackets still open just before the token, innermost first (a line ends them all). */
  static Deque<Token> openBefore(TokenStream tokens, Token before) {
    Deque<Token> open = new ArrayDeque<>();
    for (int i = 0; i < before.getTokenIndex(); i++) {
      Token t = tokens.get(i);
      if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
      switch (t.getType()) {
        case CompassLexer.LPAREN, CompassLexer.LBRACK -> open.push(t);
        case CompassLexer.RPAREN, CompassLexer.RBRACK -> {
          if (!open.isEmpty()) open.pop();
        }
        case CompassLexer.NEWLINE -> open.clear();
        default -> {}
      }
    }
    return open;
  }

  /**
   * Where the closing bracket was due: just after the last word of the bracket's own line read
   * before the error (the line break after it was read as inside the brackets).
   */
  static int closingDue(TokenStream tokens, Token bracket, Token error) {
    int end = bracket.getStopIndex() + 1;
    for (int i = bracket.getTokenIndex() + 1; i < error.getTokenIndex(); i++) {
      Token t = tokens.get(i);
      if (t.getLine() != bracket.getLine()) break;
      if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getStopIndex() >= t.getStartIndex())
        end = t.getStopIndex() + 1;
    }
    return end;
  }
}
