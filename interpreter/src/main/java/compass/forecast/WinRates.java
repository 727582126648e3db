package compass.forecast;

import compass.ast.Decl;
import compass.check.CheckedPlan;
import compass.data.EnumColumn;
import compass.data.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Each stage's win probability (null: none given) and the won stage, the one at 100%: where a
 * forecast moves an open deal it wins. From the plan's {@code stages ... with win rates ...}, or
 * learned from the deals ({@link #learn}).
 */
record WinRates(List<String> stages, BigDecimal[] rates, int wonStage, boolean learned) {

  /** The plan's rates; null when it gives none. */
  static WinRates ofPlan(CheckedPlan plan) {
    List<String> stages = plan.stages();
    BigDecimal[] rates = new BigDecimal[stages.size()];
    int won = -1;
    boolean any = false;
    for (Decl.Stages s : plan.ast().all(Decl.Stages.class)) {
      for (Decl.WinRate w : s.winRates()) {
        int i = stages.indexOf(w.stage().text());
        rates[i] = w.rate();
        any = true;
        if (w.rate().compareTo(BigDecimal.ONE) == 0) won = i;
      }
    }
    return any ? new WinRates(stages, rates, won, false) : null;
  }

  /**
   * Rates learned from the deals: the data hold each deal's current stage only, so a deal is taken
   * to have reached its own stage and every stage before it in the plan's order, and a won or a
   * lost deal (a stage at 0% in the plan, or after the won one) every stage. A stage's rate is the
   * share of the deals that reached it that are won, rounded to 0.01%. The plan's won stage and
   * lost stages (0%) stay as the plan gives them; {@code wonStage} is the plan's or, without rates
   * in the plan, -1 (the caller refuses).
   */
  static WinRates learn(CheckedPlan plan, Table deals, int stageField, WinRates declared) {
    List<String> stages = plan.stages();
    int won = declared == null ? -1 : declared.wonStage();
    BigDecimal[] rates = new BigDecimal[stages.size()];
    if (won < 0) return new WinRates(stages, rates, -1, true);
    long[] atStage = new long[stages.size()];
    EnumColumn column = (EnumColumn) deals.column(stageField);
    for (int r = 0; r < deals.rowCount(); r++)
      if (column.isPresent(r)) atStage[column.ordinal(r)]++;
    long wonDeals = atStage[won];
    for (int s = 0; s < stages.size(); s++) {
      BigDecimal given = declared.rates()[s];
      if (given != null && (given.signum() == 0 || s == won)) {
        rates[s] = given; // the plan's won and lost stages
        continue;
      }
      if (s > won) { // after the won stage in the plan's order: no deal there was won
        rates[s] = BigDecimal.ZERO;
        continue;
      }
      long reached = wonDeals;
      for (int t = 0; t < stages.size(); t++) {
        if (t == won) continue;
        BigDecimal rate = declared.rates()[t];
        boolean lost = t > won || (rate != null && rate.signum() == 0);
        if (lost || t >= s) reached += atStage[t]; // a lost deal counts as having reached s
      }
      rates[s] =
          reached == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(wonDeals)
                  .divide(BigDecimal.valueOf(reached), 4, RoundingMode.HALF_EVEN);
    }
    return new WinRates(stages, rates, won, true);
  }

  /** Whether deals in this stage are still open: a rate strictly between 0% and 100%. */
  boolean open(int stage) {
    BigDecimal r = rates[stage];
    return r != null && r.signum() > 0 && r.compareTo(BigDecimal.ONE) < 0;
  }
}
