package compass.forecast;

import compass.check.CheckedPlan;
import compass.data.ColumnType;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;

/**
 * `--vs PLAN_B`: plan B evaluated on the very outcomes plan A is (common random numbers), so the
 * difference between the two is the plans', not the dice's. Both must read the same deals (same
 * rows, in the same order) and know plan A's won stage; B's own win rates are not used.
 */
final class Comparison {
  private Comparison() {}

  static PlanOnData sameOutcomes(
      CheckedPlan planA,
      LoadedData dataA,
      Pipeline pipeline,
      WinRates rates,
      CheckedPlan planB,
      LoadedData dataB,
      Diagnostics diags) {
    String won = rates.stages().get(rates.wonStage());
    int wonB = planB.stages().indexOf(won);
    if (dataB.deals() == null
        || dataB.deals().rowCount() != dataA.deals().rowCount()
        || planB.creditDateField() < 0
        || wonB < 0) {
      diags.error(
          Code.E0796,
          null,
          "plan B must read the same deals as plan A and know its won stage `" + won + "`",
          "compare two versions of one plan on one data folder");
      return null;
    }
    var fields = dataB.deals().schema().fields();
    int stageField = -1;
    for (int f = 0; f < fields.size() && stageField < 0; f++)
      if (fields.get(f).type() == ColumnType.STAGE) stageField = f;
    int dateField = planB.creditDateField();
    int moneyField = pipeline.moneyField;
    if (stageField < 0
        || fields.get(dateField).type() != ColumnType.DATE
        || moneyField >= fields.size()
        || fields.get(moneyField).type() != ColumnType.MONEY) {
      diags.error(
          Code.E0796,
          null,
          "plan B reads its deals with other fields than plan A",
          "compare two versions of one plan on one data folder");
      return null;
    }
    Pipeline same = pipeline.onFields(stageField, dateField, moneyField);
    return new PlanOnData(planB, dataB, same, wonB);
  }
}
