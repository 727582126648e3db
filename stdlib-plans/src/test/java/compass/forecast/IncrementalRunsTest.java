package compass.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.check.CheckedPlan;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 point 3: a simulated run credits only its won deals again and re-evaluates only the
 * participants they reach, on the plan compiled and evaluated once; its statements must be exactly
 * those of evaluating the run's whole deals table from scratch. Several seeds and runs on: B1 with
 * win rates (a cumulative commission trued up every quarter, managers paid on their team's
 * bookings) on its own data and on the benchmark's small data; a plan whose credits roll up the
 * manager chain with a cumulative true-up; and the sales budget plan (team budgets: every run
 * evaluates everyone, the same path as before).
 */
class IncrementalRunsTest {
  @TempDir Path dir;

  private static final Path B1 = Path.of("plans", "b1", "b1-forecast.comp");

  @Test
  void b1OnItsOwnData() {
    check(B1, B1.getParent(), LocalDate.of(2027, 6, 30));
  }

  @Test
  void b1OnTheBenchmarksSmallData() {
    Path small = Path.of("..", "..", "shared", "bench", "data-small");
    if (Files.isDirectory(small)) check(B1, small, LocalDate.of(2027, 6, 30));
  }

  @Test
  void salesBudget() {
    Path plan = Path.of("plans", "sales-budget", "sales-budget-forecast.comp");
    check(plan, plan.getParent(), LocalDate.of(2027, 6, 30));
  }

  @Test
  void creditsRolledUpTheManagerChainWithACumulativeTrueUp() throws IOException {
    Files.writeString(
        dir.resolve("rollup.comp"),
        """
        plan "Roll-up forecast" version 1
          currency USD
          pays quarterly
          effective 2027-01-01 to 2027-12-31

        stages open, late, won, lost with win rates open 30%, late 70%, won 100%, lost 0%

        input people from "people.csv":
          id: text
          role: text
          manager: person optional

        input deals from "deals.csv":
          id: text
          owner: person
          amount: money
          stage: stage
          close_date: date

        credit deals where stage is won to owner on close_date roll up all levels

        quota = 50_000 per quarter
        bookings = sum of amount

        component "Commission" for role ae cumulative over year:
          marginal tiers on bookings
            from 0% pay 4%
            from 100% pay 10%

        component "Leader" for role manager cumulative over year:
          retroactive tiers on bookings
            from 0% pay 1%
            from 300% pay 2%
        """);
    StringBuilder people = new StringBuilder("id,role,manager\nvp,manager,\n");
    for (int m = 0; m < 3; m++) people.append("m").append(m).append(",manager,vp\n");
    for (int a = 0; a < 12; a++)
      people.append("a").append(a).append(",ae,m").append(a % 3).append('\n');
    Files.writeString(dir.resolve("people.csv"), people);
    Random random = new Random(7);
    String[] stages = {"open", "late", "won", "lost"};
    StringBuilder deals = new StringBuilder("id,owner,amount,stage,close_date\n");
    for (int d = 0; d < 300; d++) {
      LocalDate date = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(365));
      String stage = stages[random.nextInt(stages.length)];
      deals.append(
          String.format(
              "d%03d,a%d,%d.%02d,%s,%s%n",
              d,
              random.nextInt(12),
              1_000 + random.nextInt(40_000),
              random.nextInt(100),
              stage,
              date));
    }
    Files.writeString(dir.resolve("deals.csv"), deals);
    check(dir.resolve("rollup.comp"), dir, LocalDate.of(2027, 5, 15));
  }

  private static void check(Path planFile, Path dataDir, LocalDate asOf) {
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(planFile, diags);
    assertNotNull(plan, diags.all().toString());
    LoadedData data = Compass.loadData(plan, dataDir, diags);
    assertNotNull(data, diags.all().toString());
    WinRates rates = WinRates.ofPlan(plan);
    // the plan's own slip (none here) and a slip of 0 to 20 days, which moves deals across periods
    Pipeline pipeline = Pipeline.of(plan, data.deals(), rates, Slips.ofPlan(plan), asOf, diags);
    Pipeline slipping =
        Pipeline.of(plan, data.deals(), rates, Slips.uniform(plan, 20), asOf, diags);
    assertNotNull(pipeline, diags.all().toString());
    assertNotNull(slipping, diags.all().toString());
    assertTrue(pipeline.size() > 0, planFile + ": no open deal");
    PlanOnData onData = new PlanOnData(plan, data, pipeline, rates.wonStage());
    PlanOnData onSlipping = new PlanOnData(plan, data, slipping, rates.wonStage());
    for (long seed : new long[] {1, 42, 2027}) {
      for (int run = 0; run < 12; run++) {
        boolean slips = run % 3 == 0;
        PlanOnData on = slips ? onSlipping : onData;
        Scenario s = Scenario.draw(slips ? slipping : pipeline, seed, run);
        PlanOnData.Outcome fast = on.evaluate(s), full = on.fromScratch(s);
        String at = planFile + " seed " + seed + " run " + run;
        assertEquals(full.rows().toString(), fast.rows().toString(), at);
        assertEquals(full.teams().toString(), fast.teams().toString(), at);
      }
    }
    Scenario all = Scenario.all(pipeline);
    assertEquals(
        onData.fromScratch(all).rows().toString(),
        onData.evaluate(all).rows().toString(),
        "all won");
  }
}
