package compass.check;

import compass.ast.Expr;
import compass.calendar.Frequency;
import compass.diag.Code;

/**
 * Trailing windows counted in weeks (issue 15.5): on a plan paid weekly or every two weeks a
 * trailing window is a whole number of pay periods counted in weeks ({@code bookings trailing 4
 * weeks}); a month or a quarter is not a whole number of weeks, so {@code trailing 1 month} there
 * is E0452, and so is a window in weeks on a plan paid by the month.
 */
public final class WeekWindows {
  /** The longest window in weeks: ten years, as for months. */
  static final int MAX_WEEKS = 530;

  private WeekWindows() {}

  /** Whether a window's unit is weeks. */
  static boolean inWeeks(String unit) {
    return unit.equals("week") || unit.equals("weeks");
  }

  /** The pay periods a trailing window covers on a plan paying with {@code frequency}. */
  public static int periods(Expr.OverSpan o, Frequency frequency) {
    int count = o.count().intValueExact();
    if (frequency.weekly()) return count * 7 / frequency.days();
    return SpanRules.unitMonths(o.unit()) * count / frequency.months();
  }

  /**
   * Checks a window in weeks, or any window on a weekly plan; the weeks it covers, or null when an
   * error (E0214, E0452) was reported.
   */
  static Integer check(Expr.OverSpan o, CheckContext cx) {
    Frequency pays = cx.frequency;
    if (!pays.weekly()) {
      cx.diags.error(
          Code.E0452,
          o.window(),
          "this plan pays every "
              + pays.unitName()
              + ", which is not a whole number of weeks: `"
              + o.window().text()
              + "` does not cover whole pay periods",
          "trail whole pay periods, e.g. `trailing 3 months`");
      return null;
    }
    if (!inWeeks(o.unit())) {
      cx.diags.error(
          SpanRules.unitMonths(o.unit()) == 0 ? Code.E0214 : Code.E0452,
          o.window(),
          SpanRules.unitMonths(o.unit()) == 0
              ? "a trailing window on a plan paid by the week is counted in weeks, not `"
                  + o.unit()
                  + "`"
              : "this plan pays every "
                  + pays.unitName()
                  + ": a "
                  + o.unit().replaceAll("s$", "")
                  + " is not a whole number of weeks, so `"
                  + o.window().text()
                  + "` does not cover whole pay periods",
          "count the window in weeks, e.g. `trailing 13 weeks` for about a quarter");
      return null;
    }
    int n;
    try {
      n = o.count().intValueExact();
    } catch (ArithmeticException e) {
      n = -1;
    }
    if (n < 1 || n > MAX_WEEKS) {
      cx.diags.error(
          Code.E0214,
          o.window(),
          "a trailing window is a whole number of weeks from 1 up to "
              + MAX_WEEKS
              + ", not `"
              + o.count().toPlainString()
              + "`",
          "write e.g. `trailing 4 weeks`");
      return null;
    }
    int weeksPerPeriod = pays.days() / 7;
    if (n % weeksPerPeriod != 0) {
      cx.diags.error(
          Code.E0452,
          o.window(),
          "`"
              + o.window().text()
              + "` does not cover whole pay periods: this plan pays every "
              + pays.unitName(),
          "trail an even number of weeks, e.g. `trailing " + (n + 1) + " weeks`");
      return null;
    }
    return n;
  }
}
