package compass.api;

import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The payouts of two plans on the same data, side by side (plan modelling): one row per participant
 * and period that either plan pays, with the change from plan A to plan B, largest change first. A
 * row only one plan has (the plans pay different periods) counts as 0.00 on the other side, and
 * that side's cell stays empty.
 */
public record PayoutDiff(List<Row> rows, BigDecimal totalA, BigDecimal totalB, String currency) {

  /** One participant and period; a null payout: the plan has no such row. */
  public record Row(
      String participant, String period, BigDecimal a, BigDecimal b, BigDecimal delta) {
    public boolean changed() {
      return delta.signum() != 0;
    }
  }

  /** B minus A over every row: what the change costs (negative: what it saves). */
  public BigDecimal delta() {
    return totalB.subtract(totalA);
  }

  public long changed() {
    return rows.stream().filter(Row::changed).count();
  }

  public static PayoutDiff of(List<StatementRow> a, List<StatementRow> b, String currency) {
    Map<List<String>, BigDecimal[]> byKey =
        new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    for (StatementRow r : a)
      byKey.computeIfAbsent(List.of(r.participant(), r.period()), k -> new BigDecimal[2])[0] =
          r.payout();
    for (StatementRow r : b)
      byKey.computeIfAbsent(List.of(r.participant(), r.period()), k -> new BigDecimal[2])[1] =
          r.payout();
    List<Row> rows = new ArrayList<>();
    BigDecimal totalA = zero(a), totalB = zero(b);
    for (Map.Entry<List<String>, BigDecimal[]> e : byKey.entrySet()) {
      BigDecimal pa = e.getValue()[0], pb = e.getValue()[1];
      BigDecimal delta = orZero(pb).subtract(orZero(pa));
      rows.add(new Row(e.getKey().get(0), e.getKey().get(1), pa, pb, delta));
      totalA = totalA.add(orZero(pa));
      totalB = totalB.add(orZero(pb));
    }
    // largest change first, whichever its sign; ties (and unchanged rows) by participant, period
    rows.sort(Comparator.comparing((Row r) -> r.delta().abs(), Comparator.reverseOrder()));
    return new PayoutDiff(List.copyOf(rows), totalA, totalB, currency);
  }

  private static BigDecimal orZero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  /** 0 at the scale of the payouts (0.00 for USD), so totals print like the amounts they add. */
  private static BigDecimal zero(List<StatementRow> rows) {
    return rows.isEmpty()
        ? BigDecimal.ZERO
        : BigDecimal.ZERO.setScale(rows.get(0).payout().scale());
  }
}
