package compass.forecast;

import compass.ast.Decl;
import compass.check.CheckedPlan;
import compass.result.Forecast;
import java.util.ArrayList;
import java.util.List;

/**
 * How many days the close date of a won deal slips, per stage: each simulated run draws a whole
 * number of days uniformly from the stage's range, from {@code from} to {@code to} inclusive. From
 * the plan's {@code close dates slip ...} (a stage's own range, else the range without a stage,
 * else none), or from {@code --slip DAYS}, which replaces the plan's: every stage 0 to DAYS.
 */
record Slips(int[] from, int[] to, boolean fromCommandLine) {

  /** The plan's ranges (the checker has made sure they are whole days from 0 to ten years). */
  static Slips ofPlan(CheckedPlan plan) {
    int n = plan.stages().size();
    int[] from = new int[n];
    int[] to = new int[n];
    for (Decl.Slip s : plan.ast().all(Decl.Slip.class)) {
      // the range of every stage first, then the stages' own ranges over it
      for (Decl.SlipRange r : s.ranges()) {
        if (r.stage() != null) continue;
        java.util.Arrays.fill(from, r.from().intValueExact());
        java.util.Arrays.fill(to, r.to().intValueExact());
      }
      for (Decl.SlipRange r : s.ranges()) {
        if (r.stage() == null) continue;
        int i = plan.stages().indexOf(r.stage().text());
        from[i] = r.from().intValueExact();
        to[i] = r.to().intValueExact();
      }
    }
    return new Slips(from, to, false);
  }

  /** {@code --slip DAYS}: every stage's deals slip 0 to DAYS days. */
  static Slips uniform(CheckedPlan plan, int days) {
    int n = plan.stages().size();
    int[] to = new int[n];
    java.util.Arrays.fill(to, days);
    return new Slips(new int[n], to, true);
  }

  /** The ranges of the open stages that slip at all, in the plan's order, for the output. */
  List<Forecast.Slip> shown(WinRates rates) {
    List<Forecast.Slip> out = new ArrayList<>();
    for (int s = 0; s < to.length; s++)
      if (rates.open(s) && to[s] > 0)
        out.add(new Forecast.Slip(rates.stages().get(s), from[s], to[s]));
    return out;
  }
}
