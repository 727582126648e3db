package compass.eval;

import compass.ast.Expr;
import java.math.BigDecimal;
import java.util.List;

/**
 * A payout curve (SEMANTICS 6): piecewise linear through its points, flat before the first and
 * after the last point unless the plan says {@code extrapolate}.
 */
final class CurveNode implements Nodes.Num {
  private final Nodes.Num subject;
  private final List<Nodes.Num> xs;
  private final List<Nodes.Num> ys;
  private final boolean extrapolate;

  CurveNode(Expr.Curve curve, ExprCompiler compiler) {
    this.subject = compiler.num(curve.subject());
    this.xs = curve.points().stream().map(p -> compiler.num(p.x())).toList();
    this.ys = curve.points().stream().map(p -> compiler.num(p.y())).toList();
    this.extrapolate = curve.extrapolate();
  }

  @Override
  public BigDecimal eval(Frame f) {
    BigDecimal s = subject.eval(f);
    int n = xs.size();
    if (s.compareTo(xs.get(0).eval(f)) <= 0) return ys.get(0).eval(f);
    for (int i = 0; i + 1 < n; i++) {
      BigDecimal x1 = xs.get(i + 1).eval(f);
      if (s.compareTo(x1) <= 0) return between(f, i, s);
    }
    return extrapolate ? between(f, n - 2, s) : ys.get(n - 1).eval(f);
  }

  /** y_i + (s - x_i) / (x_i+1 - x_i) x (y_i+1 - y_i). */
  private BigDecimal between(Frame f, int i, BigDecimal s) {
    BigDecimal x0 = xs.get(i).eval(f), x1 = xs.get(i + 1).eval(f);
    BigDecimal y0 = ys.get(i).eval(f), y1 = ys.get(i + 1).eval(f);
    BigDecimal share = s.subtract(x0).divide(x1.subtract(x0), ExprCompiler.MC);
    return y0.add(share.multiply(y1.subtract(y0)));
  }
}
