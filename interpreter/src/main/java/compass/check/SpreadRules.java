package compass.check;

import compass.ast.Expr;
import compass.calendar.Frequency;
import compass.diag.Code;
import compass.types.Type;

/**
 * What an amount per unit may say about the plan's pay periods (issue 15.5): {@code spread by days}
 * splits an amount of money (E0450) from a unit longer than the pay period (E0451); {@code per
 * week} needs pay periods counted in weeks (E0453).
 */
final class SpreadRules {
  private SpreadRules() {}

  /** Reports misuse of `per week` and `spread by days`; whether `p` is well formed. */
  static boolean check(Expr.Per p, Type valueType, CheckContext cx) {
    Frequency pays = cx.frequency;
    if (p.unit() == Frequency.WEEK && !pays.weekly()) {
      cx.diags.error(
          Code.E0453,
          p.span(),
          "this plan pays every "
              + pays.unitName()
              + ", which is not a whole number of weeks: `per week` cannot be paid in it",
          "write the amount per " + pays.unitName() + ", or write `pays weekly` in the header");
      return false;
    }
    if (!p.byDays()) return true;
    if (valueType == Type.PERCENT) {
      cx.diags.error(
          Code.E0450,
          p.span(),
          "only an amount of money can be spread by days, but `"
              + p.value().span().text()
              + "` is a percent",
          "spread the amount, e.g. `10_000 per quarter spread by days`");
      return false;
    }
    boolean longer =
        p.unit() != null
            && p.unit() != Frequency.WEEK
            && (pays.weekly() || p.unit().months() > pays.months());
    if (!longer) {
      String unit = p.unit() == null ? "period" : p.unit().unitName();
      cx.diags.error(
          Code.E0451,
          p.span(),
          "`per "
              + unit
              + "` is paid whole in each pay period of this plan (it pays every "
              + pays.unitName()
              + "): there is nothing to spread",
          "spread an amount per longer unit, e.g. `per quarter spread by days`, or drop `spread"
              + " by days`");
      return false;
    }
    return true;
  }
}
