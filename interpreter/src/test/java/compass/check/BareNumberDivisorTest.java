package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15.8: a bare number where money is expected is one error (E0217) at its definition, not one
 * E0203 per use. Each row is a few definitions (`;` between them) starting at line 21 of a small
 * plan, and the diagnostics the plan gets, exactly; an empty cell: none.
 */
class BareNumberDivisorTest {
  private static final String BASE =
      """
      plan "Quota" version 1
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

      credit deals to owner on close_date

      bookings = sum of amount
      component "C":
        pay 1% of bookings

      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # the colleague's repro: one error at `quota`, the three uses of attainment stay quiet
      quota = 100;attainment = bookings / quota;a = attainment > 50%;b = attainment >= 100%;c = 80% < attainment | 21:1 E0217 `quota` is a bare number, but `bookings / quota` divides money by it and is compared with a percent (hint: write `100 USD` or `100 per quarter`)
      # inline division: the same root, once
      quota = 1_000;a = bookings / quota > 50%;b = bookings / quota < 10%                                     | 21:1 E0217 `quota` is a bare number, but `bookings / quota` divides money by it and is compared with a percent (hint: write `1_000 USD` or `1_000 per quarter`)
      # legitimate numbers: a quota in money, a count, a multiplier
      quota = 100 USD;attainment = bookings / quota;a = attainment > 50%                                      |
      deals_won = count of deals;a = deals_won > 3                                                            |
      uplift = 1.2;m = bookings * uplift;a = m > 1_000 USD                                                    |
      parts = 4;share = bookings / parts;a = share > 1_000 USD                                                |
      # money compared with a percent for another reason: still E0203 at the comparison
      a = bookings > 50%                                                                                      | 21:5 E0203 cannot compare money (an amount) with a percent (hint: a ratio is money divided by money: if this is attainment, write the quota as money, e.g. `250_000 USD per quarter`) [21:5 money] [21:16 percent]
      """)
  void eachPlanGetsItsDiagnostics(String lines, String expected) {
    String plan = BASE + String.join("\n", lines.split(";")) + "\n";
    assertEquals(expected == null ? "" : expected, check(plan), lines);
  }

  static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("quota.comp", plan, diags);
    return diags.all().stream()
        .filter(d -> !d.code().id().equals("W0101")) // an unused definition: beside the point
        .map(DiagnosticSummary::of)
        .collect(Collectors.joining(" ;; "));
  }
}
