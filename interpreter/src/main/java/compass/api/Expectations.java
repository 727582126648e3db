package compass.api;

import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.check.CheckedTest;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Grouping;
import compass.eval.Fmt;
import compass.eval.TestRun;
import compass.result.LineItem;
import compass.result.StatementRow;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a test's expectations with what the run computed. Money compares at the cent (the value
 * rounded as a line item would be); percents and numbers compare exactly.
 */
final class Expectations {
  private final CheckedPlan plan;
  private final TestRun run;
  private final Map<String, Integer> periodIndex = new HashMap<>();

  Expectations(CheckedPlan plan, TestRun run) {
    this.plan = plan;
    this.run = run;
    List<Period> periods = plan.periods();
    for (int i = 0; i < periods.size(); i++) periodIndex.put(periods.get(i).label(), i);
  }

  /**
   * The failure, or null when the expectation holds or could not be compared (reported into diags).
   */
  TestReport.Failure compare(CheckedTest.Expectation e, Diagnostics diags) {
    if (!run.hasParticipant(e.participant())) {
      diags.error(
          Code.E0808,
          e.ast().subject().args().get(0).span(),
          "the test's people have no `" + e.participant() + "`",
          "add a people row for " + e.participant() + ", or expect a participant the test gives");
      return null;
    }
    BigDecimal actual = actual(e);
    boolean money = e.type() == Type.MONEY;
    if (money) actual = plan.rounding().round(actual, plan.currency());
    if (actual.compareTo(e.expected()) == 0) return null;
    return new TestReport.Failure(
        e.ast().span(), e.subject(), show(e.expected(), e.type()), show(actual, e.type()));
  }

  private BigDecimal actual(CheckedTest.Expectation e) {
    Statements rows = new Statements();
    return switch (e.measure()) {
      case PAYOUT -> rows.sum(e, StatementRow::payout);
      case EARNED -> rows.sum(e, StatementRow::earned);
      case PAYABLE -> rows.sum(e, StatementRow::payable);
      case HELD -> rows.last(e, StatementRow::held);
      case OWED -> rows.last(e, StatementRow::owed);
      case DRAW_BALANCE -> rows.last(e, StatementRow::drawBalance);
      case LINE -> lines(e);
      case PAYOUT_LOCAL -> run.payoutLocal(e.participant(), e.from(), e.to());
      case DEFINITION -> run.definition(e.definition(), e.participant(), e.from(), e.to());
    };
  }

  /**
   * The statement rows of the run, summed over the periods of an expectation or read at its last.
   */
  private final class Statements {
    BigDecimal sum(
        CheckedTest.Expectation e, java.util.function.Function<StatementRow, BigDecimal> value) {
      BigDecimal total = BigDecimal.ZERO;
      for (StatementRow r : run.evaluation().rows())
        if (in(e, r.participant(), r.period())) total = total.add(value.apply(r));
      return total;
    }

    BigDecimal last(
        CheckedTest.Expectation e, java.util.function.Function<StatementRow, BigDecimal> value) {
      for (StatementRow r : run.evaluation().rows()) {
        if (r.participant().equals(e.participant()) && periodIndex.get(r.period()) == e.to())
          return value.apply(r);
      }
      return BigDecimal.ZERO;
    }
  }

  private BigDecimal lines(CheckedTest.Expectation e) {
    BigDecimal total = BigDecimal.ZERO;
    for (LineItem l : run.evaluation().lines()) {
      if (!in(e, l.participant(), l.period()) || !l.component().equals(e.component())) continue;
      if (e.deal() != null && !l.deal().equals(e.deal())) continue;
      total = total.add(l.amount());
    }
    return total;
  }

  private boolean in(CheckedTest.Expectation e, String participant, String period) {
    Integer i = periodIndex.get(period);
    return participant.equals(e.participant()) && i != null && i >= e.from() && i <= e.to();
  }

  /** A value as the test would write it: 10,100.00, 52.5%, 1.25. */
  static String show(BigDecimal v, Type type) {
    if (type == Type.MONEY) return Fmt.money(v);
    if (type == Type.PERCENT) return Grouping.percent(v);
    BigDecimal shown = v.stripTrailingZeros();
    return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString();
  }
}
