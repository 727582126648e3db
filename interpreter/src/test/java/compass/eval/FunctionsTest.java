package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each built-in function computes (compass.check.Builtin, compass.eval.Functions), exactly:
 * one component per function on one deal, every expected amount worked out by hand below.
 */
class FunctionsTest {
  @TempDir Path dir;

  /**
   * ann: one deal of 112,250 in 2027-Q1 against a quota of 100,000, so attainment is 112.25%;
   * joined 2027-02-15 and still here. bob: no deals, here from before the year, left 2027-05-10.
   * The people's dates are not called start_date and end_date, so the quota is not prorated.
   */
  private static String plan(String rounding) {
    return header("USD", "quarterly", "2027-01-01 to 2027-12-31", rounding)
            .replace(PEOPLE_FIELDS, "")
        + """
        input people from "people.csv":
          id: text
          role: text
          joined: date optional
          left: date optional

        input deals from "deals.csv":
          id: text
          owner: person
          amount: money
          stage: stage
          close_date: date

        credit deals where stage is closed_won to owner on close_date

        quota = 100_000 USD per quarter
        bookings = sum of amount
        attainment = bookings / quota

        component "Round percent":
          pay round(attainment, 1) of 10_000 USD
        component "Round number":
          pay round(2.345, 2) * 1_000
        component "Round money":
          pay round(bookings / 7, 0)
        component "Abs":
          pay abs(bookings - 150_000)
        component "Clamp high":
          pay clamp(attainment, 50%, 100%) of 1_000 USD
        component "Clamp low":
          pay clamp(attainment - 100%, 50%, 100%) of 1_000 USD
        component "Clamp inside":
          pay clamp(attainment, 100%, 200%) of 1_000 USD
        component "Min Max":
          pay min(bookings, 50_000, max(quota, 60_000)) + max(1, 2, 3)
        component "Days":
          pay days_between(2027-01-01, 2027-03-01) * 10
        component "Days backwards":
          pay (100 + days_between(2027-03-01, 2027-01-01)) * 10
        component "Days leap":
          pay days_between(2028-02-28, 2028-03-01) * 100
        component "Days per deal":
          pay days_between(close_date, 2027-03-31) per deal
        component "Prorate":
          pay prorate(9_000 per quarter, joined, left)
        component "Prorate cumulative" cumulative over year:
          pay prorate(9_000 per quarter, joined, left)
        component "Prorate flat":
          pay prorate(12_000, joined, left)
        """;
  }

  private static final String PEOPLE =
      "id,role,joined,left\nann,ae,2027-02-15,\nbob,ae,,2027-05-10\n";
  private static final String DEALS =
      "id,owner,amount,stage,close_date\nD1,ann,112250,closed_won,2027-02-10\n";

  private Evaluation run(String rounding) {
    return runFiles(dir, plan(rounding), "people.csv", PEOPLE, "deals.csv", DEALS);
  }

