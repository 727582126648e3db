package compass.syntax;

import compass.grammar.CompassLexer;
import compass.syntax.Lexeme.Kind;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The whole token stream of a plan, hidden tokens included, as {@link Lexeme}s: what the formatter
 * works from, so it keeps every comment and needs no rule per grammar construct.
 */
public final class PlanTokens {
  private PlanTokens() {}

  /** Every token of the text in order, ending before end of file; never throws on bad input. */
  public static List<Lexeme> lex(String text) {
    CompassLexer lexer = new CompassLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    List<Lexeme> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      out.add(
          new Lexeme(
              kindOf(t), t.getText(), t.getLine(), t.getCharPositionInLine(), t.getStartIndex()));
    }
    return out;
  }

  static Kind kindOf(Token t) {
    return switch (t.getType()) {
      case CompassLexer.IDENT -> Kind.NAME;
      case CompassLexer.NUMBER_LIT,
          CompassLexer.PERCENT_LIT,
          CompassLexer.DATE_LIT,
          CompassLexer.PERIOD_LIT,
          CompassLexer.STRING_LIT ->
          Kind.LITERAL;
      case CompassLexer.ARROW,
          CompassLexer.LE,
          CompassLexer.GE,
          CompassLexer.NE,
          CompassLexer.LT,
          CompassLexer.GT,
          CompassLexer.EQ,
          CompassLexer.PLUS,
          CompassLexer.MINUS,
          CompassLexer.STAR,
          CompassLexer.SLASH ->
          Kind.OPERATOR;
      case CompassLexer.COMMA -> Kind.COMMA;
      case CompassLexer.COLON -> Kind.COLON;
      case CompassLexer.DOT, CompassLexer.DOTDOT -> Kind.DOT; // `quotas.amount`, `days 31..60`
      case CompassLexer.LPAREN, CompassLexer.LBRACK -> Kind.OPEN;
      case CompassLexer.RPAREN, CompassLexer.RBRACK -> Kind.CLOSE;
      case CompassLexer.COMMENT -> Kind.COMMENT;
      case CompassLexer.NEWLINE -> Kind.END_OF_STATEMENT;
      case CompassLexer.INDENT -> Kind.INDENT;
      case CompassLexer.DEDENT -> Kind.DEDENT;
      case CompassLexer.NL -> Kind.LINE_BREAK;
      case CompassLexer.WS -> Kind.SPACE;
      case CompassLexer.ERROR_CHAR -> Kind.OTHER;
      // keywords, including any the grammar gains later: a word that is not a name
      default -> t.getText().matches("[A-Za-z][A-Za-z0-9_-]*") ? Kind.KEYWORD : Kind.OTHER;
    };
  }
}
