package compass.check;

import compass.ast.Expr;
import java.math.BigDecimal;

/** Reads the value of a literal number, amount or percent, for shape checks on tiers and curves. */
public final class Constants {
  private Constants() {}

  /** The literal's value (percent as a fraction), or null when the expression is not a literal. */
  public static BigDecimal value(Expr e) {
    if (e instanceof Expr.NumberLit n) return n.value();
    if (e instanceof Expr.PercentLit p) return p.fraction();
    return null;
  }

  /**
   * True when the expression is arithmetic on literals only (`0`, `2 - 2`, `-(1 - 1) * 5`) and
   * comes to zero. Folding gives up (false) past a few dozen digits, so a hostile plan cannot make
   * the checker multiply enormous numbers.
   */
  public static boolean isZero(Expr e) {
    BigDecimal v = fold(e, 0);
    return v != null && v.signum() == 0;
  }

  /**
   * The value of arithmetic on literals only (`-5`, `10%`, `2 * 1_000`), or null: what `check` can
   * know of a value before any data is read.
   */
  public static BigDecimal literal(Expr e) {
    return fold(e, 0);
  }

  private static final int MAX_DIGITS = 40;
  private static final int MAX_DEPTH = 64;

  private static BigDecimal fold(Expr e, int depth) {
    if (depth > MAX_DEPTH) return null;
    BigDecimal v = null;
    if (e instanceof Expr.NumberLit || e instanceof Expr.PercentLit) {
      v = value(e);
    } else if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEGATE) {
      BigDecimal x = fold(u.operand(), depth + 1);
      v = x == null ? null : x.negate();
    } else if (e instanceof Expr.Binary b) {
      BigDecimal l = fold(b.left(), depth + 1);
      BigDecimal r = l == null ? null : fold(b.right(), depth + 1);
      if (r == null) return null;
      v =
          switch (b.op()) {
            case ADD -> l.add(r);
            case SUBTRACT -> l.subtract(r);
            case MULTIPLY, OF -> l.multiply(r);
            // a division (or a comparison) is left to the evaluator
            case DIVIDE, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL, AND, OR ->
                null;
          };
    }
    return v == null || v.precision() > MAX_DIGITS || Math.abs(v.scale()) > MAX_DIGITS ? null : v;
  }
}