  @ParameterizedTest(name = "{0} {1} {2} = {3} (half_even)")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # round(112.25%, 1): places count in percent; the 5 after 112.2 goes to the even 2: 112.2% of 10,000
      Round percent      | ann | 2027-Q1 | 11220.00
      # round(2.345, 2) = 2.34 (half_even: 4 is even), x 1,000
      Round number       | ann | 2027-Q1 | 2340.00
      # 112,250 / 7 = 16,035.714... to 0 places: 16,036
      Round money        | ann | 2027-Q1 | 16036.00
      # |112,250 - 150,000| = 37,750; bob: |0 - 150,000|
      Abs                | ann | 2027-Q1 | 37750.00
      Abs                | bob | 2027-Q1 | 150000.00
      # 112.25% kept at the high bound 100%, of 1,000
      Clamp high         | ann | 2027-Q1 | 1000.00
      # 112.25% - 100% = 12.25%, raised to the low bound 50%, of 1,000
      Clamp low          | ann | 2027-Q1 | 500.00
      # 112.25% is inside [100%, 200%]: 1,122.50
      Clamp inside       | ann | 2027-Q1 | 1122.50
      # min(112,250, 50,000, max(100,000, 60,000)) = 50,000; max(1, 2, 3) = 3
      Min Max            | ann | 2027-Q1 | 50003.00
      # January's 31 days + February's 28 = 59 days, x 10
      Days               | ann | 2027-Q1 | 590.00
      # to before from is negative: 100 - 59 = 41, x 10
      Days backwards     | ann | 2027-Q1 | 410.00
      # 2028 is a leap year: 02-28 -> 02-29 -> 03-01 is 2 days, x 100
      Days leap          | ann | 2027-Q1 | 200.00
      # D1 closed 02-10: 18 days to 02-28, then 31 of March: 49
      Days per deal      | ann | 2027-Q1 | 49.00
      # Q1 has 90 days; ann is here 02-15..03-31: 14 + 31 = 45 days; 9,000 x 45 / 90
      Prorate            | ann | 2027-Q1 | 4500.00
      Prorate            | ann | 2027-Q2 | 9000.00
      # bob is here all of Q1; Q2 has 91 days, bob 04-01..05-10: 30 + 10 = 40; 9,000 x 40 / 91 = 3,956.0439...
      Prorate            | bob | 2027-Q1 | 9000.00
      Prorate            | bob | 2027-Q2 | 3956.04
      Prorate            | bob | 2027-Q3 | 0.00
      # year to date, quarter by quarter: Q2 = (4,500 + 9,000) - 4,500 paid in Q1
      Prorate cumulative | ann | 2027-Q1 | 4500.00
      Prorate cumulative | ann | 2027-Q2 | 9000.00
      # (9,000 + 3,956.0439...) - 9,000 paid in Q1
      Prorate cumulative | bob | 2027-Q2 | 3956.04
      # not an amount per period: over the span, 12,000 x 45 / 90
      Prorate flat       | ann | 2027-Q1 | 6000.00
      """)
  void eachFunctionComputesExactly(
      String component, String person, String period, String expected) {
    Evaluation ev = run("rounding half_even");
    money(
        expected,
        lineTotal(ev, person, period, component),
        component + " " + person + " " + period + "\n" + dump(ev));
  }

  @Test
  void roundFollowsThePlansRoundingMode() {
    Evaluation ev = run("rounding half_up");
    // half_up: 112.25% -> 112.3%, of 10,000 = 11,230; 2.345 -> 2.35, x 1,000 = 2,350
    money("11230.00", lineTotal(ev, "ann", "2027-Q1", "Round percent"), dump(ev));
    money("2350.00", lineTotal(ev, "ann", "2027-Q1", "Round number"), dump(ev));
  }

  @Test
  void clampBoundsTheWrongWayRoundAtRunTimeNameWhoAndWhere() {
    String plan =
        standard(
            """
        component "C":
          pay clamp(bookings, 50_000, quota - 60_000)
        """);
    String errors =
        failFiles(
            dir, plan, "people.csv", ONE_AE, "deals.csv", deals(won("D1", "1000", "2027-02-10")));
    // quota - 60,000 = 40,000 is below the low bound 50,000; the caret is on the low bound
    int line = lineOf(plan, "pay clamp(");
    int column = plan.lines().toList().get(line - 1).indexOf("50_000") + 1;
    assertTrue(
        errors.contains(
            "p.comp:"
                + line
                + ":"
                + column
                + ": error[E0607]: `clamp` has its low bound 50000"
                + " above its high bound 40000 for ann in 2027-Q1"),
        errors);
  }

  @Test
  void daysBetweenAnEmptyDateIsE0512AtTheCell() {
    String plan =
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
          go_live: date optional

        credit deals where stage is closed_won to owner on close_date

        component "C":
          pay days_between(close_date, go_live) per deal
        """;
    String errors =
        failFiles(
            dir,
            plan,
            "people.csv",
            "id,role\nann,ae\n",
            "deals.csv",
            "id,owner,amount,stage,close_date,go_live\nD1,ann,100,closed_won,2027-02-10,\n");
    assertTrue(
        errors.contains("error[E0512]: `go_live` is empty in ")
            && errors.contains("deals.csv:2 (deal D1)"),
        errors);
  }

  private static int lineOf(String text, String needle) {
    java.util.List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
    throw new AssertionError(needle);
  }

  @Test
  void everyFunctionOfTheTableIsExercisedHere() {
    String text = plan("");
    for (compass.check.Builtin b : compass.check.Builtin.values()) {
      assertTrue(text.contains(b.functionName() + "("), () -> b + " has no case in this test");
    }
    assertEquals(7, compass.check.Builtin.values().length, "a new function needs its cases here");
  }
}
