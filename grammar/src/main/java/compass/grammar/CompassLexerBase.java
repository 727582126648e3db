package compass.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Turns line breaks into NEWLINE, INDENT and DEDENT tokens, so a plan's layout (a component and its
 * indented clauses) is its structure. Line breaks inside brackets, after a comma or an operator,
 * and on blank or comment-only lines are layout only: they go to the hidden channel.
 */
public abstract class CompassLexerBase extends Lexer {
  private final Deque<Token> pending = new ArrayDeque<>();
  private final Deque<Integer> indents = new ArrayDeque<>();
  private int bracketDepth;
  private int lastType = -1;

  protected CompassLexerBase(CharStream input) {
    super(input);
  }

  @Override
  public Token nextToken() {
    if (!pending.isEmpty()) return remember(pending.poll());
    Token t = super.nextToken();
    if (t.getChannel() != Token.DEFAULT_CHANNEL) return t;
    switch (t.getType()) {
      case CompassLexer.LPAREN, CompassLexer.LBRACK -> bracketDepth++;
      case CompassLexer.RPAREN, CompassLexer.RBRACK -> bracketDepth = Math.max(0, bracketDepth - 1);
      case CompassLexer.NL -> {
        return onLineBreak(t);
      }
      case Token.EOF -> {
        return onEnd(t);
      }
      default -> {}
    }
    return remember(t);
  }

  private Token remember(Token t) {
    if (t.getChannel() == Token.DEFAULT_CHANNEL) lastType = t.getType();
    return t;
  }

  private Token onLineBreak(Token nl) {
    int next = _input.LA(1);
    boolean blankLine = next == '\n' || next == '\r' || next == '#' || next == CharStream.EOF;
    if (bracketDepth > 0 || blankLine || continuesLine(lastType) || lastType == -1) {
      return hidden(nl);
    }
    int indent = indentOf(nl.getText());
    if (indents.isEmpty()) indents.push(0);
    pending.add(make(nl, CompassLexer.NEWLINE, "\n"));
    if (indent > indents.peek()) {
      indents.push(indent);
      pending.add(make(nl, CompassLexer.INDENT, "<indent>"));
    } else {
      while (indent < indents.peek()) {
        indents.pop();
        pending.add(make(nl, CompassLexer.DEDENT, "<dedent>"));
      }
    }
    return remember(pending.poll());
  }

  private Token onEnd(Token eof) {
    if (lastType != -1 && lastType != CompassLexer.NEWLINE && lastType != CompassLexer.DEDENT) {
      pending.add(make(eof, CompassLexer.NEWLINE, "\n"));
    }
    while (!indents.isEmpty() && indents.peek() > 0) {
      indents.pop();
      pending.add(make(eof, CompassLexer.DEDENT, "<dedent>"));
    }
    pending.add(eof);
    return remember(pending.poll());
  }

  /** A line ending in a comma or an operator goes on on the next line. */
  private static boolean continuesLine(int type) {
    return switch (type) {
      case CompassLexer.COMMA,
          CompassLexer.PLUS,
          CompassLexer.MINUS,
          CompassLexer.STAR,
          CompassLexer.SLASH,
          CompassLexer.AND,
          CompassLexer.OR,
          CompassLexer.EQ,
          CompassLexer.ARROW,
          CompassLexer.NEWLINE,
          CompassLexer.INDENT,
          CompassLexer.DEDENT ->
          true;
      default -> false;
    };
  }

  private static int indentOf(String nlText) {
    int width = 0;
    for (int i = 0; i < nlText.length(); i++) {
      char c = nlText.charAt(i);
      if (c == ' ') width++;
      else if (c == '\t') width = (width / 4 + 1) * 4;
    }
    return width;
  }

  private Token hidden(Token t) {
    CommonToken copy = new CommonToken(t);
    copy.setChannel(Token.HIDDEN_CHANNEL);
    return copy;
  }

  private Token make(Token at, int type, String text) {
    CommonToken t = new CommonToken(at);
    t.setType(type);
    t.setText(text);
    t.setChannel(Token.DEFAULT_CHANNEL);
    // zero-width at the end of the line break, so diagnostics point at the line that follows
    t.setStartIndex(at.getStartIndex());
    t.setStopIndex(at.getStartIndex() - 1);
    return t;
  }
}
