package compass.eval;

import static compass.eval.SemanticsSupport.*;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures over another span (issue 15): `bookings year to date` and `bookings trailing 3 months`
 * in gates, `pay ... if`, `if` conditions and definitions, on a quarterly plan. Every figure is
 * worked out by hand below.
 */
class SpanMeasuresTest {
  @TempDir Path dir;

  private static final String PLAN =
      bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
          + """
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

          quota = 150_000 per quarter
          bookings = sum of amount
          attainment = bookings / quota
          bookings_ytd = bookings year to date
          ytd_attainment = attainment year to date
          quota_ytd = quota year to date
          last_half = bookings trailing 2 quarters
          last_6_months = bookings trailing 6 months

          component "Accelerator":
            pay 10% of bookings
            gate bookings year to date >= 500_000
          component "YTD kicker":
            pay 1_000 if attainment year to date >= 100%
          component "Trailing bonus":
            pay 100 if bookings trailing 3 months >= 250_000
          component "Choice":
            pay if bookings_ytd >= 500_000 then 2% of bookings_ytd else 0
          component "YTD figures":
            pay bookings_ytd / 1_000
          component "YTD quota":
            pay quota_ytd / 1_000
          component "YTD attainment":
            pay ytd_attainment of 1_000 USD
          component "Half":
            pay last_half / 1_000
          component "Six months":
            pay last_6_months / 1_000
          """;

  private static final String PEOPLE =
      """
      id,role
      ann,ae
      bob,ae
      """;

  /** ann: Q1 300,000; Q2 250,000; Q3 nothing; Q4 100,000. bob: Q2 600,000 only. */
  private static final String DEALS =
      """
      id,owner,amount,stage,close_date
      A1,ann,100000,closed_won,2027-01-20
      A2,ann,200000,closed_won,2027-03-31
      A3,ann,250000,closed_won,2027-04-01
      A4,ann,999000,closed_lost,2027-05-01
      A5,ann,100000,closed_won,2027-10-15
      B1,bob,600000,closed_won,2027-06-30
      """;

