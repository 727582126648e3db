package compass.syntax;

import compass.grammar.CompassLexer;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's error recovery with the end of a statement as the place to start again: after an error
 * the rest of the line is skipped (up to its NEWLINE, which the lexer emits only outside brackets),
 * and parsing resumes with the next statement: the next declaration, the next step of the block,
 * the next field. ANTLR's default resynchronises on any token that may follow the failed rule,
 * which for a declaration is the first word of the very line in error: it then retries that line
 * word by word, without a successful match and so without reporting any error after the first.
 * Single-token insertion and deletion (a missing `:`, a stray word) are kept as they are.
 */
final class StatementRecovery extends DefaultErrorStrategy {
  private static final IntervalSet END_OF_STATEMENT =
      IntervalSet.of(CompassLexer.NEWLINE, CompassLexer.NEWLINE);

  static {
    END_OF_STATEMENT.add(Token.EOF);
  }

  /**
   * A line break or an indentation is never deleted as "extraneous": the statement before it is
   * what is incomplete (a header without its `:`), and deleting it would read the next line, or the
   * whole block under it, as the rest of that statement.
   */
  @Override
  protected Token singleTokenDeletion(Parser recognizer) {
    int next = recognizer.getInputStream().LA(1);
    if (next == CompassLexer.NEWLINE || next == CompassLexer.INDENT || next == CompassLexer.DEDENT)
      return null;
    return super.singleTokenDeletion(recognizer);
  }

  /**
   * No resynchronising on a line break or an indentation before a rule has failed: a loop of
   * clauses ({@code , name}) that meets the end of its line just ends, and the rule then says what
   * it missed there (and may insert a missing `:`), instead of skipping the line break and the
   * block under it as "extraneous".
   */
  @Override
  public void sync(Parser recognizer) {
    int next = recognizer.getInputStream().LA(1);
    if (next == CompassLexer.NEWLINE || next == CompassLexer.INDENT || next == CompassLexer.DEDENT)
      return;
    super.sync(recognizer);
  }

  @Override
  public void recover(Parser recognizer, RecognitionException e) {
    if (lastErrorIndex == recognizer.getInputStream().index()
        && lastErrorStates != null
        && lastErrorStates.contains(recognizer.getState())) {
      recognizer.consume(); // no progress since the last error here: step over one token
    }
    lastErrorIndex = recognizer.getInputStream().index();
    if (lastErrorStates == null) lastErrorStates = new IntervalSet();
    lastErrorStates.add(recognizer.getState());
    consumeUntil(recognizer, END_OF_STATEMENT);
    if (recognizer.getInputStream().LA(1) != CompassLexer.NEWLINE) return;
    // the line break ends the statement in error, unless a rule around it still reads it
    if (getErrorRecoverySet(recognizer).contains(CompassLexer.NEWLINE)) return;
    recognizer.consume();
    // the indented block under a statement in error is part of it (the clauses of a header)
    if (recognizer.getInputStream().LA(1) == CompassLexer.INDENT) {
      int depth = 0;
      do {
        int type = recognizer.getInputStream().LA(1);
        if (type == Token.EOF) break;
        if (type == CompassLexer.INDENT) depth++;
        if (type == CompassLexer.DEDENT) depth--;
        recognizer.consume();
      } while (depth > 0);
    }
    // at the start of the next statement: its errors are new ones (a statement that fails at its
    // first word never matches a token, which is what would otherwise end the error condition)
    endErrorCondition(recognizer);
  }
}
