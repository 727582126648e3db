package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Weekly and two-week pay periods, and amounts spread by days (issue 15.5). The plan is effective
 * 2027-01-01 (a Friday) to 2027-12-31, so week n runs from 2027-01-01 + 7 (n - 1) days for 7 days,
 * Friday to Thursday, and week 53 is Dec 31 alone (365 = 52 x 7 + 1). The quarters: Q1 = Jan 1 ..
 * Mar 31 (90 days) is weeks 1-12 and 6 days of week 13 (Mar 26 .. Apr 1); Q2 = Apr 1 .. Jun 30 (91
 * days) is 1 day of week 13, weeks 14-25 and 6 days of week 26 (Jun 25 .. Jul 1); Q3 = Jul 1 .. Sep
 * 30 (92 days) is 1 day of week 26 and weeks 27-39; Q4 = Oct 1 .. Dec 31 (92 days) is weeks 40-52
 * and week 53 (Oct 1 = Jan 1 + 273 days = 39 weeks).
 */
class WeeklyPeriodsTest {
  @TempDir Path dir;

  private static final String INPUTS =
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

      credit deals where stage is closed_won to owner on close_date

      bookings = sum of amount
      """;

  private static final String PEOPLE = "id,role\nann,ae\n";

  /** ann books 1,000 in week 1, 2,000 in week 2, 4,000 in week 3 and 8,000 in week 5. */
  private static final String DEALS =
      """
      id,owner,amount,stage,close_date
      A1,ann,1000,closed_won,2027-01-01
      A2,ann,2000,closed_won,2027-01-10
      A3,ann,4000,closed_won,2027-01-20
      A4,ann,8000,closed_won,2027-01-29
      """;

  private static final String WEEKLY =
      bare("USD", "weekly", "2027-01-01 to 2027-12-31")
          + INPUTS
          + """
          quota = 91_000 per quarter

