package compass.syntax;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.grammar.CompassLexer;
import compass.source.SourceFile;
import compass.source.Span;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR's syntax errors into diagnostics with readable messages: "expecting {40 tokens}"
 * becomes "expected an expression". Only the first error of a line is kept, so one typo does
 * not cascade.
 */
final class SyntaxErrors extends BaseErrorListener {
  private static final int MAX_ERRORS = 10;
  private final SourceFile file;
  private final Diagnostics diags;
  private int count;
  private int lastLine = -1;

  SyntaxErrors(SourceFile file, Diagnostics diags) {
    this.file = file;
    this.diags = diags;
  }

  int count() { return count; }

  void tooComplex() {
    count++;
    diags.error(Code.E0104, new Span(file, 0, 0), "the plan is too deeply nested to read",
        "split long expressions into named definitions");
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column,
      String msg, RecognitionException e) {
    if (line == lastLine || count >= MAX_ERRORS) {
      if (count == 0) count++;
      return;
    }
    lastLine = line;
    count++;
    Token token = offending instanceof Token t ? t : null;
    // ANTLR reports "no viable alternative" at the start of the decision; the real problem is
    // where the input stopped making sense
    if (e instanceof org.antlr.v4.runtime.NoViableAltException nv && nv.getOffendingToken() != null) {
      token = nv.getOffendingToken();
      msg = "no viable alternative";
    }
    Span span = spanOf(token, line, column);
    if (token == null) {
      diags.error(Code.E0102, span, "unexpected character `" + span.text() + "`",
          "remove it, or put text in double quotes");
      return;
    }
    Code code = token.getType() == CompassLexer.ERROR_CHAR ? Code.E0102 : Code.E0101;
    diags.error(code, span, message(token, msg), hint(token, msg));
  }

  private Span spanOf(Token token, int line, int column) {
    if (token != null && token.getType() != Token.EOF && token.getStopIndex() >= token.getStartIndex()) {
      return new Span(file, token.getStartIndex(), token.getStopIndex() + 1);
    }
    int start = Math.min(file.text().length(), file.lineStart(Math.max(1, line)) + column);
    if (token != null && token.getType() == Token.EOF) start = file.text().length();
    return new Span(file, start, Math.min(start + 1, file.text().length()));
  }

  private static String message(Token token, String antlr) {
    String found = describe(token);
    if (token.getType() == CompassLexer.ERROR_CHAR) return "unexpected character " + found;
    if (antlr.contains("expecting") && antlr.length() > 120 || antlr.contains("no viable alternative")) {
      return "unexpected " + found;
    }
    String expecting = antlr.replaceAll(".*expecting ", "");
    if (antlr.startsWith("missing")) return "expected " + friendly(expecting.replaceAll("^missing (\\S+).*", "$1")) + " before " + found;
    if (antlr.contains("expecting")) return "unexpected " + found + ", expected " + friendly(expecting);
    return "unexpected " + found;
  }

  private static String hint(Token token, String antlr) {
    return switch (token.getType()) {
      case CompassLexer.INDENT -> "this line is indented more than the one before; indent only the clauses of a block";
      case CompassLexer.DEDENT -> "this block ended early; check the indentation of the line";
      case CompassLexer.NEWLINE, Token.EOF -> antlr.contains("COLON") ? "a block starts with `:` at the end of the line"
          : "the line ended before the expression was complete; check for an unclosed bracket or a missing value";
      case CompassLexer.ERROR_CHAR -> "remove it, or put text in double quotes";
      default -> null;
    };
  }

  private static String describe(Token token) {
    return switch (token.getType()) {
      case Token.EOF -> "end of file";
      case CompassLexer.NEWLINE -> "end of line";
      case CompassLexer.INDENT -> "indentation";
      case CompassLexer.DEDENT -> "end of block";
      default -> "`" + printable(token.getText()) + "`";
    };
  }

  /** Control characters and a backtick shown as code points, so the message stays readable. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f || c == '`') out.append(String.format(java.util.Locale.ROOT, "U+%04X", c));
      else out.appendCodePoint(c);
    });
    return out.toString();
  }

  private static String friendly(String expecting) {
    String e = expecting.trim();
    if (e.startsWith("{")) return "one of " + e.replace("'", "`");
    return switch (e) {
      case "NEWLINE" -> "end of line";
      case "COLON", "':'" -> "`:`";
      case "INDENT" -> "an indented block";
      case "STRING_LIT" -> "a quoted name";
      case "IDENT" -> "a name";
      case "DATE_LIT" -> "a date like 2027-01-01";
      case "EQ", "'='" -> "`=`";
      default -> e.replace("'", "`");
    };
  }
}
