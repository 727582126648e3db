package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostics;
import compass.result.Forecast;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cost of sales per team at P10/P50/P90 (issue 18, point 2) on a plan whose team budget makes the
 * payout non-linear: each figure computed by hand.
 */
class ForecastCostTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      plan "Team cost" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages late, won, lost with win rates late 50%, won 100%, lost 0%

      input people from "people.csv":
        id: text
        role: text
        team: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      input budgets from "budgets.csv":
        team: text
        period: period
        amount: money

      credit deals where stage is won to owner on close_date

      bookings = sum of amount

      budget earnings by team from budgets against bookings scaled pro rata, remainder to largest

      component "Commission" for role ae:
        pay 10% of bookings
      """;

  /**
   * As of 2027-08-15, Q3 and Q4 open. East (ann): a1 won 1,000 (Q3), a2 late 50% 4,000 (Q3); its Q3
   * budget is 300. West (bob): b1 won 2,000, b2 late 50% 2,000 (Q3); budget 1,000.
   */
  private Path plan() throws IOException {
    Files.writeString(dir.resolve("people.csv"), "id,role,team\nann,ae,east\nbob,ae,west\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        """
        id,owner,amount,stage,close_date
        a1,ann,1000.00,won,2027-07-10
        a2,ann,4000.00,late,2027-09-20
        b1,bob,2000.00,won,2027-07-05
        b2,bob,2000.00,late,2027-09-10
        """);
    StringBuilder budgets = new StringBuilder("team,period,amount\n");
    for (String q : new String[] {"Q1", "Q2", "Q3", "Q4"}) {
      budgets.append("east,2027-").append(q).append(q.equals("Q3") ? ",300\n" : ",100000\n");
      budgets.append("west,2027-").append(q).append(q.equals("Q3") ? ",1000\n" : ",100000\n");
    }
    Files.writeString(dir.resolve("budgets.csv"), budgets.toString());
    Path plan = dir.resolve("plan.comp");
    Files.writeString(plan, PLAN);
    return plan;
  }

  @Test
  void costOfSalesPerTeamAtTheQuantilesIsTheHandComputedShare() throws IOException {
    Diagnostics diags = new Diagnostics();
    int runs = 1_000;
    Forecast f =
        Forecasts.forecast(
            new Forecasts.Request(plan(), null, LocalDate.of(2027, 8, 15), runs, 4), diags);
    assertNotNull(f, () -> diags.all().toString());
    Forecast.TeamCost east = cost(f, "east");
    // east over Q3 and Q4: a2 lost, 10% x 1,000 = 100 on 1,000 booked: 10.00%; a2 won, 10% x
    // 5,000 = 500, cut to the budget of 300, on 5,000 booked: 6.00%. Each half the runs: P10 is
    // 6.00%, P90 10.00%, P50 either. Stage-weighted: 1,000 + 50% x 4,000 = 3,000 booked, 300 paid
    // (exactly the budget): 10.00%.
    assertEquals(new BigDecimal("0.0600"), east.p10());
    assertEquals(new BigDecimal("0.1000"), east.p90());
    assertTrue(
        east.p50().compareTo(new BigDecimal("0.0600")) == 0
            || east.p50().compareTo(new BigDecimal("0.1000")) == 0,
        east.toString());
    assertEquals(new BigDecimal("0.1000"), east.stageWeighted());
    // west is never over its budget of 1,000 (at most 10% x 4,000 = 400): 10.00% in every run
    Forecast.TeamCost west = cost(f, "west");
    for (BigDecimal c : List.of(west.p10(), west.p50(), west.p90(), west.stageWeighted()))
      assertEquals(new BigDecimal("0.1000"), c);
    // the budget cut shows in the payout too: ann's Q3 is 100.00 or 300.00, never 500.00
    Forecast.Row annQ3 =
        f.rows().stream()
            .filter(r -> r.participant().equals("ann") && r.period().equals("2027-Q3"))
            .findFirst()
            .orElseThrow();
    assertEquals(new BigDecimal("100.00"), annQ3.p10());
    assertEquals(new BigDecimal("300.00"), annQ3.p90());
    assertEquals(new BigDecimal("300.00"), annQ3.allWon());
  }

  private static Forecast.TeamCost cost(Forecast f, String team) {
    return f.teamCosts().stream().filter(t -> t.team().equals(team)).findFirst().orElseThrow();
  }
}
