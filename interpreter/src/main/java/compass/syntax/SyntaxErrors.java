package compass.syntax;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Label;
import compass.grammar.CompassLexer;
import compass.source.SourceFile;
import compass.source.Span;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Turns the parser's errors into diagnostics that say what was expected, computed from the parser's
 * state ({@link ExpectedInput}), not from ANTLR's English: "expected `:` after the component title,
 * found end of line" instead of "mismatched input ... expecting {40 tokens}". An unclosed bracket
 * is reported at the bracket. Recovery is kept short so one typo does not cascade: one error per
 * line, none more in the block of the first, nothing after an unclosed bracket (its line breaks
 * were read as inside the brackets), at most {@link #MAX_ERRORS}.
 */
final class SyntaxErrors extends BaseErrorListener {
  static final int MAX_ERRORS = 10;
  private final SourceFile file;
  private final Diagnostics diags;
  private int count;
  private int lastLine = -1;
  private boolean lostPlace;
  private boolean capped;

  SyntaxErrors(SourceFile file, Diagnostics diags) {
    this.file = file;
    this.diags = diags;
  }

  int count() {
    return count;
  }

  void tooComplex() {
    count++;
    diags.error(
        Code.E0104,
        new Span(file, 0, 0),
        "the plan is too deeply nested to read",
        "split long expressions into named definitions");
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offending,
      int line,
      int column,
      String msg,
      RecognitionException e) {
    Token token = offending instanceof Token t ? t : null;
    ExpectedInput.Result expected = null;
    if (recognizer instanceof Parser parser
        && token != null
        && token.getType() != CompassLexer.ERROR_CHAR) {
      expected = analyse(parser, e);
      if (expected != null) token = expected.token();
    }
    int at = token == null ? line : token.getLine();
    if (count >= MAX_ERRORS) {
      capped(at);
      return;
    }
    if (!reports(at)) {
      if (count == 0) count++;
      return;
    }
    lastLine = at;
    count++;
    Span span =
        spanOf(token, recognizer instanceof Parser p ? p.getInputStream() : null, line, column);
    if (token == null || token.getType() == CompassLexer.ERROR_CHAR) {
      String shown = token == null ? span.text() : token.getText();
      diags.error(
          Code.E0102,
          span,
          "unexpected character `" + printable(shown) + "`",
          "remove it, or put text in double quotes");
      return;
    }
    if (expected != null && unclosedBracket((Parser) recognizer, expected)) return;
    if (expected != null && unmatchedBracket((Parser) recognizer, token, span)) return;
    if (IndentationTabs.report(file, diags, token, span)) return;
    if (expected != null && ReservedNames.report(diags, (Parser) recognizer, token, expected, span))
      return;
    var d =
        compass.diag.Diagnostic.error(
                Code.E0101, span, message(expected, token, (Parser) recognizer))
            .withHint(hint(token, expected));
    if (expected != null && isLayout(token)) {
      // the line ended inside brackets: show where they opened, the other half of the mistake
      Token open = Brackets.openBefore(((Parser) recognizer).getInputStream(), token).peek();
      if (open != null)
        d =
            d.withLabel(
                new Label(
                    new Span(file, open.getStartIndex(), open.getStopIndex() + 1),
                    "`" + open.getText() + "` not closed"));
    }
    diags.add(d);
  }

  /**
   * An error past the first {@link #MAX_ERRORS}: said once (E0108), at the first one not shown, so
   * the count of errors is never taken for the whole.
   */
  private void capped(int line) {
    if (capped || !reports(line)) return;
    capped = true;
    int start = file.lineStart(Math.max(1, Math.min(line, file.lineOf(file.text().length()))));
    diags.error(
        Code.E0108,
        new Span(file, start, start),
        "more syntax errors from this line on are not shown: only the first "
            + MAX_ERRORS
            + " of a file are",
        "fix these and check again");
  }

  /** The expected input, or null if the walk fails: a worse message, never a lost error. */
  private static ExpectedInput.Result analyse(Parser parser, RecognitionException e) {
    try {
      return ExpectedInput.at(parser, e);
    } catch (RuntimeException | StackOverflowError bug) {
      return null;
    }
  }

  /**
   * Whether an error on this line is reported: one per line, and after an error none until a line
   * that starts a new statement: a declaration at the left margin, or a line indented no deeper
   * than the line of the error (the next step of the same component, the next field of the same
   * input), where the parser has found its place again (ANTLR's recovery resynchronises at the end
   * of the line). Lines indented deeper are the rest of the statement in error (the clauses under a
   * header missing its `:`, say): an error there is the first one echoing, not a new one.
   */
  private boolean reports(int line) {
    if (lostPlace || line == lastLine) return false;
    if (lastLine < 0) return true;
    int lastIndent = indentation(file.lineText(lastLine));
    for (int l = lastLine + 1; l <= line && l <= file.lineOf(file.text().length()); l++) {
      String text = file.lineText(l);
      if (text.isBlank() || text.strip().startsWith("#")) continue;
      if (indentation(text) <= lastIndent) return true;
    }
    return false;
  }

  /** The width of a line's indentation, a tab counting to the next multiple of 4 as the lexer. */
  private static int indentation(String line) {
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') width++;
      else if (c == '\t') width = (width / 4 + 1) * 4;
      else break;
    }
    return width;
  }

  private String message(ExpectedInput.Result expected, Token token, Parser parser) {
    String found = describe(token);
    if (expected == null || expected.tokens().isEmpty() && expected.rules().isEmpty())
      return "unexpected " + found;
    Token previous = previous(parser.getInputStream(), token.getTokenIndex());
    boolean afterNumber = previous != null && previous.getType() == CompassLexer.NUMBER_LIT;
    List<String> wanted =
        ExpectationNames.describe(expected.rules(), expected.tokens(), afterNumber);
    return "expected "
        + ExpectationNames.either(wanted)
        + after(parser.getInputStream(), token)
        + ", found "
        + found;
  }

  /** " after X": what the reader had just read, when it is on the error's line. */
  private static String after(TokenStream tokens, Token token) {
    Token previous = previous(tokens, token.getTokenIndex());
    if (previous == null || previous.getLine() != token.getLine() && !isLayout(token)) return "";
    switch (previous.getType()) {
      case CompassLexer.NEWLINE, CompassLexer.INDENT, CompassLexer.DEDENT -> {
        return "";
      }
      case CompassLexer.STRING_LIT -> {
        Token before = previous(tokens, previous.getTokenIndex());
        int kind = before == null ? -1 : before.getType();
        if (kind == CompassLexer.COMPONENT || kind == CompassLexer.OF)
          return " after the component title";
        if (kind == CompassLexer.TEST) return " after the test title";
        if (kind == CompassLexer.PLAN) return " after the plan name";
        return " after " + quoted(previous.getText());
      }
      default -> {
        return " after " + quoted(previous.getText());
      }
    }
  }

  static boolean isLayout(Token token) {
    int type = token.getType();
    return type == CompassLexer.NEWLINE
        || type == CompassLexer.DEDENT
        || type == CompassLexer.INDENT
        || type == Token.EOF;
  }

  private static Token previous(TokenStream tokens, int index) {
    for (int i = index - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) return t;
    }
    return null;
  }

  /**
   * A bracket left open: reported at the bracket, with the place the closing one was expected (the
   * end of the bracket's line, whose line breaks were then read as inside the brackets). Reported
   * when the closing bracket would have fitted, or the error is on a later line.
   */
  private boolean unclosedBracket(Parser parser, ExpectedInput.Result expected) {
    TokenStream tokens = parser.getInputStream();
    Token error = expected.token();
    java.util.Deque<Token> open = Brackets.openBefore(tokens, error);
    if (open.isEmpty()) return false;
    Token bracket = open.peek();
    String closing = bracket.getType() == CompassLexer.LPAREN ? ")" : "]";
    int closer =
        bracket.getType() == CompassLexer.LPAREN ? CompassLexer.RPAREN : CompassLexer.RBRACK;
    if (!expected.tokens().contains(closer) && error.getLine() == bracket.getLine()) return false;
    int end = Brackets.closingDue(tokens, bracket, error);
    Span closeAt = new Span(file, end, Math.min(end + 1, file.text().length()));
    diags.add(
        compass.diag.Diagnostic.error(
                Code.E0101,
                new Span(file, bracket.getStartIndex(), bracket.getStopIndex() + 1),
                "unclosed `" + bracket.getText() + "`")
            .withLabel(new Label(closeAt, "expected `" + closing + "` here"))
            .withHint(
                "close it with `"
                    + closing
                    + "`; until it is closed, the lines that follow are read as part of the brackets"));
    lostPlace = true;
    return true;
  }

  /** A closing bracket with no opening one on its line. */
  private boolean unmatchedBracket(Parser parser, Token token, Span span) {
    int type = token.getType();
    if (type != CompassLexer.RPAREN && type != CompassLexer.RBRACK) return false;
    if (!Brackets.openBefore(parser.getInputStream(), token).isEmpty()) return false;
    String opening = type == CompassLexer.RPAREN ? "(" : "[";
    diags.error(
        Code.E0101,
        span,
        "unmatched `" + token.getText() + "`",
        "remove it, or add the `" + opening + "` it closes");
    return true;
  }

  /**
   * Where the error is shown: the token; for the end of a line, just after the line's last word;
   * for an indented line, its first word.
   */
  private Span spanOf(Token token, TokenStream tokens, int line, int column) {
    if (token == null) {
      int start = Math.min(file.text().length(), file.lineStart(Math.max(1, line)) + column);
      return new Span(file, start, Math.min(start + 1, file.text().length()));
    }
    if (token.getType() == CompassLexer.INDENT && tokens != null) {
      Token next = next(tokens, token.getTokenIndex());
      if (next != null && next.getStopIndex() >= next.getStartIndex()) token = next;
    }
    if (token.getType() != Token.EOF && token.getStopIndex() >= token.getStartIndex()) {
      return new Span(file, token.getStartIndex(), token.getStopIndex() + 1);
    }
    int start =
        token.getType() == Token.EOF
            ? file.text().length()
            : Math.min(file.text().length(), token.getStartIndex());
    if (tokens != null && isLayout(token)) {
      Token previous = previous(tokens, token.getTokenIndex());
      if (previous != null && !isLayout(previous)) start = previous.getStopIndex() + 1;
    }
    return new Span(file, start, Math.min(start + 1, file.text().length()));
  }

  private static Token next(TokenStream tokens, int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) return t;
    }
    return null;
  }

  private static String hint(Token token, ExpectedInput.Result expected) {
    return switch (token.getType()) {
      case CompassLexer.INDENT ->
          "this line is indented more than the one before; indent only the clauses of a block";
      case CompassLexer.DEDENT -> "this block ended early; check the indentation of the line";
      case CompassLexer.NEWLINE, Token.EOF ->
          expected != null && expected.tokens().contains(CompassLexer.COLON)
              ? "a block starts with `:` at the end of the line"
              : null;
      default -> null;
    };
  }

  private static String describe(Token token) {
    return switch (token.getType()) {
      case Token.EOF -> "end of file";
      case CompassLexer.NEWLINE -> "end of line";
      case CompassLexer.INDENT -> "an indented line";
      case CompassLexer.DEDENT -> "end of the block";
      default -> quoted(token.getText());
    };
  }

  private static String quoted(String text) {
    return "`" + printable(text) + "`";
  }

  /** Control characters and a backtick shown as code points, so the message stays readable. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || c == '`')
                out.append(String.format(java.util.Locale.ROOT, "U+%04X", c));
              else out.appendCodePoint(c);
            });
    return out.toString();
  }
}
