package compass.syntax;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.grammar.CompassLexer;
import compass.grammar.CompassParser;
import compass.source.Span;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * A reserved word where a name belongs ({@code from: text} in an input, {@code if = 2}): E0107,
 * with a hint, instead of "expected a name, found `from`". Most keywords are soft (a column may be
 * called {@code stage}); the reserved ones are the keywords the grammar's {@code name} rule does
 * not accept, read from the parser's own ATN so the list cannot drift from the grammar.
 */
final class ReservedNames {
  private ReservedNames() {}

  /** Reported (true) when {@code token} is a reserved word used as a name. */
  static boolean report(
      Diagnostics diags, Parser parser, Token token, ExpectedInput.Result expected, Span span) {
    if (!isReserved(parser, token)) return false;
    Token next = next(parser.getInputStream(), token.getTokenIndex());
    boolean named =
        expected.tokens().contains(CompassLexer.IDENT)
            || next != null
                && (next.getType() == CompassLexer.EQ || next.getType() == CompassLexer.COLON);
    if (!named) return false;
    String word = token.getText();
    boolean field = next != null && next.getType() == CompassLexer.COLON;
    String hint = "choose another name, e.g. `" + word + "_value`";
    if (field) // a column of the data keeps its name: the field is read from it
    hint +=
          "; a data column called `"
              + word
              + "` is read with `my_field: text from \""
              + word
              + "\"`";
    diags.error(
        Code.E0107,
        span,
        "`" + word + "` is a reserved word of the language: it cannot be a name",
        hint);
    return true;
  }

  private static boolean isReserved(Parser parser, Token token) {
    String literal = CompassLexer.VOCABULARY.getLiteralName(token.getType());
    boolean word =
        literal != null && literal.matches("'[a-z][a-z-]*'")
            || token.getType() == CompassLexer.NONRECOVERABLE;
    if (!word) return false;
    IntervalSet names =
        parser.getATN().nextTokens(parser.getATN().ruleToStartState[CompassParser.RULE_name]);
    return !names.contains(token.getType());
  }

  private static Token next(TokenStream tokens, int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) return t;
    }
    return null;
  }
}
