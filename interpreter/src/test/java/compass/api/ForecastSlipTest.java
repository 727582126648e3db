package compass.api;

import static compass.api.ForecastsTest.BODY;
import static compass.api.ForecastsTest.DEALS;
import static compass.api.ForecastsTest.HEADER;
import static compass.api.ForecastsTest.STAGES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The slip of close dates in a forecast (issue 18): the plan's {@code close dates slip ...}, per
 * stage; {@code --slip} replacing it; the rule that stage-weighted and all-won take no slip; and
 * the plan errors, with their positions. The deals are ForecastsTest's: as of 2027-08-15, d2 (ann,
 * late 50%, 2,000, 2027-09-20), d3 (ann, early 20%, 4,000, 2027-11-05), d4 (bob, late 50%, 3,000,
 * overdue: 2027-08-16) are open; the plan pays 10% of bookings and ends on 2027-12-31.
 */
class ForecastSlipTest {
  @TempDir Path dir;

  private static final LocalDate AS_OF = LocalDate.of(2027, 8, 15);

  private Path plan(String slip) throws IOException {
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\nbob,ae\n");
    Files.writeString(dir.resolve("deals.csv"), DEALS);
    Path plan = dir.resolve("plan.comp");
    Files.writeString(plan, HEADER + STAGES + slip + BODY);
    return plan;
  }

  private static Forecast forecast(Path plan, int runs, long seed, Integer slipDays) {
    Diagnostics diags = new Diagnostics();
    Forecast f =
        Forecasts.forecast(
            new Forecasts.Request(plan, null, AS_OF, runs, seed, false, slipDays, null, null, 0),
            diags);
    assertNotNull(f, () -> diags.all().toString());
    return f;
  }

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
  void aDealThatSlipsOutOfItsPeriodIsNotPaidThere() throws IOException {
    // late deals slip 11 to 30 days: d2 (2027-09-20) always closes in Q4 (2027-10-01 to 10-20);
    // d4 (overdue, 2027-08-16) stays in Q3 (08-27 to 09-15). Early deals slip 60 to 90 days: d3
    // (2027-11-05) always closes in 2028 (01-04 to 02-03), after the plan: it is never paid.
    Path plan = plan("close dates slip early 60 to 90 days, late 11 to 30 days\n");
    int runs = 20_000;
    Forecast f = forecast(plan, runs, 5, null);
    assertEquals(
        List.of(new Forecast.Slip("early", 60, 90), new Forecast.Slip("late", 11, 30)), f.slips());
    assertFalse(f.slipFromCommandLine());
    // ann Q3: only d1 (10% x 1,000) in every run
    Forecast.Row annQ3 = row(f.rows(), "ann", "2027-Q3");
    for (BigDecimal v : List.of(annQ3.mean(), annQ3.p10(), annQ3.p50(), annQ3.p90()))
      assertEquals(m("100.00"), v);
    // the documented rule: stage-weighted and all-won count each open deal on its expected close
    // date, without slip: 10% x (1,000 + 50% x 2,000) = 200.00 and 10% x 3,000 = 300.00
    assertEquals(m("200.00"), annQ3.stageWeighted());
    assertEquals(m("300.00"), annQ3.allWon());
    // ann Q4: d2 slipped in when won (half the runs): 0.00 or 200.00; d3 never
    Forecast.Row annQ4 = row(f.rows(), "ann", "2027-Q4");
    assertEquals(m("0.00"), annQ4.p10());
    assertEquals(m("200.00"), annQ4.p90());
    // the mean is 50% x 200.00 = 100.00; a run's sd 100.00, the mean's 100 / sqrt(20,000) = 0.71:
    // tolerance 5 sd = 3.54 (the seed is fixed, so the test is deterministic)
    assertTrue(annQ4.mean().subtract(m("100.00")).abs().compareTo(m("3.54")) <= 0, "" + annQ4);
    assertEquals(m("80.00"), annQ4.stageWeighted()); // d3 at 2027-11-05: 10% x 20% x 4,000
    assertEquals(m("400.00"), annQ4.allWon());
    // bob Q3: d5 (50.00) in every run, d4 (300.00) in half: 50.00 or 350.00
    Forecast.Row bobQ3 = row(f.rows(), "bob", "2027-Q3");
    assertEquals(m("50.00"), bobQ3.p10());
    assertEquals(m("350.00"), bobQ3.p90());
    // over the open periods (a linear plan): no run pays more than all won, 1,050.00; the most a
    // run pays is 100 + 50 + 200 + 300 = 650.00, d3 having slipped out of the plan
    Forecast.Row total = row(f.totals(), Forecast.TOTAL, Forecast.ALL_OPEN);
    assertEquals(m("1050.00"), total.allWon());
    assertEquals(m("650.00"), total.p90());
  }

