package compass.check;

import compass.ast.Expr;
import java.math.BigDecimal;

/** The bounds of a clawback schedule by months served (SEMANTICS 11), for the checker and eval. */
public final class MonthsServed {
  private MonthsServed() {}

  /**
   * A bound of a clawback schedule in whole months: a whole number ({@code 3}), or a duration in
   * months or years ({@code 3 months}, {@code 1 year}); null for anything else.
   */
  public static Integer bound(Expr e) {
    BigDecimal n;
    int perUnit = 1;
    if (e instanceof Expr.DurationLit d) {
      if (d.unit().startsWith("month")) perUnit = 1;
      else if (d.unit().startsWith("year")) perUnit = 12;
      else return null;
      n = d.amount();
    } else if (e instanceof Expr.NumberLit lit && lit.currency() == null) {
      n = lit.value();
    } else {
      return null;
    }
    if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0) return null;
    try {
      return Math.multiplyExact(n.intValueExact(), perUnit);
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }
}
