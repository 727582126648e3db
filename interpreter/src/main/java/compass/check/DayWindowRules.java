package compass.check;

import compass.ast.Expr;
import compass.diag.Code;
import compass.types.Type;
import java.math.BigDecimal;

/**
 * Dates relative to another date (issue 14): {@code close_date within 30 days of start_date} and
 * {@code meeting_date in days 31..60 of start_date}. Both sides are dates; the days are whole
 * numbers from 1 (the start date itself is day 1), the first not after the last (E0212).
 */
final class DayWindowRules {
  /** The longest window: a century of days, far beyond any plan, and safe from overflow. */
  static final int MAX_DAYS = 36_525;

  private final CheckContext cx;
  private final ExprChecker exprs;

  DayWindowRules(CheckContext cx, ExprChecker exprs) {
    this.cx = cx;
    this.exprs = exprs;
  }

  Type check(Expr.DayWindow w, Scope scope) {
    Type date = exprs.type(w.date(), scope);
    Type start = exprs.type(w.start(), scope);
    boolean ok = true;
    if (date != Type.DATE && date != Type.ERROR) {
      exprs.typeError(
          w.date(),
          "only a date can be within days of another, but this is " + ExprChecker.article(date));
      ok = false;
    }
    if (start != Type.DATE && start != Type.ERROR) {
      exprs.typeError(
          w.start(), "days are counted from a date, but this is " + ExprChecker.article(start));
      ok = false;
    }
    if (!w.unit().startsWith("day")) {
      cx.diags.error(
          Code.E0212,
          w.window(),
          "a window from a date is counted in days, not " + w.unit(),
          "write e.g. `within 90 days of start_date`");
      return Type.ERROR;
    }
    Integer from = whole(w.from()), to = whole(w.to());
    if (from == null || to == null || from < 1 || to < 1) {
      cx.diags.error(
          Code.E0212,
          w.window(),
          "days are counted in whole numbers from 1 (the start date itself), not `"
              + w.window().text()
              + "`",
          "write e.g. `within 30 days of start_date` or `in days 31..60 of start_date`");
      return Type.ERROR;
    }
    if (to < from) {
      cx.diags.error(
          Code.E0212,
          w.window(),
          "the window ends before it starts: day " + to + " comes before day " + from,
          "write the first day first, e.g. `in days " + to + ".." + from + " of ...`");
      return Type.ERROR;
    }
    return ok ? Type.BOOL : Type.ERROR;
  }

  /** A count of days as an int, or null when it is not a whole number in range. */
  private static Integer whole(BigDecimal v) {
    if (v == null) return null;
    try {
      int n = v.stripTrailingZeros().intValueExact();
      return n > MAX_DAYS ? null : n;
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