          component "Spread":
            pay 30 per quarter spread by days
          component "Quota":
            pay quota
          component "Quota YTD":
            pay (quota year to date) / 1_000
          component "Weekly pay":
            pay 700 per week
          component "Per period":
            pay 50 per period
          component "Trailing":
            pay (bookings trailing 4 weeks) / 1_000
          component "YTD":
            pay (bookings year to date) / 1_000
          component "Week 5 SPIF":
            pay 100 per deal where close_date in 2027-W05
          component "Capped":
            pay 10% of bookings
            cap 1_000 per year
          component "Cumulative" cumulative over year:
            marginal tiers on bookings
              from 0 pay 10%
              from 5_000 pay 20%
          """;

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # 30 per quarter by days, each part rounded, the quarter's last part the remainder.
      # Q1: weeks 1-12 get 30 x 7/90 = 2.333.. -> 2.33 each (12 x 2.33 = 27.96); the last part
      # (Mar 26 .. 31, 6 days) is 30.00 - 27.96 = 2.04 (not 2.00): 27.96 + 2.04 = 30.00.
      Spread      | 2027-W01 | 2.33
      Spread      | 2027-W12 | 2.33
      # week 13 also holds Apr 1 of Q2 (91 days): 30 x 1/91 = 0.3296.. -> 0.33; 2.04 + 0.33
      Spread      | 2027-W13 | 2.37
      # Q2: 30 x 7/91 = 2.3076.. -> 2.31
      Spread      | 2027-W14 | 2.31
      # Q2's last part (Jun 25 .. 30): 30 - 0.33 - 12 x 2.31 = 1.95; plus Jul 1 of Q3 (92 days):
      # 30 x 1/92 = 0.326.. -> 0.33; 1.95 + 0.33 = 2.28
      Spread      | 2027-W26 | 2.28
      # Q3: 30 x 7/92 = 2.2826.. -> 2.28; its last week 39 (Sep 24 .. 30): 30 - 0.33 - 12 x 2.28 = 2.31
      Spread      | 2027-W27 | 2.28
      Spread      | 2027-W39 | 2.31
      # Q4: weeks 40-52 at 2.28 (29.64); week 53 (Dec 31) the remainder 0.36
      Spread      | 2027-W53 | 0.36
      # quota 91,000 per quarter, money, the same rule: 91,000 x 7/90 = 7,077.777.. -> 7,077.78;
      # week 13: Q1's remainder 91,000 - 12 x 7,077.78 = 6,066.64, plus 1 day of Q2 at 1,000.00
      Quota       | 2027-W01 | 7077.78
      Quota       | 2027-W13 | 7066.64
      Quota       | 2027-W14 | 7000.00
      # Q2's remainder 91,000 - 1,000 - 12 x 7,000 = 6,000.00, plus Jul 1: 91,000 / 92 = 989.13
      Quota       | 2027-W26 | 6989.13
      # the year to date's quota at week 13: all of Q1 (91,000) and Apr 1 (1,000): 92 thousand
      Quota YTD   | 2027-W13 | 92.00
      Quota YTD   | 2027-W53 | 364.00
      # 700 per week is 700 for each 7 days: week 53 has 1 day, 700 x 1/7 = 100.00
      Weekly pay  | 2027-W01 | 700.00
      Weekly pay  | 2027-W53 | 100.00
      # per period: whole in every pay period, however short
      Per period  | 2027-W53 | 50.00
      # trailing 4 weeks: week 4 = weeks 1-4 = 1,000 + 2,000 + 4,000 + 0; week 5 = weeks 2-5 =
      # 2,000 + 4,000 + 0 + 8,000; week 6 = weeks 3-6 = 4,000 + 0 + 8,000 + 0 (thousands)
      Trailing    | 2027-W04 | 7.00
      Trailing    | 2027-W05 | 14.00
      Trailing    | 2027-W06 | 12.00
      YTD         | 2027-W05 | 15.00
      YTD         | 2027-W53 | 15.00
      # A4 (Jan 29) is the one deal closed in week 5 (Jan 29 .. Feb 4)
      Week 5 SPIF | 2027-W05 | 100.00
      Week 5 SPIF | 2027-W04 | 0.00
      # 10% a week: 100, 200, 400 (700 so far); week 5's 800 is cut at the year's cap of 1,000: 300
      Capped      | 2027-W03 | 400.00
      Capped      | 2027-W05 | 300.00
      # cumulative: year to date 1,000 -> 100; 3,000 -> 300, pays 200; 7,000 -> 500 + 2,000 x 20%
      # = 900, pays 600; week 5: 15,000 -> 500 + 10,000 x 20% = 2,500, pays 2,500 - 900 = 1,600
      Cumulative  | 2027-W01 | 100.00
      Cumulative  | 2027-W02 | 200.00
      Cumulative  | 2027-W03 | 600.00
      Cumulative  | 2027-W05 | 1600.00
      """)
  void weeklyPlan(String component, String period, String expected) {
    Evaluation ev = runFiles(dir, WEEKLY, "people.csv", PEOPLE, "deals.csv", DEALS);
    money(expected, lineTotal(ev, "ann", period, component), component + " " + period);
  }

  @Test
  void theSpreadPartsOfAQuarterAddUpToIt() {
    Evaluation ev = runFiles(dir, WEEKLY, "people.csv", PEOPLE, "deals.csv", DEALS);
    BigDecimal weeks1to13 = BigDecimal.ZERO, year = BigDecimal.ZERO;
    for (int w = 1; w <= 53; w++) {
      BigDecimal part = lineTotal(ev, "ann", String.format("2027-W%02d", w), "Spread");
      if (w <= 13) weeks1to13 = weeks1to13.add(part);
      year = year.add(part);
    }
    // weeks 1-13 are Q1 whole (30.00) and Apr 1 of Q2 (0.33)
    money("30.33", weeks1to13);
    // four quarters of 30.00
    money("120.00", year);
    assertEquals(53, ev.rows().stream().filter(r -> r.participant().equals("ann")).count());
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # two weeks from Jan 1: period 1 = Jan 1 .. 14; 700 per week = 1,400 each
      Weekly pay | 2027-P01 | 1400.00
      # period 27 is Dec 31 alone: 700 x 1/7
      Weekly pay | 2027-P27 | 100.00
      # Q1 by days: periods 1-6 (84 days) get 30 x 14/90 = 4.666.. -> 4.67 (6 x 4.67 = 28.02);
      # period 7 (Mar 26 .. Apr 8) gets Q1's remainder 1.98 and 8 days of Q2: 30 x 8/91 = 2.637..
      # -> 2.64; 1.98 + 2.64 = 4.62
      Spread     | 2027-P01 | 4.67
      Spread     | 2027-P07 | 4.62
      # trailing 2 weeks is one pay period: period 1 = A1 + A2 (Jan 1, Jan 10) = 3,000
      Trailing   | 2027-P01 | 3.00
      # period 3 (Jan 29 .. Feb 11) holds A4
      Trailing   | 2027-P03 | 8.00
      """)
  void twoWeekPlan(String component, String period, String expected) {
    String plan =
        bare("USD", "every two weeks", "2027-01-01 to 2027-12-31")
            + INPUTS
            + """
            component "Weekly pay":
              pay 700 per week
            component "Spread":
              pay 30 per quarter spread by days
            component "Trailing":
              pay (bookings trailing 2 weeks) / 1_000
            """;
    Evaluation ev = runFiles(dir, plan, "people.csv", PEOPLE, "deals.csv", DEALS);
    money(expected, lineTotal(ev, "ann", period, component), component + " " + period);
  }

  @Test
  void biweeklyIsEveryTwoWeeks() {
    String plan =
        bare("USD", "biweekly", "2027-01-01 to 2027-12-31")
            + INPUTS
            + "component \"Weekly pay\":\n  pay 700 per week\n";
    Evaluation ev = runFiles(dir, plan, "people.csv", PEOPLE, "deals.csv", DEALS);
    assertEquals(27, ev.rows().size());
    money("1400.00", payout(ev, "ann", "2027-P02"));
  }

  /**
   * 100.00 per quarter spread by days over monthly pay periods: 100 x 31/90 = 34.444.. -> 34.44,
   * 100 x 28/90 = 31.111.. -> 31.11, and March the remainder 100.00 - 65.55 = 34.45; without
   * `spread by days` the quarter is split evenly as before (SEMANTICS 13a): 33.33, 33.33, 33.34.
   */
  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      By days | 2027-01 | 34.44
      By days | 2027-02 | 31.11
      By days | 2027-03 | 34.45
      Evenly  | 2027-01 | 33.33
      Evenly  | 2027-02 | 33.33
      Evenly  | 2027-03 | 33.34
      # Q2: April 30, May 31, June 30 of 91 days: 32.97 (32.967..), 34.07 (34.065..), 32.96
      By days | 2027-04 | 32.97
      By days | 2027-05 | 34.07
      By days | 2027-06 | 32.96
      # a year spread by days over months: 1,200 x 31/365 = 101.917.. -> 101.92 in January
      Year    | 2027-01 | 101.92
      """)
  void monthlySpreadByDays(String component, String period, String expected) {
    String plan =
        bare("USD", "monthly", "2027-01-01 to 2027-12-31")
            + INPUTS
            + """
            component "By days":
              pay 100 per quarter spread by days
            component "Evenly":
              pay 100 per quarter
            component "Year":
              pay 1_200 per year spread by days
            """;
    Evaluation ev = runFiles(dir, plan, "people.csv", PEOPLE, "deals.csv", DEALS);
    money(expected, lineTotal(ev, "ann", period, component), component + " " + period);
  }

  /**
   * SEMANTICS 4 on weeks: a ramp month's share applies to the weeks that start in that month; a
   * start inside a week without a ramp prorates that week by active days.
   */
  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # ramp 0%, 50%, 100%, start Jan 15: weeks starting in January (month 1) carry 0% ...
      ramp new hires 0%, 50%, 100% | 2027-W03 | 0.00
      # ... week 5 (Jan 29 .. Feb 4) too: it starts in January
      ramp new hires 0%, 50%, 100% | 2027-W05 | 0.00
      # week 6 (Feb 5 .. 11) starts in February, month 2: 50% of 7,000
      ramp new hires 0%, 50%, 100% | 2027-W06 | 3500.00
      # week 10 (Mar 5 .. 11), month 3: 100%
      ramp new hires 0%, 50%, 100% | 2027-W10 | 7000.00
      # no ramp: week 3 (Jan 15 .. 21) is active from its first day: all of it
      # (the week before, Jan 8 .. 14, is before the start: 0)
      -                            | 2027-W02 | 0.00
      -                            | 2027-W03 | 7000.00
      """)
  void rampsAndProrationOnWeeks(String ramp, String period, String expected) {
    String plan =
        bare("USD", "weekly", "2027-01-01 to 2027-12-31")
            + """
            input people from "people.csv":
              id: text
              role: text
              start_date: date optional

            input deals from "deals.csv":
              id: text
              owner: person
              amount: money
              stage: stage
              close_date: date

            credit deals where stage is closed_won to owner on close_date

            """
            + (ramp.equals("-") ? "" : ramp + "\n")
            + """
            quota = 7_000 per week
            component "Quota probe":
              pay quota
            """;
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id,role,start_date\nann,ae,2027-01-15\n",
            "deals.csv",
            "id,owner,amount,stage,close_date\n");
    money(expected, lineTotal(ev, "ann", period, "Quota probe"), ramp + " " + period);
  }

  /** A start on Wednesday Jan 13 prorates week 2 (Jan 8 .. 14): 2 of 7 days, 7,000 x 2/7. */
  @Test
  void aStartInsideAWeekProratesIt() {
    String plan =
        bare("USD", "weekly", "2027-01-01 to 2027-12-31")
            + """
            input people from "people.csv":
              id: text
              role: text
              start_date: date optional

            input deals from "deals.csv":
              id: text
              owner: person
              amount: money
              stage: stage
              close_date: date

            credit deals where stage is closed_won to owner on close_date

            quota = 7_000 per week
            component "Quota probe":
              pay quota
            """;
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id,role,start_date\nann,ae,2027-01-13\n",
            "deals.csv",
            "id,owner,amount,stage,close_date\n");
    money("2000.00", lineTotal(ev, "ann", "2027-W02", "Quota probe"));
    money("7000.00", lineTotal(ev, "ann", "2027-W03", "Quota probe"));
  }

  /**
   * A quotas table on a weekly plan: a quarter's row is split over the weeks by days as `91_000 per
   * quarter` is; a week's row belongs to that week. Rows: Q1 91,000, Q2 91,000, week 30 5,000.
   */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    // 91,000 x 7/90 = 7,077.777.. -> 7,077.78
    "2027-W01, 7077.78",
    // Q1's remainder 91,000 - 12 x 7,077.78 = 6,066.64, and Apr 1: 91,000 / 91 = 1,000.00
    "2027-W13, 7066.64",
    "2027-W14, 7000.00",
    // Q2's remainder 91,000 - 1,000 - 12 x 7,000 = 6,000.00; Q3 has no row
    "2027-W26, 6000.00",
    "2027-W30, 5000.00",
    "2027-W31, 0.00"
  })
  void aQuotasTableIsSplitOverTheWeeks(String period, String expected) {
    String plan =
        bare("USD", "weekly", "2027-01-01 to 2027-12-31")
            + INPUTS
            + """
            input quotas from "quotas.csv":
              rep: person
              quarter: period
              amount: money

            quota = quotas.amount
            quota_ytd = quota year to date
            component "Quota probe":
              pay quota
            component "YTD probe":
              pay quota_ytd / 1_000
            """;
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            PEOPLE,
            "deals.csv",
            DEALS,
            "quotas.csv",
            "rep,quarter,amount\nann,2027-Q1,91000\nann,2027-Q2,91000\nann,2027-W30,5000\n");
    money(expected, lineTotal(ev, "ann", period, "Quota probe"), period);
    if (period.equals("2027-W13")) // the year to date: Q1 whole and Apr 1
    money("92.00", lineTotal(ev, "ann", period, "YTD probe"), "ytd");
  }
}
