package compass.eval;

import java.math.BigDecimal;

/**
 * A plan evaluated on a test's data: the statements and line items, and the definitions of the
 * plan, which a test may ask for by name for any participant and span.
 */
public final class TestRun {
  private final Evaluation evaluation;
  private final Dataset data;
  private final ExprCompiler compiler;

  TestRun(Evaluation evaluation, Dataset data, ExprCompiler compiler) {
    this.evaluation = evaluation;
    this.data = data;
    this.compiler = compiler;
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * What a participant is paid in their pay currency over the pay periods {@code from..to}
   * (SEMANTICS 13), each payout converted and rounded as `run` does.
   *
   * @throws EvalError E0612 when a payment date has no rate
   */
  public BigDecimal payoutLocal(String participant, int from, int to) {
    PayCurrencies pay = PayCurrencies.of(data);
    BigDecimal total = BigDecimal.ZERO;
    for (compass.result.StatementRow r : evaluation.rows()) {
      if (!r.participant().equals(participant)) continue;
      for (int k = from; k <= to; k++) {
        if (data.periods().get(k).label().equals(r.period()))
          total = total.add(pay == null ? r.payout() : pay.pay(r).amount());
      }
    }
    return total;
  }

  /** Whether the test's people include this id. */
  public boolean hasParticipant(String id) {
    return data.personIndex(id) != null;
  }

  /**
   * A numeric definition for one participant over the pay periods {@code from..to} (indexes into
   * the plan's periods, both inclusive), unrounded; evaluated by the same nodes the run used.
   *
   * @throws EvalError as a run would (a zero quota, a division by zero)
   */
  public BigDecimal definition(String name, String participant, int from, int to) {
    Nodes.Num node = compiler.definitionNode(name);
    Frame f = new Frame(data, data.personIndex(participant), true);
    f.span(from, to);
    return node.eval(f);
  }
}
