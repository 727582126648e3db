package compass.eval;

import compass.ast.Expr;
import compass.data.DateColumn;

/**
 * {@code close_date within 30 days of start_date}, {@code meeting_date in days 31..60 of
 * start_date}: the start date is day 1, so {@code within 30 days} is days 1 to 30, the same as
 * {@code in days 1..30}. A date before the start is in no window. When either date is empty (an
 * optional start date not filled in) the date is in no window: the condition is false, and its
 * {@code not} true.
 */
final class DayWindows {
  private DayWindows() {}

  static Nodes.Bool compile(Expr.DayWindow w, ExprCompiler compiler) {
    Nodes.Day date = compiler.day(w.date());
    Nodes.Day start = compiler.day(w.start());
    // day n is start + (n - 1): the window's first and last days as offsets from the start
    long first = w.from().longValueExact() - 1, last = w.to().longValueExact() - 1;
    Nodes.Bool in =
        f -> {
          int d = date.eval(f);
          if (d == DateColumn.MISSING) return false;
          int s = start.eval(f);
          if (s == DateColumn.MISSING) return false;
          long offset = (long) d - s;
          return offset >= first && offset <= last;
        };
    return w.negated() ? f -> !in.test(f) : in;
  }
}
