package compass.calendar;

import java.util.List;

/**
 * The one place a period label (`2027-Q1`, `FY2027`, `2027-H1`, `2027-03`, or a pay period's own
 * label) is resolved to the plan's pay periods: used by the api's `run --period`, the REPL session
 * and `expect` lines in tests, so they cannot read one label differently.
 */
public final class PayPeriods {
  /**
   * The pay periods [from, to] (indexes into the plan's periods) lying inside the period a label
   * names; {@code exact} when they cover it from its first day to its last.
   */
  public record Span(int from, int to, boolean exact) {
    /** Whether the label is one pay period of the plan. */
    public boolean single() {
      return exact && from == to;
    }
  }

  private PayPeriods() {}

  /** The span a label names, or null when it names no period or no pay period lies inside it. */
  public static Span resolve(List<Period> periods, FiscalCalendar calendar, String text) {
    Period named = null;
    for (Period q : periods) if (q.label().equals(text)) named = q;
    if (named == null) named = calendar.parse(text).orElse(null);
    if (named == null) return null;
    int from = -1, to = -1;
    for (int i = 0; i < periods.size(); i++) {
      Period q = periods.get(i);
      if (!q.start().isBefore(named.start()) && !q.end().isAfter(named.end())) {
        if (from < 0) from = i;
        to = i;
      }
    }
    if (from < 0) return null;
    boolean exact =
        periods.get(from).start().equals(named.start())
            && periods.get(to).end().equals(named.end());
    return new Span(from, to, exact);
  }

  /**
   * A pay period that straddles the start or the end of the period a label names (a week across a
   * quarter's end, issue 15.5), or null: the label then covers no whole number of pay periods, so a
   * value over it cannot be read from pay periods without cutting one.
   */
  public static Period straddler(List<Period> periods, FiscalCalendar calendar, String text) {
    Period named = calendar.parse(text).orElse(null);
    if (named == null) return null;
    for (Period q : periods) {
      boolean overlaps = !q.end().isBefore(named.start()) && !q.start().isAfter(named.end());
      boolean inside = !q.start().isBefore(named.start()) && !q.end().isAfter(named.end());
      boolean around = !q.start().isAfter(named.start()) && !q.end().isBefore(named.end());
      if (overlaps && !inside && !around) return q;
    }
    return null;
  }

  /**
   * The labels of the pay periods, for a hint: "2027-Q1, 2027-Q2, ..."; a year of weeks is shown by
   * its first and last: "2027-W01 .. 2027-W53".
   */
  public static String labels(List<Period> periods) {
    if (periods.size() > 12)
      return periods.get(0).label() + " .. " + periods.get(periods.size() - 1).label();
    return String.join(", ", periods.stream().map(Period::label).toList());
  }
}
