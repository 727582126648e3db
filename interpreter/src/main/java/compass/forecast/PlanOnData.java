package compass.forecast;

import compass.check.CheckedPlan;
import compass.data.DateColumn;
import compass.data.DealScenarios;
import compass.data.Table;
import compass.data.TableEdit;
import compass.eval.Evaluation;
import compass.eval.Evaluator;
import compass.eval.LoadedData;
import compass.eval.Outcomes;
import compass.result.StatementRow;
import compass.result.TeamSummary;
import java.math.BigDecimal;
import java.util.List;

/**
 * A checked plan on its loaded data, evaluated on any outcome of the pipeline: the deals table with
 * the outcome's won deals moved to the won stage on their close dates. The plan is checked once;
 * each outcome is one plain evaluation (no trace, no line items), participants in parallel.
 */
final class PlanOnData {
  final CheckedPlan plan;
  final LoadedData data;
  final Pipeline pipeline;
  final int wonStage;
  private final DealScenarios scenarios;

  /**
   * The plan compiled and evaluated once on the deals as loaded (no open deal won); a run credits
   * only its won deals again and re-evaluates only the participants they reach (issue 18 point 3).
   * Made on first use, by the first run.
   */
  private volatile Outcomes outcomes;

  PlanOnData(CheckedPlan plan, LoadedData data, Pipeline pipeline, int wonStage) {
    this.plan = plan;
    this.data = data;
    this.pipeline = pipeline;
    this.wonStage = wonStage;
    this.scenarios = new DealScenarios(data.deals(), pipeline.stageField, pipeline.dateField);
  }

  private Outcomes outcomes() {
    Outcomes o = outcomes;
    if (o == null) {
      synchronized (this) {
        if (outcomes == null)
          outcomes = Outcomes.of(plan, data.people(), data.deals(), data.others());
        o = outcomes;
      }
    }
    return o;
  }

  /** The payouts and team figures of one outcome. */
  record Outcome(List<StatementRow> rows, List<TeamSummary> teams) {}

  /** One run's outcome: the base with the run's won deals credited and their people evaluated. */
  Outcome evaluate(Scenario s) {
    Table deals = scenarios.with(s.rows, s.won, wonStage, s.days);
    Evaluation ev = outcomes().evaluate(deals, java.util.Arrays.copyOf(s.rows, s.won));
    return new Outcome(ev.rows(), ev.teams());
  }

  /**
   * The same outcome evaluated from scratch: the whole table credited, everyone evaluated (what
   * {@link #evaluate(Scenario)} must equal; tests).
   */
  Outcome fromScratch(Scenario s) {
    return evaluate(scenarios.with(s.rows, s.won, wonStage, s.days));
  }

  /** Every open deal won at its amount x its win rate, on its expected close date. */
  Outcome stageWeighted() {
    Table won = scenarios.with(pipeline.rows, pipeline.size(), wonStage, pipeline.expectedDay);
    BigDecimal[] amounts = new BigDecimal[pipeline.size()];
    for (int i = 0; i < amounts.length; i++) {
      BigDecimal amount =
          ((compass.data.DecimalColumn) won.column(pipeline.moneyField)).get(pipeline.rows[i]);
      amounts[i] = amount == null ? null : amount.multiply(pipeline.rates[i]);
    }
    return evaluate(DealScenarios.withAmounts(won, pipeline.moneyField, pipeline.rows, amounts));
  }

  /** Only the deals credited up to the as-of date: every deal dated later left out. */
  Outcome earnedSoFar() {
    Table deals = data.deals();
    DateColumn dates = (DateColumn) deals.column(pipeline.dateField);
    TableEdit edit = new TableEdit(deals);
    long day = pipeline.asOf.toEpochDay();
    for (int r = 0; r < deals.rowCount(); r++)
      if (dates.isPresent(r) && dates.epochDay(r) > day) edit.remove(r);
    return evaluate(edit.build());
  }

  private Outcome evaluate(Table deals) {
    Evaluation ev = Evaluator.evaluate(plan, data.people(), deals, data.others(), false, false);
    return new Outcome(ev.rows(), ev.teams());
  }
}
