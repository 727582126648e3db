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
    if (!NestingGuard.check(file, MAX_NESTING, diags)) return null;
    SyntaxErrors errors = new SyntaxErrors(file, diags);
    CompassParser parser = parser(file, errors);
    CompassParser.PlanFileContext tree;
    try {
      tree = parser.planFile();
    } catch (ParseCancellationException | StackOverflowError e) {
      errors.tooComplex();
      return null;
    }
    if (errors.count() > 0) return null;
    return new AstBuilder(file, diags).plan(tree);
  }

  /** Parses one expression (the REPL, tests). */
  public static Expr parseExpression(SourceFile file, Diagnostics diags) {
    if (!NestingGuard.check(file, MAX_NESTING, diags)) return null;
    SyntaxErrors errors = new SyntaxErrors(file, diags);
    CompassParser parser = parser(file, errors);
    CompassParser.SingleExpressionContext tree;
    try {
      tree = parser.singleExpression();
    } catch (ParseCancellationException | StackOverflowError e) {
      errors.tooComplex();
      return null;
    }
    if (errors.count() > 0) return null;
    return new AstBuilder(file, diags).expr(tree.expr());
  }

  private static CompassParser parser(SourceFile file, SyntaxErrors errors) {
    CompassLexer lexer = new CompassLexer(CharStreams.fromString(file.text(), file.path()));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    CompassParser parser = new CompassParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    return parser;
  }
}
