package compass.eval;

import compass.ast.Expr;
import compass.calendar.Period;
import compass.check.Symbol;
import compass.data.Column;
import compass.data.ColumnType;
import compass.data.DecimalColumn;
import compass.data.FieldSpec;
import compass.data.LongColumn;
import compass.data.Table;
import compass.data.TextColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures over credited deals ({@code sum of amount where ...}), over a manager's team, and over
 * keyed tables such as quotas. A measure sees the deals credited to the participant in the span.
 */
final class Measures {
  private final ExprCompiler compiler;
  private final Dataset data;

  Measures(ExprCompiler compiler, Dataset data) {
    this.compiler = compiler;
    this.data = data;
  }

  /** A deal's share of a measure: what the deal adds to it (zero when its filter rejects it). */
  record Contribution(Nodes.Num value, Nodes.Bool filter) {
    BigDecimal of(Frame f) {
      return filter == null || filter.test(f) ? value.eval(f) : BigDecimal.ZERO;
    }
  }

  Nodes.Num aggregate(Expr.Aggregate a) {
    String source = compiler.plan().sources().sourceOf(a);
    if (source != null && !source.equals(data.sourceName())) return onSource(source, a);
    Nodes.Num perSpan = perSpan(a);
    if (a.kind() == Expr.AggregateKind.AVERAGE) return perSpan; // not the sum of its periods'
    if (data.plan().rules().clawsBack()) return perSpan;
    // A sum over several periods is the sum of its periods' sums: each kept per participant and
    // period, so a year-to-date measure reads every deal once, not once per period (speed).
    return memoPerPeriod(perSpan);
  }

  /**
   * A measure over another credit source (`count of meetings` in a deals component): evaluated on
   * that source's view ({@link SourceViews}) for the same participant and span, compiled there on
   * first use (sources may read each other through definitions).
   */
  private Nodes.Num onSource(String source, Expr.Aggregate a) {
    SourceViews views = data.views();
    java.util.concurrent.atomic.AtomicReference<Nodes.Num> node =
        new java.util.concurrent.atomic.AtomicReference<>();
    // compiled once every view exists (SourceViews.compilePending, before evaluation), or on first
    // use; one lock for every view, as compilers are not shared between threads
    Runnable compile =
        () -> {
          synchronized (views) {
            if (node.get() == null) node.set(views.of(source).compiler().measures().perSpan(a));
          }
        };
    views.pending(compile);
    Nodes.Num there =
        f -> {
          if (node.get() == null) compile.run();
          Frame g = new Frame(views.of(source).data(), f.person, false);
          g.span(f.from, f.to);
          return node.get().eval(g);
        };
    // a clawed-back deal counts in a span up to its cancellation only: not a sum of periods' sums
    compass.check.CheckedPlan plan = data.root().plan();
    boolean clawedBack = plan.clawsBack(plan.sources().named(source));
    return a.kind() == Expr.AggregateKind.AVERAGE || clawedBack ? there : memoPerPeriod(there);
  }

  private Nodes.Num memoPerPeriod(Nodes.Num perSpan) {
    int slot = compiler.newSlot();
    return f -> {
      if (f.from == f.to) return memo(f, slot, perSpan);
      int from = f.from, to = f.to;
      BigDecimal total = BigDecimal.ZERO;
      try {
        for (int k = from; k <= to; k++) {
          f.span(k, k);
          total = total.add(memo(f, slot, perSpan));
        }
      } finally {
        f.span(from, to);
      }
      return total;
    };
  }

