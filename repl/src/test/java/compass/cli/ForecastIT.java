package compass.cli;

import static compass.cli.CompassProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import org.junit.jupiter.api.Test;

/**
 * End to end, the real binary: {@code compass forecast} on the sales-budget plan with win rates
 * (stdlib-plans/plans/sales-budget): the same output at 1 and 2 threads, a budget, cost of sales
 * per team, and the plan compared with itself (without rates) on the same outcomes, which must
 * differ by exactly 0.00 in every run: the common random numbers at work.
 */
class ForecastIT {
  private static final String PLAN = "stdlib-plans/plans/sales-budget/sales-budget-forecast.comp";
  private static final String SAME = "stdlib-plans/plans/sales-budget/sales-budget.comp";

  @Test
  void forecastsTheSalesBudgetPlan() throws Exception {
    Outcome one =
        run(
            "forecast",
            PLAN,
            "--as-of",
            "2027-06-30",
            "--runs",
            "300",
            "--threads",
            "1",
            "--budget",
            "900000",
            "--vs",
            SAME);
    Outcome two =
        run(
            "forecast",
            PLAN,
            "--as-of",
            "2027-06-30",
            "--runs",
            "300",
            "--threads",
            "2",
            "--budget",
            "900000",
            "--vs",
            SAME);
    assertEquals(0, one.exit(), one.err());
    assertEquals(one.out(), two.out());
    assertTrue(one.out().contains("negotiation 40.00%"), one.out());
    assertTrue(one.out().contains("cost of sales by team over the open periods"), one.out());
    assertTrue(one.out().contains("budget 900,000.00 USD: the plan's whole payout exceeds it in"));
    // plan B is the same plan without rates: B - A is 0.00 at every quantile of every period
    for (String line : one.out().split("\n")) {
      if (!line.startsWith("B - A")) continue;
      String[] cells = line.split("\\s{2,}"); // B - A, the period, the figures, USD
      String figures = String.join(" ", java.util.Arrays.copyOfRange(cells, 2, cells.length - 1));
      for (String f : figures.split("\\s+")) assertEquals("0.00", f, line);
    }
  }

  @Test
  void aPlanWithoutRatesIsRefused() throws Exception {
    Outcome o = run("forecast", SAME, "--runs", "10");
    assertEquals(2, o.exit());
    assertTrue(o.err().contains("error[E0794]"), o.err());
  }
}
