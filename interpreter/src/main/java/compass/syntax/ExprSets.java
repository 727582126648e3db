package compass.syntax;

import compass.ast.Expr;
import compass.grammar.CompassParser.ExprContext;
import compass.grammar.CompassParser.ParenExprContext;
import compass.grammar.CompassParser.PrimaryExprContext;
import java.util.List;
import java.util.function.Function;

/** How the AST builder reads the right side of {@code in}: a period, a set, a named set. */
final class ExprSets {
  private ExprSets() {}

  /**
   * After {@code in}, one value in brackets is a set of one ({@code region is in ("LATAM")}), so a
   * set that shrinks to one element keeps its meaning. A bracketed period stays a period: {@code
   * close_date in (2027-Q1)} meant the quarter before sets existed.
   */
  static Expr inRight(ExprContext right, Function<ExprContext, Expr> build) {
    Expr e = build.apply(right);
    if (right instanceof PrimaryExprContext p
        && p.primary() instanceof ParenExprContext
        && !(e instanceof Expr.PeriodLit)
        && !(e instanceof Expr.SetLit)) {
      return new Expr.SetLit(List.of(e), spanOf(p, e));
    }
    return e;
  }

  private static compass.source.Span spanOf(PrimaryExprContext p, Expr inner) {
    return new compass.source.Span(
        inner.span().file(), p.getStart().getStartIndex(), p.getStop().getStopIndex() + 1);
  }
}