  /** The measure over one span, on this compiler's source. */
  private Nodes.Num perSpan(Expr.Aggregate a) {
    Expr valueExpr = compiler.plan().sources().valueOf(a);
    Nodes.Bool filter = a.filter() == null ? null : compiler.condition(a.filter());
    Nodes.Num value = perDeal(valueExpr);
    if (a.kind() == Expr.AggregateKind.AVERAGE) {
      return f -> {
        BigDecimal[] sumAndCount = sum(f, filter, value);
        return sumAndCount[1].signum() == 0
            ? BigDecimal.ZERO
            : sumAndCount[0].divide(sumAndCount[1], ExprCompiler.MC);
      };
    }
    return plainMoneyField(valueExpr) instanceof DecimalColumn column
            && column.isCompact()
            && (!data.weighted() || totalsField(valueExpr))
        ? f -> fastSum(f, filter, value, column)
        : f -> sum(f, filter, value)[0];
  }

  /**
   * What one credited deal row adds: the value, or one to count it. Issue 20: a streamed run's
   * merged row stands for several deals, so it adds the value that many times, except for a field
   * that already holds their total.
   */
  private Nodes.Num perDeal(Expr valueExpr) {
    if (valueExpr == null)
      return f -> f.weight == 1 ? BigDecimal.ONE : BigDecimal.valueOf(f.weight);
    Nodes.Num value = compiler.num(valueExpr);
    if (!data.weighted() || totalsField(valueExpr)) return value;
    return f -> {
      BigDecimal v = value.eval(f);
      return f.weight == 1 ? v : v.multiply(BigDecimal.valueOf(f.weight));
    };
  }

  /** Whether the value is a deal field that a merged row holds the total of (issue 20). */
  private boolean totalsField(Expr value) {
    return value instanceof Expr.Ref r
        && data.plan().symbolOf(r) instanceof Symbol.DealField d
        && data.holdsTotals(d.index());
  }

  private static BigDecimal memo(Frame f, int slot, Nodes.Num compute) {
    BigDecimal v = f.memo(slot);
    if (v == null) {
      v = compute.eval(f);
      f.remember(slot, v);
    }
    return v;
  }

  /** The column when the measure adds up a money field of the deal as it is (`sum of amount`). */
  private Column plainMoneyField(Expr value) {
    if (!(value instanceof Expr.Ref r) || !(data.plan().symbolOf(r) instanceof Symbol.DealField d))
      return null;
    return d.spec().type() == ColumnType.MONEY ? data.deals().column(d.index()) : null;
  }

  /**
   * `sum of amount` on whole-number cents: unscaled longs are added exactly (overflow falls back to
   * BigDecimal); deals with a split share, a clawback or an FX rate take the general path.
   */
  private BigDecimal fastSum(Frame f, Nodes.Bool filter, Nodes.Num value, DecimalColumn column) {
    int saved = f.pos;
    long cents = 0;
    BigDecimal rest = BigDecimal.ZERO;
    try {
      for (int i = f.first(), end = f.end(); i < end; i++) {
        if (!f.enter(i)) continue;
        if (filter != null && !filter.test(f)) continue;
        BigDecimal rate = data.fxRate(f.deal);
        // shares and keeps of whole deals are the BigDecimal.ONE instance itself: compare by
        // identity
        boolean plain =
            (f.share == BigDecimal.ONE || f.share.compareTo(BigDecimal.ONE) == 0)
                && (f.keep == BigDecimal.ONE || f.keep.compareTo(BigDecimal.ONE) == 0)
                && (rate == null || rate.compareTo(BigDecimal.ONE) == 0)
                && column.isPresent(f.deal);
        if (plain) {
          try {
            cents = Math.addExact(cents, column.unscaled(f.deal));
            continue;
          } catch (ArithmeticException overflow) {
            rest = rest.add(BigDecimal.valueOf(cents, column.scale()));
            cents = 0;
          }
        }
        rest = rest.add(value.eval(f));
      }
    } finally {
      f.leave(saved);
    }
    return rest.add(BigDecimal.valueOf(cents, column.scale()));
  }

