package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checker on pay periods of weeks and spreading (issue 15.5): every misuse is one error with
 * its code, at the place written, before any data is read.
 */
class WeeklyPeriodsCheckTest {
  @TempDir Path dir;

  private static String plan(String pays, String rest) {
    return bare("USD", pays, "2027-01-01 to 2027-12-31")
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

        bookings = sum of amount
        """
        + rest
        + "\n";
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # a month is not a whole number of weeks
      weekly          | v = bookings trailing 1 month                          | E0452 | is not a whole number of weeks
      # a plan paid by the month has no weeks to trail
      monthly         | v = bookings trailing 2 weeks                          | E0452 | which is not a whole number of weeks
      # 3 weeks is one and a half two-week periods
      every two weeks | v = bookings trailing 3 weeks                          | E0452 | does not cover whole pay periods
      weekly          | v = bookings trailing 0 weeks                          | E0214 | from 1 up to 530
      weekly          | v = bookings trailing 3 days                           | E0214 | counted in weeks
      monthly         | v = 100 per week                                       | E0453 | `per week` cannot be paid
      quarterly       | v = 100 per week                                       | E0453 | pays every quarter
      # a percent is not an amount to spread
      monthly         | v = 10% per quarter spread by days                     | E0450 | is a percent
      # nothing to spread: the unit is the pay period, or shorter
      monthly         | v = 100 per month spread by days                       | E0451 | nothing to spread
      quarterly       | v = 100 per month spread by days                       | E0451 | nothing to spread
      weekly          | v = 100 per week spread by days                        | E0451 | nothing to spread
      weekly          | v = 100 per period spread by days                      | E0451 | `per period`
      # weeks are periods of weekly plans only
      monthly         | component "C":\\n  pay 1 per deal where close_date in 2027-W05 | E0454 | it has no weeks
      quarterly       | component "C":\\n  pay 1 per deal where close_date in 2027-P03 | E0454 | it has no weeks
      # 2027 has 53 weeks from Jan 1
      weekly          | component "C":\\n  pay 1 per deal where close_date in 2027-W54 | E0306 | not a week of this plan's year
      """)
  void misuse(String pays, String rest, String code, String message) {
    Diagnostics diags = checkOnly(dir, plan(pays, rest.replace("\\n", "\n")));
    List<Diagnostic> errors = diags.all().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), () -> "one error expected: " + errors);
    assertEquals(code, errors.get(0).code().id(), errors.toString());
    assertTrue(errors.get(0).message().contains(message), errors.toString());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      weekly          | v = bookings trailing 4 weeks
      every two weeks | v = bookings trailing 4 weeks
      weekly          | v = 100 per week
      every two weeks | v = 100 per week
      biweekly        | v = 100 per quarter spread by days
      weekly          | v = 100 per quarter spread by days
      monthly         | v = 100 per quarter spread by days
      monthly         | v = 100 per year spread by days
      weekly          | v = bookings year to date
      weekly          | component "C":\\n  pay 1 per deal where close_date in 2027-W05
      weekly          | component "C":\\n  pay 1 per deal where close_date in 2027-P27
      every two weeks | component "C":\\n  pay 1 per deal where close_date in 2027-Q1
      """)
  void wellFormed(String pays, String rest) {
    Diagnostics diags = checkOnly(dir, plan(pays, rest.replace("\\n", "\n")));
    assertFalse(diags.hasErrors(), () -> diags.all().toString());
  }

  @Test
  void anUnknownFrequencyNamesTheWeeklyOnes() {
    Diagnostics diags = checkOnly(dir, plan("every three weeks", ""));
    Diagnostic d = diags.all().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertEquals("E0406", d.code().id());
    assertTrue(d.message().contains("`every three weeks`"), d.toString());
    assertTrue(d.hint().contains("`pays every two weeks`"), d.toString());
  }
}
