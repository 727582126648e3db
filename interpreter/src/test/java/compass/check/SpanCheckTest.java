package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures over another span as the checker sees them (issue 15): each row is one line added to a
 * small quarterly plan, and the diagnostics it gets, exactly; an empty cell: none. The added line
 * is line 26 (a definition) or, when it is a step, line 27 in a component of its own.
 */
class SpanCheckTest {
  private static final String BASE =
      """
      plan "Spans" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31
      stages open, closed_won

      input people from "people.csv":
        id: text
        annual_quota: money

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
      big = amount > 10_000
      flat = 5_000
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # what is right gets nothing: measures, definitions of measures, amounts per period
      y = bookings year to date                                     |
      y = attainment year to date                                   |
      y = quota year to date                                        |
      y = 100_000 per quarter year to date                          |
      y = (sum of amount where amount > 1_000) year to date         |
      y = bookings trailing 3 months                                |
      y = bookings trailing 2 quarters                              |
      y = bookings trailing 1 year                                  |
      y = bookings trailing 24 months                               |
      gate bookings year to date >= annual_quota                    |
      gate bookings trailing 6 months >= 300_000                    |
      pay 100 if attainment year to date >= 100%                    |
      pay if bookings year to date > 500_000 then 1% of bookings else 0 |
      # `sum of` takes one term, so the span is on the measure: `(sum of amount) year to date`
      y = sum of amount year to date                                |
      # E0213: a deal's field has no year to date
      y = amount year to date                                       | 25:5 E0213 `amount` is a value of each deal, not a measure: it has no year to date total (hint: take a measure over the span, e.g. `(sum of amount) year to date`, or name the measure in a definition)
      y = sum of (amount year to date)                              | 25:13 E0213 `amount` is a value of each deal, not a measure: it has no year to date total (hint: take a measure over the span, e.g. `(sum of amount) year to date`, or name the measure in a definition)
      y = big year to date                                          | 25:5 E0213 only a measure or an amount can be taken year to date, but this is a yes/no value (hint: compare inside the span's value instead, e.g. `bookings year to date >= 500_000`)
      # E0213: a fixed value is the same over any span
      y = 5_000 year to date                                        | 25:5 E0213 `5_000` is a fixed value, the same over any span: `year to date` changes nothing (hint: use it on a measure (`bookings year to date`) or an amount per period (`100_000 per quarter`))
      y = flat trailing 3 months                                    | 25:5 E0213 `flat` is a fixed value, the same over any span: `trailing 3 months` changes nothing (hint: use it on a measure (`bookings trailing 3 months`) or an amount per period (`100_000 per quarter`))
      y = annual_quota year to date                                 | 25:5 E0213 `annual_quota` is a fixed value, the same over any span: `year to date` changes nothing (hint: use it on a measure (`bookings year to date`) or an amount per period (`100_000 per quarter`))
      # E0213: a yes/no value
      y = (bookings > 5) year to date                               | 25:6 E0213 only a measure or an amount can be taken year to date, but this is a yes/no value (hint: compare inside the span's value instead, e.g. `bookings year to date >= 500_000`)
      # E0214: a trailing window that is not a whole number of pay periods
      y = bookings trailing 1 month                                 | 25:14 E0214 `trailing 1 month` does not cover whole pay periods: this plan pays every 3 months (hint: trail a whole number of pay periods, e.g. `trailing 3 months`)
      y = bookings trailing 0 months                                | 25:14 E0214 a trailing window is a whole number of months from 1 up to 120 months, not `0` (hint: write e.g. `trailing 3 months`)
      y = bookings trailing 1.5 quarters                            | 25:14 E0214 a trailing window is a whole number of quarters from 1 up to 120 months, not `1.5` (hint: write e.g. `trailing 3 months`)
      y = bookings trailing 90 days                                 | 25:14 E0214 a trailing window is counted in months, quarters, halves or years, not `days` (hint: write e.g. `trailing 3 months` or `trailing 2 quarters`)
      y = bookings trailing 11 years                                | 25:14 E0214 a trailing window is a whole number of years from 1 up to 120 months, not `11` (hint: write e.g. `trailing 3 months`)
      # W0115: tiers on a span pay the whole span's tiers in every period
      tiers: marginal tiers on bookings year to date                | 26:21 W0115 tiers on `bookings year to date` pay the tiers of the whole span in every period, not what it added (hint: to pay tiers on the year to date once, write `cumulative over year` on the component and `tiers on bookings`)
      # E0215: two spans
      y = bookings year to date trailing 3 months                   | 25:27 E0215 `bookings year to date` already says its span: a value cannot be taken over two spans (hint: write one span, e.g. `bookings year to date` or `bookings trailing 3 months`)
      y = (bookings trailing 3 months) year to date                 | 25:34 E0215 `bookings trailing 3 months` already says its span: a value cannot be taken over two spans (hint: write one span, e.g. `bookings year to date` or `bookings trailing 3 months`)
      """)
  void eachLineGetsItsDiagnostics(String line, String expected) {
    String plan = BASE;
    if (line.startsWith("tiers: ")) {
      line = "component \"D\":\n  " + line.substring(7) + "\n    from 0 pay 1%";
    } else if (line.startsWith("pay ")) {
      line = "component \"D\":\n  " + line;
    } else if (line.startsWith("gate ")) {
      line = "component \"D\":\n  pay 1% of bookings\n  " + line;
    }
    plan = plan + line + "\n";
    assertEquals(expected == null ? "" : expected, check(plan), line);
  }

  static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("spans.comp", plan, diags);
    return diags.all().stream()
        .filter(d -> d.code().id().compareTo("W0101") != 0) // an unused definition
        .map(DiagnosticSummary::of)
        .collect(Collectors.joining(" ;; "));
  }
}
