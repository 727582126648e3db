package compass.check;

import compass.ast.Expr;
import compass.diag.Code;
import java.util.regex.Pattern;

/**
 * Period literals of weeks ({@code 2027-W05}) and two-week periods ({@code 2027-P03}), issue 15.5:
 * they name pay periods only of a plan that pays weekly or every two weeks (E0454).
 */
final class WeekLabels {
  private static final Pattern WEEK_LABEL = Pattern.compile("(FY)?[0-9]{4}-[WP][0-9]+");

  private WeekLabels() {}

  /** Reports a week label the plan's calendar cannot read; whether one was reported. */
  static boolean reportUnknown(Expr.PeriodLit p, CheckContext cx) {
    if (!WEEK_LABEL.matcher(p.label()).matches()) return false;
    if (cx.calendar.weekAnchor() == null) {
      cx.diags.error(
          Code.E0454,
          p.span(),
          "`"
              + p.label()
              + "` is a week, but this plan pays every "
              + cx.frequency.unitName()
              + ": it has no weeks",
          "weeks (2027-W05) and two-week periods (2027-P03) are periods of a plan that says"
              + " `pays weekly` or `pays every two weeks`");
      return true;
    }
    cx.diags.error(
        Code.E0306,
        p.span(),
        "`" + p.label() + "` is not a week of this plan's year",
        "weeks are numbered from 01 (the week that starts on the plan's effective date) with two"
            + " digits, e.g. 2027-W05");
    return true;
  }
}
