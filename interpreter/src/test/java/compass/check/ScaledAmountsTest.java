package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, point 8(b): W0117 and W0118 say in numbers what an amount per period became. Each row
 * adds lines from line 19 on (` ;; ` separates lines, `^` indents two spaces) to a quarterly plan
 * of 2027 with `bookings` and `quota = 100_000 per quarter` (lines 17, 18), and gets exactly the
 * warnings W0117 and W0118 it gets; an empty cell: none.
 */
class ScaledAmountsTest {
  private static final String BASE =
      """
      plan "Scaled" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      input people from "people.csv":
        id: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        close_date: date
        term_months: integer

      credit deals to owner on close_date
      bookings = sum of amount
      quota = 100_000 per quarter
      """;

  private static final String TIERS =
      "^marginal tiers on bookings ;; ^^from 0% pay 5% ;; ^^from 100% pay 8%";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # W0117: 120,000 per year is 30,000 in a quarter; / 4 = 7,500, and `per quarter` in a quarter keeps it: 7,500 = 120,000 / 16
      annual = 120_000 per year ;; q = annual / 4 per quarter ;; component "Bonus": ;; ^pay q | 20:5 W0117 in 2027-Q1 this is 7,500.00, 1/16 of `annual`'s 120,000.00 a year: `annual` is already 30,000.00 per quarter, and `per quarter` scales it again (hint: write `annual` (it is 30,000.00 in each quarter), or a fixed amount such as `30_000 per quarter`)
      # ... written in one line: the same 7,500
      component "Bonus": ;; ^pay (120_000 per year) / 4 per quarter | 20:7 W0117 in 2027-Q1 this is 7,500.00, 1/16 of `120_000 per year`'s 120,000.00 a year: `120_000 per year` is already 30,000.00 per quarter, and `per quarter` scales it again (hint: write `120_000 per year` (it is 30,000.00 in each quarter), or a fixed amount such as `30_000 per quarter`)
      # 1,000 per month is 3,000 in a quarter; x 3 = 9,000 a quarter (36,000 a year, not a whole share of 12,000: no fraction said)
      monthly = 1_000 per month ;; q = monthly * 3 per quarter ;; component "Bonus": ;; ^pay q | 20:5 W0117 in 2027-Q1 this is 9,000.00: `monthly` is already 3,000.00 per quarter, and `per quarter` scales it again (hint: write `monthly` (it is 3,000.00 in each quarter), or a fixed amount such as `3_000 per quarter`)
      # read from the data: said in words
      half = bookings per year ;; q = half / 2 per quarter ;; component "Bonus": ;; ^pay q | 20:5 W0117 `half` already scales with the span, and `per quarter` scales it again (hint: use `half` as it is, or write a fixed amount per period)
      # nothing to say: an amount per period used as it is, a measure divided
      annual = 120_000 per year ;; component "Bonus": ;; ^pay annual ;; ^cap bookings / 4 |
      # W0118: 12,000 per year over the year to date: Q1 3,000, Q2 6,000, Q4 12,000
      pool = 12_000 per year ;; component "Bonus" cumulative over year: ;; TIERS ;; ^cap pool | 24:7 W0118 `pool` is an amount per year, and "Bonus" is cumulative over year, so it is read over the year to date: 3,000.00 in 2027-Q1, 6,000.00 in 2027-Q2, the whole 12,000.00 only at the year's end (hint: for the year's whole amount in every period write it without `per year` (`12_000`); for an amount per period, use it in a component that is not cumulative)
      # ... a gate: 500,000 per year is 125,000 by Q1, 250,000 by Q2
      component "Bonus" cumulative over year: ;; TIERS ;; ^gate bookings >= 500_000 per year | 23:20 W0118 `500_000 per year` is an amount per year, and "Bonus" is cumulative over year, so it is read over the year to date: 125,000.00 in 2027-Q1, 250,000.00 in 2027-Q2, the whole 500,000.00 only at the year's end (hint: for the year's whole amount in every period write it without `per year` (`500_000`); for an amount per period, use it in a component that is not cumulative)
      # nothing to say: `cap ... per year` is the year's cap; a quota per quarter is the year to date's quota; a component that is not cumulative
      component "Bonus" cumulative over year: ;; TIERS ;; ^cap 50_000 per year |
      pool = 12_000 per year ;; component "Bonus": ;; TIERS ;; ^cap pool |
      """)
  void eachAmountGetsItsWarning(String added, String expected) {
    StringBuilder plan = new StringBuilder(BASE);
    for (String line : added.replace("TIERS", TIERS).strip().split(" ;; ")) {
      int depth = 0;
      while (line.charAt(depth) == '^') depth++;
      plan.append("  ".repeat(depth)).append(line.substring(depth)).append('\n');
    }
    assertEquals(expected == null ? "" : expected, check(plan.toString()), added);
  }

  static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    compass.check.CheckedPlan checked = Compass.checkText("scaled.comp", plan, diags);
    if (checked != null) Lints.lint(checked, diags);
    return diags.all().stream()
        .filter(d -> d.code().id().equals("W0117") || d.code().id().equals("W0118") || d.isError())
        .map(DiagnosticSummary::of)
        .collect(Collectors.joining(" ;; "));
  }
}
