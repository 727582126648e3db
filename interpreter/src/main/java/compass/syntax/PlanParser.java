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
    return tree == null ? null : new AstBuilder(file, diags).plan(tree);
  }

  /** Parses one expression (the REPL, tests). */
  public static Expr parseExpression(SourceFile file, Diagnostics diags) {
    CompassParser.SingleExpressionContext tree = parse(file, diags, CompassParser::singleExpression);
    return tree == null ? null : new AstBuilder(file, diags).expr(tree.expr());
  }

  /** Runs one entry rule; null after syntax errors (reported) or when nesting is too deep. */
  private static <T> T parse(SourceFile file, Diagnostics diags, java.util.function.Function<CompassParser, T> rule) {
    if (!NestingGuard.check(file, MAX_NESTING, diags)) return null;
    SyntaxErrors errors = new SyntaxErrors(file, diags);
    T tree;
    try {
      tree = rule.apply(parser(file, errors));
    } catch (ParseCancellationException | StackOverflowError e) {
      errors.tooComplex();
      return null;
    }
    return errors.count() > 0 ? null : tree;
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