  @ParameterizedTest(name = "{0} {1} {2} = {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # Q1: YTD 300,000 < 500,000: the gate fails, nothing paid
      Accelerator    | ann | 2027-Q1 | 0.00
      # Q2: YTD 300,000 + 250,000 = 550,000 >= 500,000: pays 10% of Q2's 250,000 only
      Accelerator    | ann | 2027-Q2 | 25000.00
      # Q3: YTD still 550,000: gate passes, Q3 bookings 0
      Accelerator    | ann | 2027-Q3 | 0.00
      # Q4: YTD 650,000: 10% of Q4's 100,000
      Accelerator    | ann | 2027-Q4 | 10000.00
      # bob: Q1 YTD 0 (fails); Q2 YTD 600,000: 10% of 600,000
      Accelerator    | bob | 2027-Q1 | 0.00
      Accelerator    | bob | 2027-Q2 | 60000.00
      # YTD attainment: Q1 300,000 / 150,000 = 200% (pays); Q3 550,000 / 450,000 = 122%;
      # Q4 650,000 / 600,000 = 108%: pays every quarter
      YTD kicker     | ann | 2027-Q1 | 1000.00
      YTD kicker     | ann | 2027-Q4 | 1000.00
      # bob Q1: 0 / 150,000 = 0%; Q2 600,000 / 300,000 = 200%; Q4 600,000 / 600,000 = 100%
      YTD kicker     | bob | 2027-Q1 | 0.00
      YTD kicker     | bob | 2027-Q2 | 1000.00
      YTD kicker     | bob | 2027-Q4 | 1000.00
      # trailing 3 months on a quarterly plan is the quarter itself: Q1 300,000 >= 250,000;
      # Q2 250,000 (the lost A4 is not credited); Q3 0
      Trailing bonus | ann | 2027-Q1 | 100.00
      Trailing bonus | ann | 2027-Q2 | 100.00
      Trailing bonus | ann | 2027-Q3 | 0.00
      # Q1 300,000 < 500,000 -> 0; Q2 2% of 550,000 = 11,000; Q4 2% of 650,000 = 13,000
      Choice         | ann | 2027-Q1 | 0.00
      Choice         | ann | 2027-Q2 | 11000.00
      Choice         | ann | 2027-Q4 | 13000.00
      # the year to date's bookings in thousands: 300, 550, 550, 650
      YTD figures    | ann | 2027-Q1 | 300.00
      YTD figures    | ann | 2027-Q2 | 550.00
      YTD figures    | ann | 2027-Q3 | 550.00
      YTD figures    | ann | 2027-Q4 | 650.00
      # quota per quarter scaled to the year to date: 150, 300, 450, 600 thousand
      YTD quota      | ann | 2027-Q1 | 150.00
      YTD quota      | ann | 2027-Q2 | 300.00
      YTD quota      | ann | 2027-Q4 | 600.00
      # attainment over the year to date (550,000 / 300,000 = 183.33...%) x 1,000
      YTD attainment | ann | 2027-Q2 | 1833.33
      # 650,000 / 600,000 = 108.33...% x 1,000
      YTD attainment | ann | 2027-Q4 | 1083.33
      # trailing 2 quarters: Q1 has no quarter before the plan's first (it counts 0): 300;
      # Q2 300 + 250 = 550; Q3 250 + 0 = 250; Q4 0 + 100 = 100 (thousands)
      Half           | ann | 2027-Q1 | 300.00
      Half           | ann | 2027-Q2 | 550.00
      Half           | ann | 2027-Q3 | 250.00
      Half           | ann | 2027-Q4 | 100.00
      # trailing 6 months is the same two quarters
      Six months     | ann | 2027-Q3 | 250.00
      Six months     | bob | 2027-Q3 | 600.00
      Six months     | bob | 2027-Q4 | 0.00
      """)
  void eachSpanIsEvaluatedOverItsOwnPeriods(
      String component, String person, String period, String expected) {
    Evaluation ev = runFiles(dir, PLAN, "people.csv", PEOPLE, "deals.csv", DEALS);
    money(
        expected,
        lineTotal(ev, person, period, component),
        component + " " + person + " " + period + "\n" + dump(ev));
  }

  /**
   * A monthly plan whose fiscal year starts in October (2027-10 to 2028-09): the year to date
   * starts in October; a trailing window crosses the calendar year's end. ann books 10,000 in
   * October, 20,000 in November, 40,000 in December, 80,000 in January, nothing in February,
   * 160,000 in March.
   */
  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # trailing 3 months of December: Oct + Nov + Dec = 10 + 20 + 40 = 70 (thousands)
      Trailing 3 | 2027-12 | 70.00
      # January: Nov + Dec + Jan = 20 + 40 + 80 = 140
      Trailing 3 | 2028-01 | 140.00
      # February: Dec + Jan + Feb = 40 + 80 + 0 = 120
      Trailing 3 | 2028-02 | 120.00
      # October: August and September are before the plan, no deals: 0 + 0 + 10
      Trailing 3 | 2027-10 | 10.00
      # the year to date from October: December 10 + 20 + 40 = 70; January 70 + 80 = 150;
      # February 150 + 0; March 150 + 160 = 310
      YTD        | 2027-12 | 70.00
      YTD        | 2028-01 | 150.00
      YTD        | 2028-02 | 150.00
      YTD        | 2028-03 | 310.00
      # gate on the trailing 3 months >= 100,000, paying 1% of the month's bookings:
      # December (70,000) not met; January (140,000): 1% of 80,000 = 800
      Gated      | 2027-12 | 0.00
      Gated      | 2028-01 | 800.00
      # March: Jan + Feb + Mar = 240,000: 1% of 160,000
      Gated      | 2028-03 | 1600.00
      # quota 10,000 a month over the last quarter: 30,000 from December on; the months before
      # the plan have no quota: October 10,000, November 20,000
      Quota 3    | 2027-10 | 10.00
      Quota 3    | 2027-11 | 20.00
      Quota 3    | 2028-02 | 30.00
      """)
  void monthlySpansFollowTheFiscalYear(String component, String period, String expected) {
    String plan =
        bare("USD", "monthly", "2027-10-01 to 2028-09-30")
                .replace("  pays monthly", "  fiscal year starts October\n  pays monthly")
            + """
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

            quota = 10_000 per month
            bookings = sum of amount

            component "Trailing 3":
              pay (bookings trailing 3 months) / 1_000
            component "YTD":
              pay (bookings year to date) / 1_000
            component "Gated":
              pay 1% of bookings
              gate bookings trailing 3 months >= 100_000
            component "Quota 3":
              pay (quota trailing 1 quarter) / 1_000
            """;
    String deals =
        """
        id,owner,amount,stage,close_date
        A1,ann,10000,closed_won,2027-10-05
        A2,ann,20000,closed_won,2027-11-30
        A3,ann,40000,closed_won,2027-12-01
        A4,ann,80000,closed_won,2028-01-31
        A5,ann,160000,closed_won,2028-03-15
        """;
    Evaluation ev = runFiles(dir, plan, "people.csv", PEOPLE, "deals.csv", deals);
    money(
        expected,
        lineTotal(ev, "ann", period, component),
        component + " " + period + "\n" + dump(ev));
  }
}
