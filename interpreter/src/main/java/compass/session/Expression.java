package compass.session;

import compass.ast.Expr;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;

/**
 * An expression of the plan language that a front end read from part of a command (the rate in
 * {@code what if "Commission" band from 100% pays 14%}), parsed by the language's own parser so its
 * mistakes get the language's messages. Opaque to front ends: they hand it back to a {@link
 * ComponentEdit} factory.
 */
public final class Expression {
  final Expr expr;

  private Expression(Expr expr) {
    this.expr = expr;
  }

  /** Parses the text (with its position in the command); null after errors (in diags). */
  public static Expression parse(SourceFile text, Diagnostics diags) {
    Diagnostics own = new Diagnostics();
    Expr e = PlanParser.parseExpression(text, own);
    diags.addAll(own.all());
    return own.hasErrors() || e == null ? null : new Expression(e);
  }
}
