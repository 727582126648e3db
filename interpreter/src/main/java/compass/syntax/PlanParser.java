package compass.syntax;

import compass.ast.Expr;
import compass.ast.Plan;
import compass.diag.Diagnostics;
import compass.grammar.CompassLexer;
import compass.grammar.CompassParser;
import compass.source.SourceFile;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Parses plan text into the AST, reporting syntax errors as diagnostics. */
public final class PlanParser {
  /** Deeper nesting than this is refused with a diagnostic instead of overflowing the stack. */
  static final int MAX_NESTING = 200;

  private PlanParser() {}

  /** Parses a whole plan file; returns null only when the text could not be parsed at all. */
  public static Plan parsePlan(SourceFile file, Diagnostics diags) {
    CompassParser.PlanFileContext tree = parse(file, diags, CompassParser::planFile);
    try {
      return tree == null ? null : new AstBuilder(file, diags).plan(tree);
    } catch (StackOverflowError | AstBuilder.TooDeep e) {
      new SyntaxErrors(file, diags).tooComplex();
      return null;
    }
  }

  /** Parses one expression (the REPL, tests). */
  public static Expr parseExpression(SourceFile file, Diagnostics diags) {
    CompassParser.SingleExpressionContext tree =
        parse(file, diags, CompassParser::singleExpression);
    try {
      return tree == null ? null : new AstBuilder(file, diags).expr(tree.expr());
    } catch (StackOverflowError | AstBuilder.TooDeep e) {
      new SyntaxErrors(file, diags).tooComplex();
      return null;
    }
  }

  /**
   * Runs one entry rule; null after syntax errors (reported) or when nesting is too deep. Parsing
   * first tries ANTLR's fast SLL prediction, which bails out at the first problem; only then is the
   * text parsed again with full LL prediction and error reporting (the two-stage strategy ANTLR
   * recommends: most plans are valid, and SLL starts several times faster).
   */
  private static <T> T parse(
      SourceFile file, Diagnostics diags, java.util.function.Function<CompassParser, T> rule) {
    if (!BidiGuard.check(file, diags)) return null; // refused anywhere, even in a comment
    if (!NestingGuard.check(file, MAX_NESTING, diags)) return null;
    try {
      CompassParser fast = parser(file, null);
      fast.getInterpreter().setPredictionMode(PredictionMode.SLL);
      fast.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
      return rule.apply(fast);
    } catch (ParseCancellationException
        | org.antlr.v4.runtime.RecognitionException
        | StackOverflowError e) {
      // not valid in SLL: parse again, fully, to report the errors (or parse what SLL could not)
    }
    SyntaxErrors errors = new SyntaxErrors(file, diags);
    T tree;
    try {
      CompassParser full = parser(file, errors);
      full.getInterpreter().setPredictionMode(PredictionMode.LL);
      tree = rule.apply(full);
    } catch (ParseCancellationException | StackOverflowError e) {
      errors.tooComplex();
      return null;
    }
    return errors.count() > 0 ? null : tree;
  }

  private static CompassParser parser(SourceFile file, SyntaxErrors errors) {
    CompassLexer lexer = new CompassLexer(CharStreams.fromString(file.text(), file.path()));
    lexer.removeErrorListeners();
    if (errors != null) lexer.addErrorListener(errors);
    CompassParser parser = new CompassParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    if (errors != null) {
      parser.addErrorListener(errors);
      parser.setErrorHandler(new StatementRecovery()); // every statement's errors, not the first
    }
    return parser;
  }
}
