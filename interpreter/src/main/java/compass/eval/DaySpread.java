package compass.eval;

import compass.ast.Expr;
import compass.calendar.FiscalCalendar;
import compass.calendar.Frequency;
import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.types.Type;
import compass.value.Spread;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Amounts per unit over pay periods counted by days (issue 15.5, SEMANTICS 13a): `30 per quarter`
 * on a weekly plan, and `100 per quarter spread by days` on any plan.
 *
 * <p>A unit (a month, quarter, half or year of the fiscal calendar) is cut into pieces: each pay
 * period's days inside it, and any days of the unit no pay period of the plan holds (before the
 * first week, after the plan's end). An amount of money is split over the pieces by their days,
 * each piece rounded to the currency, the last piece of the unit taking the remainder, so the parts
 * of a unit always add up to its amount; a pay period that straddles two units gets a part of each.
 * Example: 100.00 per quarter spread by days over January (31 days), February (28) and March (31)
 * of a 90-day quarter: 34.44, 31.11, and 100.00 - 65.55 = 34.45. A number or a percent (not paid)
 * is prorated exactly by days, without rounding.
 *
 * <p>`X per week` is X for every 7 days of the span (a two-week period: 2 X; a short last period of
 * 3 days: 3/7 X); `X per period` is X for every pay period, however long.
 */
final class DaySpread {
  /** One unit's share in one pay period: the unit's piece weights and the position of this one. */
  private record Share(
      List<BigDecimal> weights, int position, long days, long unitDays, String unitLabel) {
    boolean last() {
      return position == weights.size() - 1;
    }
  }

  private final Nodes.Num value;
  private final List<List<Share>> shares;
  private final boolean rounded;
  private final CheckedPlan plan;

  private DaySpread(Nodes.Num value, List<List<Share>> shares, boolean rounded, CheckedPlan plan) {
    this.value = value;
    this.shares = shares;
    this.rounded = rounded;
    this.plan = plan;
  }

  /** Whether `p` is counted by days: on a weekly plan, per week, or written `spread by days`. */
  static boolean applies(Expr.Per p, CheckedPlan plan) {
    return plan.frequency().weekly() || p.byDays() || p.unit() == Frequency.WEEK;
  }

