package compass.session;

import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a what-if changed: payouts before and after per participant and period, the totals, and why
 * (Reasons).
 */
final class ImpactOf {
  private ImpactOf() {}

  static Impact compare(
      SessionState before, SessionState after, Collection<String> participants, int evaluated) {
    List<Impact.Change> changes = new ArrayList<>();
    Set<String> affected = new LinkedHashSet<>();
    for (String p : new java.util.TreeSet<>(participants)) {
      List<StatementRow> was = before.rows().getOrDefault(p, List.of());
      List<StatementRow> now = after.rows().getOrDefault(p, List.of());
      Set<String> periods = new LinkedHashSet<>();
      was.forEach(r -> periods.add(r.period()));
      now.forEach(r -> periods.add(r.period()));
      for (String period : periods) {
        BigDecimal a = payout(was, period), b = payout(now, period);
        if (a.compareTo(b) == 0) continue;
        affected.add(p);
        changes.add(
            new Impact.Change(
                p,
                period,
                a,
                b,
                () -> Reasons.why(lines(before, p, period), lines(after, p, period))));
      }
    }
    List<Impact.PeriodTotal> periods = new ArrayList<>();
    for (var e : after.byPeriod().entrySet()) {
      BigDecimal was = before.byPeriod().getOrDefault(e.getKey(), BigDecimal.ZERO);
      if (was.compareTo(e.getValue()) != 0)
        periods.add(new Impact.PeriodTotal(e.getKey(), was, e.getValue()));
    }
    return new Impact(changes, affected.size(), before.total(), after.total(), evaluated, periods);
  }

  private static List<LineItem> lines(SessionState s, String participant, String period) {
    return s.lines().getOrDefault(participant, List.of()).stream()
        .filter(l -> l.period().equals(period))
        .toList();
  }

  private static BigDecimal payout(List<StatementRow> rows, String period) {
    for (StatementRow r : rows) if (r.period().equals(period)) return r.payout();
    return BigDecimal.ZERO.setScale(2);
  }
}
