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
}