  static Nodes.Num compile(Expr.Per p, Nodes.Num value, CheckedPlan plan, Dataset data) {
    if (p.unit() == null) // per pay period, however long it is
    return f -> value.eval(f).multiply(BigDecimal.valueOf(f.to - f.from + 1L));
    if (p.unit() == Frequency.WEEK)
      return f -> {
        long days =
            data.periods().get(f.to).end().toEpochDay()
                - data.periods().get(f.from).start().toEpochDay()
                + 1;
        BigDecimal v = value.eval(f);
        return days % 7 == 0
            ? v.multiply(BigDecimal.valueOf(days / 7)) // exact, no division
            : v.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(7), ExprCompiler.MC);
      };
    DaySpread spread =
        new DaySpread(
            value,
            shares(data.periods(), plan.calendar(), p.unit()),
            plan.typeOf(p) == Type.MONEY,
            plan);
    return spread::eval;
  }

  private BigDecimal eval(Frame f) {
    int from = f.from, to = f.to;
    BigDecimal sum = BigDecimal.ZERO;
    try {
      for (int k = from; k <= to; k++) {
        f.span(k, k);
        sum = sum.add(partsOf(value.eval(f))[k]);
      }
    } finally {
      f.span(from, to);
    }
    return sum;
  }

  /**
   * Every pay period's part of an amount, worked out once per distinct amount: a year to date over
   * 53 weeks would otherwise split every quarter again for every week of every participant.
   * Participants run in parallel, so the cache is concurrent; it is cleared when it grows past a
   * bound (amounts that differ for every participant).
   */
  private final java.util.Map<BigDecimal, BigDecimal[]> parts =
      new java.util.concurrent.ConcurrentHashMap<>();

  private BigDecimal[] partsOf(BigDecimal v) {
    BigDecimal[] known = parts.get(v);
    if (known != null) return known;
    BigDecimal[] all = new BigDecimal[shares.size()];
    for (int k = 0; k < all.length; k++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Share s : shares.get(k)) sum = sum.add(part(v, s));
      all[k] = sum;
    }
    if (parts.size() > 10_000) parts.clear();
    parts.put(v, all);
    return all;
  }

  private BigDecimal part(BigDecimal v, Share s) {
    if (rounded)
      return Spread.byWeights(v, s.weights, plan.currency(), plan.rounding()).get(s.position);
    if (s.days == s.unitDays) return v;
    return v.multiply(BigDecimal.valueOf(s.days))
        .divide(BigDecimal.valueOf(s.unitDays), ExprCompiler.MC);
  }

  /**
   * A table row's amount for a period longer than a week (a quotas row for `2027-Q1`) on a weekly
   * plan: each pay period's part of it, by days, as for `X per quarter` (zero for the periods
   * outside it). A row for one pay period gives it all to that period.
   */
  static BigDecimal[] split(BigDecimal v, Period unit, Dataset data, boolean money) {
    List<Period> periods = data.periods();
    List<List<Share>> byPeriod = new ArrayList<>();
    for (int k = 0; k < periods.size(); k++) byPeriod.add(new ArrayList<>());
    addUnit(periods, unit, byPeriod);
    DaySpread spread = new DaySpread(f -> v, byPeriod, money, data.plan());
    BigDecimal[] parts = new BigDecimal[periods.size()];
    for (int k = 0; k < parts.length; k++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Share sh : byPeriod.get(k)) sum = sum.add(spread.part(v, sh));
      parts[k] = sum;
    }
    return parts;
  }

  /**
   * `quotas.amount` on a weekly plan: the participant's rows, each split over the pay periods by
   * days ({@link #split}), summed over the span. Each row is split once per run.
   */
  static Nodes.Num tableRows(
      compass.data.Table table,
      Expr.TableField t,
      java.util.Map<Integer, List<int[]>> rowsByPerson,
      compass.data.Column values,
      compass.data.TextColumn labels,
      Dataset data) {
    String field = t.field().text();
    boolean money =
        table.schema().fields().stream()
            .anyMatch(s -> s.name().equals(field) && s.type() == compass.data.ColumnType.MONEY);
    java.util.Map<Integer, BigDecimal[]> split = new java.util.concurrent.ConcurrentHashMap<>();
    return f -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (int[] r : rowsByPerson.getOrDefault(f.person, List.of())) {
        BigDecimal[] parts = split.get(r[0]);
        if (parts == null) {
          BigDecimal v =
              values instanceof compass.data.LongColumn l
                  ? (l.isPresent(r[0]) ? BigDecimal.valueOf(l.get(r[0])) : null)
                  : ((compass.data.DecimalColumn) values).get(r[0]);
          if (v == null)
            throw ExprCompiler.emptyCell(
                table, r[0], field, t.span(), "row of " + data.personId(f.person));
          Period unit =
              data.plan()
                  .calendar()
                  .parse(labels.get(r[0]))
                  .orElseThrow(() -> new IllegalStateException("period checked at load"));
          parts = split(v, unit, data, money);
          split.put(r[0], parts);
        }
        for (int k = f.from; k <= f.to; k++) sum = sum.add(parts[k]);
      }
      return sum;
    };
  }

  /** For each pay period, its share of every unit it overlaps, in date order. */
  static List<List<Share>> shares(List<Period> periods, FiscalCalendar calendar, Frequency unit) {
    List<List<Share>> result = new ArrayList<>();
    for (int k = 0; k < periods.size(); k++) result.add(new ArrayList<>());
    if (periods.isEmpty()) return result;
    Period unitPeriod = calendar.periodContaining(unit, periods.get(0).start());
    LocalDate last = periods.get(periods.size() - 1).end();
    while (!unitPeriod.start().isAfter(last)) {
      addUnit(periods, unitPeriod, result);
      unitPeriod = calendar.periodContaining(unit, unitPeriod.end().plusDays(1));
    }
    return result;
  }

  /** Cuts one unit into pieces (pay periods and uncovered days) and records each period's piece. */
  private static void addUnit(List<Period> periods, Period unit, List<List<Share>> result) {
    List<BigDecimal> weights = new ArrayList<>();
    List<int[]> owners = new ArrayList<>(); // {period index, piece position}
    List<Long> days = new ArrayList<>();
    LocalDate cursor = unit.start();
    for (int k = 0; k < periods.size(); k++) {
      Period p = periods.get(k);
      if (p.end().isBefore(unit.start()) || p.start().isAfter(unit.end())) continue;
      LocalDate s = p.start().isAfter(unit.start()) ? p.start() : unit.start();
      LocalDate e = p.end().isBefore(unit.end()) ? p.end() : unit.end();
      if (s.isAfter(cursor)) weights.add(BigDecimal.valueOf(daysBetween(cursor, s.minusDays(1))));
      owners.add(new int[] {k, weights.size()});
      days.add(daysBetween(s, e));
      weights.add(BigDecimal.valueOf(daysBetween(s, e)));
      cursor = e.plusDays(1);
    }
    if (!cursor.isAfter(unit.end()))
      weights.add(BigDecimal.valueOf(daysBetween(cursor, unit.end()))); // days no period holds
    List<BigDecimal> fixed = List.copyOf(weights);
    for (int i = 0; i < owners.size(); i++)
      result
          .get(owners.get(i)[0])
          .add(new Share(fixed, owners.get(i)[1], days.get(i), unit.days(), unit.label()));
  }

  /**
   * How one pay period's part of each unit was found, for explain: "2027-W13 (2027-03-26..
   * 2027-04-01): 6 of 2027-Q1's 90 days, its last part, the remainder = 2.04; 1 of 2027-Q2's 91
   * days = 0.33".
   */
  String describe(Frame f) {
    if (f.from != f.to) return null;
    int k = f.from;
    BigDecimal v = value.eval(f);
    Period period = f.data.periods().get(k);
    StringBuilder sb =
        new StringBuilder(period.label() + " (" + period.start() + ".." + period.end() + "): ");
    List<Share> mine = shares.get(k);
    for (int i = 0; i < mine.size(); i++) {
      Share s = mine.get(i);
      if (i > 0) sb.append("; ");
      sb.append(s.days).append(" of ").append(s.unitLabel).append("'s ").append(s.unitDays);
      sb.append(" days");
      if (rounded && s.last() && s.weights.size() > 1) sb.append(", its last part, the remainder");
      BigDecimal part = part(v, s);
      sb.append(" = ").append(rounded ? Fmt.money(part) : Fmt.number(part));
    }
    return sb.toString();
  }

  /** The amounts spread by days that a `pay` amount reads, shown by explain (issue 15.5). */
  static final class Notes {
    private final List<Expr.Per> pers = new ArrayList<>();
    private final List<DaySpread> spreads = new ArrayList<>();

    Notes(Expr amount, ExprCompiler compiler, Dataset data) {
      compass.check.ExprWalk.each(
          amount,
          e -> {
            if (e instanceof Expr.Per p
                && applies(p, compiler.plan())
                && p.unit() != null
                && p.unit() != Frequency.WEEK) {
              pers.add(p);
              spreads.add(
                  new DaySpread(
                      compiler.num(p.value()),
                      shares(data.periods(), compiler.plan().calendar(), p.unit()),
                      compiler.plan().typeOf(p) == Type.MONEY,
                      compiler.plan()));
            }
          });
    }

    void record(Frame f, compass.explain.Tracer trace) {
      if (pers.isEmpty() || !trace.on()) return;
      for (int i = 0; i < pers.size(); i++) {
        String text = spreads.get(i).describe(f);
        if (text != null)
          trace.add(
              compass.explain.TraceStep.of(
                      compass.explain.TraceStep.Kind.NOTE,
                      pers.get(i).span().text()
                          + (pers.get(i).byDays() ? " in " : " by days in ")
                          + text)
                  .withSpan(pers.get(i).span()));
      }
    }
  }

  private static long daysBetween(LocalDate from, LocalDate to) {
    return to.toEpochDay() - from.toEpochDay() + 1;
  }
}