  @Test
  void eachRunDrawsTheSlipUniformlyFromTheRange() throws IOException {
    // late deals slip 0 to 20 days: d2 (2027-09-20) stays in Q3 for a slip of 0 to 10 days, 11 of
    // the 21 equally likely slips. ann Q3 pays 100.00 + 200.00 when d2 is won and stays, with
    // probability p = 50% x 11/21 = 0.26190: a mean of 100 + 200 p = 152.38. A run's sd is
    // 200 sqrt(p (1 - p)) = 87.93, the mean's 87.93 / sqrt(20,000) = 0.62: tolerance 5 sd = 3.11.
    Forecast f = forecast(plan("close dates slip late 0 to 20 days\n"), 20_000, 8, null);
    Forecast.Row annQ3 = row(f.rows(), "ann", "2027-Q3");
    BigDecimal gap = annQ3.mean().subtract(m("152.38")).abs();
    assertTrue(gap.compareTo(m("3.11")) <= 0, () -> "mean " + annQ3.mean() + " is off by " + gap);
    // early deals have no range of their own and none for every stage: they do not slip
    assertEquals(List.of(new Forecast.Slip("late", 0, 20)), f.slips());
  }

  @Test
  void aRangeWithoutAStageIsOfEveryStageWithoutItsOwn() throws IOException {
    Forecast f = forecast(plan("close dates slip 0 to 7 days, early 1 to 90 days\n"), 10, 1, null);
    assertEquals(
        List.of(new Forecast.Slip("early", 1, 90), new Forecast.Slip("late", 0, 7)), f.slips());
  }

  @Test
  void theCommandLinesSlipReplacesThePlans() throws IOException {
    Path plan = plan("close dates slip early 60 to 90 days, late 11 to 30 days\n");
    Forecast off = forecast(plan, 1_000, 3, 0);
    assertEquals(List.of(), off.slips());
    // --slip 0: no slip at all, the very draws of the plan without a `close dates slip` line
    Forecast none = forecast(plan(""), 1_000, 3, null);
    assertEquals(none.rows(), off.rows());
    assertEquals(none.totals(), off.totals());
    Forecast five = forecast(plan, 10, 3, 5);
    assertTrue(five.slipFromCommandLine());
    assertEquals(
        List.of(new Forecast.Slip("early", 0, 5), new Forecast.Slip("late", 0, 5)), five.slips());
  }

  @Test
  void aSlipTheCommandLineCannotUseIsRefused() throws IOException {
    Path plan = plan("");
    for (int days : new int[] {-1, 3651}) {
      Diagnostics diags = new Diagnostics();
      assertNull(
          Forecasts.forecast(
              new Forecasts.Request(plan, null, AS_OF, 10, 1, false, days, null, null, 0), diags));
      assertEquals(
          "error[E0790]: --slip " + days + " is no number of days a close date slips",
          diags.all().get(0).oneLine());
    }
  }

  /** Each bad range, the position (line 7 is the `close dates slip` line) and the message. */
  @Test
  void badRangesArePlanErrorsAtTheirPlace() throws IOException {
    String[][] cases = {
      {"close dates slip -5 to 10 days", "7:18: error[E0480]: a close date slips later, never"},
      {"close dates slip 30 to 10 days", "7:18: error[E0480]: the range 30 to 10 days is reversed"},
      {"close dates slip late 1.5 to 3 days", "7:23: error[E0480]: 1.5 is no whole number of days"},
      {"close dates slip 0 to 4000 days", "7:23: error[E0480]: 4000 days is more than ten years"},
      {"close dates slip lte 0 to 3 days", "7:18: error[E0481]: `lte` is not one of the plan's"},
      {
        "close dates slip late 0 to 3 days, late 1 to 2 days",
        "7:36: error[E0482]: the slip of `late` is given twice"
      },
      {
        "close dates slip 0 to 3 days, 1 to 2 days",
        "7:31: error[E0482]: two ranges are given for every stage"
      },
      {
        "close dates slip 0 to 3 days\nclose dates slip 0 to 4 days",
        "8:1: error[E0482]: the close dates slip twice"
      },
    };
    for (String[] c : cases) {
      Diagnostics diags = new Diagnostics();
      assertNull(
          Forecasts.forecast(new Forecasts.Request(plan(c[0] + "\n"), null, AS_OF, 10, 1), diags));
      List<Diagnostic> errors = diags.all().stream().filter(Diagnostic::isError).toList();
      assertEquals(1, errors.size(), c[0] + ": " + errors);
      assertTrue(errors.get(0).oneLine().contains("plan.comp:" + c[1]), errors.get(0).oneLine());
    }
  }
}