  /** The sum and the count of the value over the span's credited deals that pass the filter. */
  private static BigDecimal[] sum(Frame f, Nodes.Bool filter, Nodes.Num value) {
    int saved = f.pos;
    BigDecimal sum = BigDecimal.ZERO;
    long count = 0;
    try {
      for (int i = f.first(), end = f.end(); i < end; i++) {
        if (!f.enter(i)) continue;
        if (filter != null && !filter.test(f)) continue;
        sum = sum.add(value.eval(f));
        count += f.weight;
      }
    } finally {
      f.leave(saved);
    }
    return new BigDecimal[] {sum, BigDecimal.valueOf(count)};
  }

  /**
   * If the expression is, directly or through definitions, a sum over deals, how each deal
   * contributes to it; null otherwise. Tiers use this to attribute commission to deals.
   */
  Contribution contribution(Expr e, compass.check.CheckedPlan plan) {
    Expr cur = e;
    while (cur instanceof Expr.Ref r && plan.symbolOf(r) instanceof Symbol.Definition d) {
      cur =
          plan.definitions().stream()
              .filter(x -> x.name().text().equals(d.name()))
              .findFirst()
              .orElseThrow()
              .value();
    }
    if (cur instanceof Expr.Aggregate a
        && a.kind() != Expr.AggregateKind.AVERAGE
        && java.util.Objects.equals(plan.sources().sourceOf(a), data.sourceName())) {
      Expr valueExpr = plan.sources().valueOf(a);
      Nodes.Num value = perDeal(valueExpr);
      return new Contribution(value, a.filter() == null ? null : compiler.condition(a.filter()));
    }
    return null;
  }

  /** {@code team bookings}: the definition summed over the direct reports, same span. */
  Nodes.Num team(Nodes.Num member) {
    return f -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (int r : data.directReports(f.person)) sum = sum.add(member.eval(f.other(r)));
      return sum;
    };
  }

  /** {@code quotas.amount}: rows of the participant whose period lies inside the span. */
  Nodes.Num tableField(Expr.TableField t) {
    Table table = data.table(t.table().text());
    int personField = -1, periodField = -1;
    for (int i = 0; i < table.schema().fields().size(); i++) {
      FieldSpec s = table.schema().fields().get(i);
      if (s.type() == ColumnType.PERSON && personField < 0) personField = i;
      if (s.type() == ColumnType.PERIOD && periodField < 0) periodField = i;
    }
    TextColumn persons = (TextColumn) table.column(personField);
    TextColumn labels = (TextColumn) table.column(periodField);
    Column values = table.column(t.field().text());
    Map<Integer, List<int[]>> rowsByPerson = new HashMap<>();
    for (int row = 0; row < table.rowCount(); row++) {
      Integer person = data.personIndex(persons.get(row));
      if (person == null) continue; // reported as an unknown person when the table was loaded
      Period p =
          data.plan()
              .calendar()
              .parse(labels.get(row))
              .orElseThrow(() -> new IllegalStateException("period checked at load"));
      rowsByPerson
          .computeIfAbsent(person, k -> new ArrayList<>())
          .add(new int[] {row, (int) p.start().toEpochDay(), (int) p.end().toEpochDay()});
    }
    String field = t.field().text();
    if (data.plan().frequency().weekly()) // issue 15.5: a quarter's row split over weeks by days
    return DaySpread.tableRows(table, t, rowsByPerson, values, labels, data);
    return f -> {
      int spanStart = (int) data.periods().get(f.from).start().toEpochDay();
      int spanEnd = (int) data.periods().get(f.to).end().toEpochDay();
      BigDecimal sum = BigDecimal.ZERO;
      for (int[] r : rowsByPerson.getOrDefault(f.person, List.of())) {
        if (r[1] < spanStart || r[2] > spanEnd) continue;
        BigDecimal v =
            values instanceof LongColumn l
                ? (l.isPresent(r[0]) ? BigDecimal.valueOf(l.get(r[0])) : null)
                : ((DecimalColumn) values).get(r[0]);
        if (v == null)
          throw ExprCompiler.emptyCell(
              table, r[0], field, t.span(), "row of " + data.personId(f.person));
        sum = sum.add(v);
      }
      return sum;
    };
  }
}
