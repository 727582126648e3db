package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
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
 * `compass forecast` (issue 18) on a small plan whose every figure is computed by hand: earned so
 * far, stage-weighted, all won; the simulation's mean converging to the stage-weighted figure on a
 * linear plan; the order of the quantiles; the same output at any thread count; learned rates; and
 * every error a user can cause.
 */
class ForecastsTest {
  @TempDir Path dir;

  static final String HEADER =
      """
      plan "Forecast test" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      """;

  static final String STAGES =
      "stages early, late, won, lost with win rates early 20%, late 50%, won 100%, lost 0%\n";

  static final String BODY =
      """

      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is won to owner on close_date

      bookings = sum of amount

      component "Commission" for role ae:
        pay 10% of bookings
      """;

  /**
   * As of 2027-08-15 (open periods: Q3 and Q4): d1 won in Q3 before the as-of date; d2 (late, 50%)
   * and d3 (early, 20%) open; d4 (late, 50%) open and overdue (2027-08-01: expected 2027-08-16,
   * Q3); d5 won after the as-of date (certain, but not earned yet); d6 lost.
   */
  static final String DEALS =
      """
      id,owner,amount,stage,close_date
      d1,ann,1000.00,won,2027-07-10
      d2,ann,2000.00,late,2027-09-20
      d3,ann,4000.00,early,2027-11-05
      d4,bob,3000.00,late,2027-08-01
      d5,bob,500.00,won,2027-09-01
      d6,bob,700.00,lost,2027-07-01
      """;

  private Path plan(String stages, String deals) throws IOException {
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\nbob,ae\n");
    Files.writeString(dir.resolve("deals.csv"), deals);
    Path plan = dir.resolve("plan.comp");
    Files.writeString(plan, HEADER + stages + BODY);
    return plan;
  }

  private Forecast forecast(Forecasts.Request request) {
    Diagnostics diags = new Diagnostics();
    Forecast f = Forecasts.forecast(request, diags);
    assertNotNull(f, () -> diags.all().toString());
    return f;
  }

  private static final LocalDate AS_OF = LocalDate.of(2027, 8, 15);

