package compass.eval;

import compass.calendar.Period;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.ledger.ClosedPeriod;
import compass.ledger.DealChange;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Issue 16, one participant's year when some periods are closed. A closed period shows the
 * statement row and lines the ledger recorded, whatever the data or plan say now. Where today's
 * data or plan give a closed period's component a different earning, the difference is paid once,
 * as a line of its own ("prior-period adjustment, 2027-Q1") in the first open period (or the last
 * period of the year, when the plan holds adjustments to year end). The open periods are then
 * settled from what the ledger carries: the amounts owed, the draw balance, the year to date.
 *
 * <p>Why this is "already paid = what the ledger says": a cumulative component pays in an open
 * period its year to date less what today's evaluation says the earlier periods paid; the
 * adjustment adds back today's figure for the closed periods and takes off the ledger's, so the two
 * together pay the year to date less what was actually paid.
 */
final class PriorPeriods {
  private final Dataset data;
  private final PaidHistory paid;

  PriorPeriods(Dataset data, PaidHistory paid) {
    this.data = data;
    this.paid = paid;
  }

  /** The participant's statement rows and lines: closed periods as paid, open ones settled. */
  void settle(
      Settlement settlement,
      int person,
      String role,
      PersonLedger ledger,
      List<StatementRow> rows,
      List<LineItem> lines) {
    String id = data.personId(person);
    List<ClosedPeriod> closed = paid.closed();
    int m = closed.size();
    BigDecimal zero = BigDecimal.ZERO.setScale(data.plan().currency().minorUnits());
    BigDecimal owed = zero, balance = zero, ytd = zero, earnedTotal = zero, payableTotal = zero;
    for (ClosedPeriod c : closed) {
      StatementRow row =
          c.row(id)
              .orElse(
                  new StatementRow(
                      id,
                      c.period(),
                      zero,
                      ytd,
                      data.plan().currency().code(),
                      zero,
                      zero,
                      zero,
                      balance,
                      zero));
      rows.add(row);
      List<LineItem> paidLines = c.lines(id);
      lines.addAll(paidLines);
      ytd = row.ytd();
      earnedTotal = earnedTotal.add(row.earned());
      payableTotal = payableTotal.add(row.payable());
      balance = row.drawBalance();
      for (LineItem l : paidLines) // what the settlement carried as owed, less what it recovered
      if (l.component().equals(Settlement.CARRIED) || l.component().equals(Settlement.RECOVERY))
          owed = owed.add(l.amount());
    }
    if (m >= data.periodCount()) return; // the whole year is closed: nothing left to pay in
    int target = paid.heldToYearEnd() ? data.periodCount() - 1 : m;
    for (int k = 0; k < m; k++) adjust(person, id, k, ledger, target);
    settlement.settle(
        person,
        role,
        ledger,
        rows,
        lines,
        m,
        new Settlement.Carry(owed, balance, ytd, earnedTotal, payableTotal));
  }

  /** Adds the adjustment of each component's earning in closed period {@code k}. */
  private void adjust(int person, String id, int k, PersonLedger ledger, int target) {
    String label = paid.closed().get(k).period();
    List<LineItem> now = ledger.payable.get(k);
    Set<String> names = new LinkedHashSet<>();
    for (LineItem l : now) names.add(l.component());
    for (LineItem l : paid.closed().get(k).lines(id))
      if (!Settlement.isSettlementLine(l.component()) && !LineItem.isAdjustment(l.component()))
        names.add(l.component());
    for (String name : names) {
      BigDecimal today = sum(now, name);
      BigDecimal before = sum(paid.closed().get(k).lines(id), name);
      String adjustment = LineItem.adjustmentName(name, label);
      for (int j = k + 1; j < paid.closed().size(); j++) // adjustments already paid for it
      before = before.add(sum(paid.closed().get(j).lines(id), adjustment));
      BigDecimal difference = today.subtract(before);
      if (difference.signum() == 0) continue;
      Period period = data.periods().get(target);
      BigDecimal wasPaid = before;
      List<TraceStep> steps =
          data.tracer().on()
              ? List.of(step(person, id, k, name, today, wasPaid, difference))
              : List.of();
      ledger.pay(
          target,
          new LineItem(
              id,
              period.label(),
              adjustment,
              "",
              difference,
              data.plan().currency().code(),
              TraceStep.note(steps),
              steps));
      ledger.earn(target, difference);
    }
  }

  private TraceStep step(
      int person,
      String id,
      int k,
      String name,
      BigDecimal today,
      BigDecimal before,
      BigDecimal difference) {
    String label = paid.closed().get(k).period();
    List<TraceStep> causes = new ArrayList<>();
    Set<String> mine = dealsOf(person, id, k);
    for (DealChange c : paid.changes().getOrDefault(label, List.of()))
      if (c.people().contains(id) || mine.contains(c.deal()))
        causes.add(TraceStep.of(Kind.CHANGE, c.description()).withRows(List.of(c.deal())));
    String plan = paid.planChanges().get(label);
    if (plan != null) causes.add(TraceStep.of(Kind.CHANGE, plan));
    if (causes.isEmpty())
      causes.add(
          TraceStep.of(
              Kind.CHANGE,
              paid.changes().containsKey(label)
                  ? "no deal row of "
                      + id
                      + " changed since the close; figures that depend on others did (a team"
                      + " measure, a pool, a budget)"
                  : "the data changed since the close (the ledger keeps no copy of "
                      + label
                      + "'s deal rows to name them)"));
    return TraceStep.of(
            Kind.ADJUSTMENT,
            "prior-period adjustment, "
                + label
                + ": "
                + name
                + " pays "
                + Fmt.money(today)
                + " on today's data and plan, "
                + Fmt.money(before)
                + " was paid")
        .withAmount(difference)
        .withBasis(before)
        .withChildren(causes);
  }

  /**
   * The deals behind the participant's lines in closed period {@code k}, then and now, and every
   * deal credited to them now: a change to any of them is a cause of their adjustment.
   */
  private Set<String> dealsOf(int person, String id, int k) {
    Set<String> deals = new HashSet<>();
    for (LineItem l : paid.closed().get(k).lines(id))
      if (l.deal() != null && !l.deal().isEmpty()) deals.add(l.deal());
    for (int row : data.credits(person).rows()) deals.add(data.dealId(row));
    return deals;
  }

  private BigDecimal sum(List<LineItem> lines, String name) {
    BigDecimal total = BigDecimal.ZERO.setScale(data.plan().currency().minorUnits());
    for (LineItem l : lines) if (l.component().equals(name)) total = total.add(l.amount());
    return total;
  }
}
