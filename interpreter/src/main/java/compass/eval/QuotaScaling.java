package compass.eval;

import compass.calendar.Period;
import compass.data.DateColumn;
import compass.data.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * SEMANTICS 4: the quota of a participant who is new (a ramp by month of tenure) or active for only
 * part of a period (proration by active calendar days). The quota of a span is the sum of its
 * period quotas, each scaled.
 */
final class QuotaScaling {
  private final Dataset data;
  private final List<BigDecimal> ramp;
  private final DateColumn starts;
  private final DateColumn ends;

  private QuotaScaling(Dataset data, List<BigDecimal> ramp) {
    this.data = data;
    this.ramp = ramp;
    Table people = data.people();
    this.starts =
        people.fieldIndex("start_date") >= 0 && people.column("start_date") instanceof DateColumn d
            ? d
            : null;
    this.ends =
        people.fieldIndex("end_date") >= 0 && people.column("end_date") instanceof DateColumn d
            ? d
            : null;
  }

  /** The quota node, scaled when the plan has a ramp or the people have start or end dates. */
  static Nodes.Num wrap(Nodes.Num quota, Dataset data, List<BigDecimal> ramp) {
    QuotaScaling s = new QuotaScaling(data, ramp);
    if (ramp.isEmpty() && s.starts == null && s.ends == null) return quota;
    return f -> {
      int from = f.from, to = f.to;
      try {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = from; k <= to; k++) {
          f.span(k, k);
          BigDecimal factor = s.factor(f.person, data.periods().get(k));
          if (factor.signum() != 0)
            sum =
                sum.add(
                    factor.compareTo(BigDecimal.ONE) == 0
                        ? quota.eval(f)
                        : quota.eval(f).multiply(factor));
        }
        return sum;
      } finally {
        f.span(from, to);
      }
    };
  }

  /**
   * SEMANTICS 4: the target incentive of a participant active for part of the span, prorated by
   * active calendar days over the days of the span.
   */
  static Nodes.Num prorateByDays(Nodes.Num value, Dataset data) {
    QuotaScaling s = new QuotaScaling(data, List.of());
    if (s.starts == null && s.ends == null) return value;
    return f -> {
      LocalDate from = data.periods().get(f.from).start(), to = data.periods().get(f.to).end();
      BigDecimal share = active(date(s.starts, f.person), date(s.ends, f.person), from, to);
      return share.compareTo(BigDecimal.ONE) == 0 ? value.eval(f) : value.eval(f).multiply(share);
    };
  }

  /** The share of [from, to] in which the person is active (start and end dates inclusive). */
  static BigDecimal activeShare(Dataset data, int person, LocalDate from, LocalDate to) {
    QuotaScaling s = new QuotaScaling(data, List.of());
    return active(date(s.starts, person), date(s.ends, person), from, to);
  }

  /** The share of a period's quota the person carries. */
  BigDecimal factor(int person, Period period) {
    LocalDate start = date(starts, person);
    LocalDate end = date(ends, person);
    if (start != null && start.isAfter(period.end())) return BigDecimal.ZERO;
    if (end != null && end.isBefore(period.start())) return BigDecimal.ZERO;
    if (!ramp.isEmpty() && start != null && rampApplies(start, period)) {
      // month by month: a ramp month takes its ramp share, other months are prorated by days
      BigDecimal total = BigDecimal.ZERO;
      YearMonth first = YearMonth.from(period.start());
      int months = period.monthCount();
      for (int i = 0; i < months; i++) {
        YearMonth m = first.plusMonths(i);
        int tenure = tenure(start, m);
        if (tenure >= 1 && tenure <= ramp.size()) total = total.add(ramp.get(tenure - 1));
        else total = total.add(active(start, end, m.atDay(1), m.atEndOfMonth()));
      }
      return total.divide(BigDecimal.valueOf(months), ExprCompiler.MC);
    }
    return active(start, end, period.start(), period.end());
  }

  private boolean rampApplies(LocalDate start, Period period) {
    YearMonth first = YearMonth.from(period.start());
    for (int i = 0; i < period.monthCount(); i++) {
      int t = tenure(start, first.plusMonths(i));
      if (t >= 1 && t <= ramp.size()) return true;
    }
    return false;
  }

  /** Month 1 is the month that contains the start date. */
  private static int tenure(LocalDate start, YearMonth month) {
    return (int)
            (month.getYear() * 12L
                + month.getMonthValue()
                - (start.getYear() * 12L + start.getMonthValue()))
        + 1;
  }

  /** Active calendar days over days in [from, to]. */
  private static BigDecimal active(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
    LocalDate a = start != null && start.isAfter(from) ? start : from;
    LocalDate b = end != null && end.isBefore(to) ? end : to;
    if (b.isBefore(a)) return BigDecimal.ZERO;
    long active = b.toEpochDay() - a.toEpochDay() + 1;
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    return active == days
        ? BigDecimal.ONE
        : BigDecimal.valueOf(active).divide(BigDecimal.valueOf(days), ExprCompiler.MC);
  }

  private static LocalDate date(DateColumn c, int row) {
    return c == null || !c.isPresent(row) ? null : c.get(row);
  }
}