  private static Forecast.Row row(List<Forecast.Row> rows, String who, String period) {
    return rows.stream()
        .filter(r -> r.participant().equals(who) && r.period().equals(period))
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal m(String s) {
    return new BigDecimal(s);
  }

  @Test
  void earnedSoFarStageWeightedAndAllWonAreTheHandComputedPayouts() throws IOException {
    Forecast f = forecast(new Forecasts.Request(plan(STAGES, DEALS), null, AS_OF, 200, 7));
    assertEquals(3, f.openDeals()); // d2, d3, d4; d1 and d5 are won, d6 lost
    assertEquals(1, f.overdueDeals()); // d4
    // ann Q3: earned d1 10% x 1,000 = 100.00; weighted 10% x (1,000 + 50% x 2,000) = 200.00;
    //   all won 10% x (1,000 + 2,000) = 300.00
    Forecast.Row annQ3 = row(f.rows(), "ann", "2027-Q3");
    assertEquals(m("100.00"), annQ3.earnedSoFar());
    assertEquals(m("200.00"), annQ3.stageWeighted());
    assertEquals(m("300.00"), annQ3.allWon());
    // ann Q4: earned 0; weighted 10% x 20% x 4,000 = 80.00; all won 400.00
    Forecast.Row annQ4 = row(f.rows(), "ann", "2027-Q4");
    assertEquals(m("0.00"), annQ4.earnedSoFar());
    assertEquals(m("80.00"), annQ4.stageWeighted());
    assertEquals(m("400.00"), annQ4.allWon());
    // bob Q3: earned 0 (d5 is after the as-of date); weighted 10% x (50% x 3,000 + 500) = 200.00;
    //   all won 10% x (3,000 + 500) = 350.00
    Forecast.Row bobQ3 = row(f.rows(), "bob", "2027-Q3");
    assertEquals(m("0.00"), bobQ3.earnedSoFar());
    assertEquals(m("200.00"), bobQ3.stageWeighted());
    assertEquals(m("350.00"), bobQ3.allWon());
    // totals over the open periods: earned 100.00, weighted 480.00, all won 1,050.00
    Forecast.Row total = row(f.totals(), Forecast.TOTAL, Forecast.ALL_OPEN);
    assertEquals(m("100.00"), total.earnedSoFar());
    assertEquals(m("480.00"), total.stageWeighted());
    assertEquals(m("1050.00"), total.allWon());
  }

  @Test
  void onALinearPlanTheSimulatedMeanConvergesToTheStageWeightedFigure() throws IOException {
    int runs = 20_000;
    Forecast f = forecast(new Forecasts.Request(plan(STAGES, DEALS), null, AS_OF, runs, 42));
    // The open-period total is 480.00 expected (linear: the mean of the payout is the payout of
    // the mean). Its variance is the sum of the open deals' Bernoulli variances:
    //   d2 200 x 200 x 0.5 x 0.5 = 10,000; d3 400 x 400 x 0.2 x 0.8 = 25,600;
    //   d4 300 x 300 x 0.5 x 0.5 = 22,500; sum 58,100, sd 241.04.
    // The mean of 20,000 runs has sd 241.04 / sqrt(20,000) = 1.70; tolerance 5 sd = 8.52 (a
    // 1 in 1.7 million miss for a normal mean; the seed is fixed, so the test is deterministic).
    Forecast.Row total = row(f.totals(), Forecast.TOTAL, Forecast.ALL_OPEN);
    BigDecimal gap = total.mean().subtract(m("480.00")).abs();
    assertTrue(gap.compareTo(m("8.52")) <= 0, () -> "mean " + total.mean() + " is off by " + gap);
  }

  @Test
  void quantilesAreOrderedBetweenEarnedSoFarAndAllWon() throws IOException {
    Forecast f = forecast(new Forecasts.Request(plan(STAGES, DEALS), null, AS_OF, 1_000, 3));
    List<Forecast.Row> all = new java.util.ArrayList<>(f.rows());
    all.addAll(f.totals());
    all.add(f.year());
    for (Forecast.Row r : all) {
      String at = r.participant() + " " + r.period();
      assertTrue(r.earnedSoFar().compareTo(r.p10()) <= 0, at + ": earned so far <= P10");
      assertTrue(r.p10().compareTo(r.p50()) <= 0, at + ": P10 <= P50");
      assertTrue(r.p50().compareTo(r.p90()) <= 0, at + ": P50 <= P90");
      assertTrue(r.p90().compareTo(r.allWon()) <= 0, at + ": P90 <= all won");
    }
  }

  @Test
  void theSameSeedGivesTheSameForecastAtAnyThreadCount() throws IOException {
    Path plan = plan(STAGES, DEALS);
    Forecast one =
        forecast(new Forecasts.Request(plan, null, AS_OF, 500, 11, false, 20, null, null, 1));
    Forecast four =
        forecast(new Forecasts.Request(plan, null, AS_OF, 500, 11, false, 20, null, null, 4));
    assertEquals(one, four);
    Forecast other =
        forecast(new Forecasts.Request(plan, null, AS_OF, 500, 12, false, 20, null, null, 4));
    assertTrue(!one.totals().equals(other.totals()), "another seed, other draws");
  }

  @Test
  void learnedRatesAreTheShareOfDealsThatReachedAStageAndWereWon() throws IOException {
    String stages = "stages early, late, won, lost with win rates won 100%, lost 0%\n";
    Forecast f =
        forecast(
            new Forecasts.Request(
                plan(stages, DEALS), null, AS_OF, 100, 1, true, 0, null, null, 0));
    assertTrue(f.learnedRates());
    // won: d1, d5 (2); lost: d6 (1); early: d3 (1); late: d2, d4 (2).
    // early: reached by every deal: 2 won / (2 + 1 + 1 + 2) = 33.33%
    // late: reached by late, won and lost deals: 2 / (2 + 1 + 2) = 40.00%
    assertEquals(
        List.of(
            new Forecast.StageRate("early", m("0.3333"), "open"),
            new Forecast.StageRate("late", m("0.4000"), "open"),
            new Forecast.StageRate("won", m("1.00"), "won"),
            new Forecast.StageRate("lost", m("0.00"), "lost")),
        f.rates());
  }

  @Test
  void aBudgetGivesTheShareOfRunsOverItAndTheMeanOverrun() throws IOException {
    // the plan's whole payout is 100.00 (d1) + 50.00 (d5) + the open deals won: it exceeds
    // 1,200.00 in no run (all won: 100 + 50 + 200 + 400 + 300 = 1,050.00) and 150.00 in every
    // run (the certain deals alone pay 150.00, so the overrun only counts the open deals won)
    Path plan = plan(STAGES, DEALS);
    Forecast none =
        forecast(new Forecasts.Request(plan, null, AS_OF, 300, 5, false, 0, m("1200"), null, 0));
    assertEquals(0, none.budget().runsOver());
    assertEquals(m("0.00"), none.budget().expectedOverrun());
    Forecast f =
        forecast(new Forecasts.Request(plan, null, AS_OF, 300, 5, false, 0, m("149.99"), null, 0));
    assertEquals(300, f.budget().runsOver());
    assertEquals(m("1.0000"), f.budget().probabilityOver());
    // the mean overrun is the mean whole payout less 149.99
    assertEquals(f.year().mean().subtract(m("149.99")), f.budget().expectedOverrun());
  }

  @Test
  void anotherPlanIsComparedOnTheSameOutcomes() throws IOException {
    Path a = plan(STAGES, DEALS);
    Path b = dir.resolve("b.comp");
    Files.writeString(
        b, HEADER + STAGES + BODY.replace("pay 10% of bookings", "pay 12% of bookings"));
    Forecast f = forecast(new Forecasts.Request(a, null, AS_OF, 400, 9, false, 0, null, b, 0));
    // B pays 12% where A pays 10%, on the same outcomes: run by run B - A is 20% of A, so the
    // difference's quantiles are 20% of A's (both linear, the same order of runs)
    Forecast.Row totalA = row(f.totals(), Forecast.TOTAL, Forecast.ALL_OPEN);
    Forecast.Row diff = row(f.versus().difference(), "B - A", Forecast.ALL_OPEN);
    assertEquals(totalA.p50().multiply(m("0.2")).setScale(2), diff.p50());
    assertEquals(totalA.p90().multiply(m("0.2")).setScale(2), diff.p90());
    assertEquals(
        m("576.00"), row(f.versus().totals(), Forecast.TOTAL, Forecast.ALL_OPEN).stageWeighted());
  }

  // ---- errors -----------------------------------------------------------------------------

  private List<Diagnostic> errors(Forecasts.Request request) {
    Diagnostics diags = new Diagnostics();
    assertNull(Forecasts.forecast(request, diags));
    return diags.all().stream().filter(Diagnostic::isError).toList();
  }

  private static void assertCode(Code code, List<Diagnostic> errors) {
    assertTrue(
        errors.stream().anyMatch(d -> d.code() == code), () -> code + " expected: " + errors);
  }

  @Test
  void planErrorsInTheWinRates() throws IOException {
    String[][] cases = {
      {"stages open, won with win rates open 120%, won 100%\n", "E0470"},
      {"stages open, won with win rates opne 20%, won 100%\n", "E0471"},
      {"stages open, won with win rates open 20%, open 30%, won 100%\n", "E0472"},
      {"stages open, won with win rates open 20%, won 90%\n", "E0473"},
      {"stages open, won with win rates open 100%, won 100%\n", "E0473"},
    };
    for (String[] c : cases) {
      List<Diagnostic> errors =
          errors(
              new Forecasts.Request(
                  plan(
                      c[0],
                      DEALS
                          .replace("late", "open")
                          .replace("early", "open")
                          .replace("lost", "open")),
                  null,
                  AS_OF,
                  10,
                  1));
      assertCode(Code.valueOf(c[1]), errors);
    }
  }

  @Test
  void runsZeroIsRefused() throws IOException {
    assertCode(Code.E0790, errors(new Forecasts.Request(plan(STAGES, DEALS), null, AS_OF, 0, 1)));
    assertEquals(
        "error[E0790]: --runs 0 runs no simulation", // the flag is the place
        errors(new Forecasts.Request(plan(STAGES, DEALS), null, AS_OF, 0, 1)).get(0).oneLine());
  }

  /** Where each bad input is reported: the file, line and column (a data cell names its field). */
  @Test
  void badInputIsReportedAtItsPlace() throws IOException {
    // a win rate of 120%: the plan's line 6 (after the 5-line header), the rate at column 33
    List<Diagnostic> rate =
        errors(
            new Forecasts.Request(
                plan("stages open, won with win rates open 120%, won 100%\n", DEALS),
                null,
                AS_OF,
                10,
                1));
    assertEquals(1, rate.size(), rate.toString());
    assertTrue(
        rate.get(0)
            .oneLine()
            .endsWith("plan.comp:6:33: error[E0470]: a win rate of 120%" + " is no probability"),
        rate.get(0).oneLine());
    // d3 (line 4 of deals.csv) in `early`, which has no rate: its stage cell, column 16
    String noRate = "stages early, late, won, lost with win rates late 50%, won 100%, lost 0%\n";
    List<Diagnostic> stage = errors(new Forecasts.Request(plan(noRate, DEALS), null, AS_OF, 10, 1));
    assertTrue(
        stage.get(0).oneLine().contains("deals.csv:4:16: error[E0791]"), stage.get(0).oneLine());
    // a stage the plan does not declare: the data cell, when the deals are read
    List<Diagnostic> unknown =
        errors(
            new Forecasts.Request(
                plan(STAGES, DEALS.replace("d3,ann,4000.00,early", "d3,ann,4000.00,erly")),
                null,
                AS_OF,
                10,
                1));
    assertTrue(
        unknown.get(0).oneLine().contains("deals.csv:4:16: error[E0506]"),
        unknown.get(0).oneLine());
    // no expected close date: the empty cell, column 22
    Path plan =
        plan(STAGES, DEALS.replace("d3,ann,4000.00,early,2027-11-05", "d3,ann,4000.00,early,"));
    Files.writeString(
        plan, Files.readString(plan).replace("close_date: date", "close_date: date optional"));
    List<Diagnostic> date = errors(new Forecasts.Request(plan, null, AS_OF, 10, 1));
    assertTrue(
        date.get(0).oneLine().contains("deals.csv:4:22: error[E0792]"), date.get(0).oneLine());
    // an as-of date before the data: the first deal's date, d6's on line 7, column 20
    List<Diagnostic> early =
        errors(new Forecasts.Request(plan(STAGES, DEALS), null, LocalDate.of(2027, 6, 30), 10, 1));
    assertTrue(
        early
            .get(0)
            .oneLine()
            .contains(
                "deals.csv:7:20: error[E0793]: the as-of date 2027-06-30 is"
                    + " before the data: the first deal, here, is dated 2027-07-01"),
        early.get(0).oneLine());
  }

  @Test
  void anOpenDealInAStageWithoutAWinRateIsRefused() throws IOException {
    String stages = "stages early, late, won, lost with win rates late 50%, won 100%, lost 0%\n";
    List<Diagnostic> errors =
        errors(new Forecasts.Request(plan(stages, DEALS), null, AS_OF, 10, 1));
    assertCode(Code.E0791, errors);
    assertTrue(errors.get(0).message().contains("line 4"), errors.get(0).message()); // d3
  }

  @Test
  void anOpenDealWithoutAnExpectedCloseDateIsRefused() throws IOException {
    Path plan =
        plan(STAGES, DEALS.replace("d3,ann,4000.00,early,2027-11-05", "d3,ann,4000.00,early,"));
    Files.writeString(
        plan, Files.readString(plan).replace("close_date: date", "close_date: date optional"));
    assertCode(Code.E0792, errors(new Forecasts.Request(plan, null, AS_OF, 10, 1)));
  }

  @Test
  void anAsOfDateBeforeTheDataIsRefused() throws IOException {
    assertCode(
        Code.E0793,
        errors(new Forecasts.Request(plan(STAGES, DEALS), null, LocalDate.of(2027, 6, 30), 10, 1)));
  }

  @Test
  void aPlanWithoutWinRatesIsRefused() throws IOException {
    String stages = "stages early, late, won, lost\n";
    assertCode(Code.E0794, errors(new Forecasts.Request(plan(stages, DEALS), null, AS_OF, 10, 1)));
    assertCode(
        Code.E0794,
        errors(
            new Forecasts.Request(
                plan(stages, DEALS), null, AS_OF, 10, 1, true, 0, null, null, 0)));
  }

  @Test
  void plansOnOtherDealsCannotBeCompared() throws IOException {
    Path a = plan(STAGES, DEALS);
    // plan B reads other deals (two rows): run i's outcome of A's deals means nothing for B's
    Files.writeString(
        dir.resolve("other-deals.csv"),
        "id,owner,amount,stage,close_date\nd1,ann,1000.00,won,2027-07-10\nd2,ann,2.00,late,2027-09-20\n");
    Path b = dir.resolve("b.comp");
    Files.writeString(b, HEADER + STAGES + BODY.replace("\"deals.csv\"", "\"other-deals.csv\""));
    assertCode(
        Code.E0796, errors(new Forecasts.Request(a, null, AS_OF, 10, 1, false, 0, null, b, 0)));
  }

  @Test
  void dealsWithoutAStageCannotBeForecast() throws IOException {
    // the plan has win rates but its deals no stage field: nothing says which deals are open
    Path plan = plan(STAGES, DEALS);
    Files.writeString(
        plan,
        Files.readString(plan)
            .replace("  stage: stage\n", "")
            .replace("credit deals where stage is won to owner", "credit deals to owner"));
    assertCode(Code.E0795, errors(new Forecasts.Request(plan, null, AS_OF, 10, 1)));
  }
}
