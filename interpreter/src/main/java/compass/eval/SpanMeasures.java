package compass.eval;

import compass.ast.Expr;
import compass.calendar.Period;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.explain.Tracer;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures over another span (issue 15): {@code bookings year to date} is {@code bookings}
 * evaluated from the first pay period of the evaluated period's fiscal year through the end of the
 * evaluated span; {@code bookings trailing 3 months} over the last 3 months through its end. Only
 * the span moves: measures, the quota and amounts per period follow it as they do for any span.
 * Months before the plan's first period have no credited deals and no quota: they count 0.
 */
final class SpanMeasures {
  private SpanMeasures() {}

  static Nodes.Num compile(Expr.OverSpan o, ExprCompiler compiler) {
    Nodes.Num value = compiler.num(o.value());
    int periods =
        o.yearToDate() ? 0 : compass.check.WeekWindows.periods(o, compiler.plan().frequency());
    return f -> {
      int from = f.from, to = f.to;
      try {
        f.span(start(f.data.periods(), to, periods), to);
        return value.eval(f);
      } finally {
        f.span(from, to);
      }
    };
  }

  /**
   * The first period index of the span ending at {@code to}: the first of its fiscal year ({@code
   * periods} 0), or {@code periods} back, not before the plan's first.
   */
  static int start(List<Period> all, int to, int periods) {
    if (periods > 0) return Math.max(0, to - periods + 1);
    int from = to;
    while (from > 0 && all.get(from - 1).fiscalYear() == all.get(to).fiscalYear()) from--;
    return from;
  }

  /**
   * The spans a condition reads, for explain: each span's value with its dates, e.g. "bookings year
   * to date (2027-01-01..2027-06-30) = 550,000.00".
   */
  static final class Notes {
    private record Used(Expr.OverSpan span, Nodes.Num node, int periods, Type type) {}

    private final List<Used> used = new ArrayList<>();

    Notes(Expr condition, ExprCompiler compiler) {
      compass.check.ExprWalk.each(
          condition,
          e -> {
            if (e instanceof Expr.OverSpan o)
              used.add(
                  new Used(
                      o,
                      compiler.num(o.value()),
                      o.yearToDate()
                          ? 0
                          : compass.check.WeekWindows.periods(o, compiler.plan().frequency()),
                      compiler.plan().typeOf(o)));
          });
    }

    void record(Frame f, Tracer trace) {
      if (used.isEmpty() || !trace.on()) return;
      int from = f.from, to = f.to;
      for (Used u : used) {
        int start = start(f.data.periods(), to, u.periods);
        BigDecimal v;
        try {
          f.span(start, to);
          v = u.node.eval(f);
        } finally {
          f.span(from, to);
        }
        String shown =
            switch (u.type) {
              case MONEY -> Fmt.money(v);
              case PERCENT -> Fmt.percent(v);
              default -> Fmt.number(v);
            };
        String dates = f.data.periods().get(start).start() + ".." + f.data.periods().get(to).end();
        trace.add(
            TraceStep.of(Kind.NOTE, u.span.span().text() + " (" + dates + ") = " + shown)
                .withSpan(u.span.span()));
      }
    }
  }
}
