package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `payout of "Title"` (issue 15, point 9) as the checker sees them: each row adds lines from line
 * 20 on (` ;; ` separates lines, `^` indents two spaces) to a plan with the component "Q1 SPIF"
 * (lines 18 and 19), and gets the diagnostics it gets, exactly; an empty cell: none.
 */
class PayoutOfCheckTest {
  private static final String BASE =
      """
      plan "Payouts" version 1
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
      component "Q1 SPIF":
        pay 500 per deal where term_months >= 24
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # what is right gets nothing: a definition, a ratio of it, its year to date, a gate
      spif_cost = payout of "Q1 SPIF" ;; roi = bookings / spif_cost ;; component "Bonus": ;; ^pay 1% of bookings ;; ^gate roi > 2_000% |
      component "Bonus": ;; ^pay 10% of (payout of "Q1 SPIF") ;; ^gate (payout of "Q1 SPIF") year to date > 1_000 |
      # a plan with its own `payout` keeps `of` as a product: 10% of bookings
      payout = 10% ;; component "Bonus": ;; ^pay payout of bookings |
      # E0435: an unknown title, with the nearest
      spif_cost = payout of "Q1 SPFI" | 20:23 E0435 no component is titled "Q1 SPFI" (hint: did you mean "Q1 SPIF"?)
      # E0437: not a title, and a span or arithmetic after it without brackets
      spif_cost = payout of bookings | 20:23 E0437 `payout of` takes a component's title in quotes, not `bookings` (hint: write e.g. `payout of "Q1 SPIF"`)
      spif_cost = payout of "Q1 SPIF" year to date | 20:23 E0437 `payout of` takes a component's title in quotes, not `"Q1 SPIF" year to date` (hint: `of` takes all that follows it: write `(payout of "Q1 SPIF") year to date`)
      spif_cost = payout of "Q1 SPIF" * 2 | 20:23 E0437 `payout of` takes a component's title in quotes, not `"Q1 SPIF" * 2` (hint: `of` takes all that follows it: write `(payout of "Q1 SPIF") * 2`)
      # E0438: inside a measure, a deal filter, a per-deal amount
      big = sum of amount where payout of "Q1 SPIF" > 0 | 20:27 E0438 `payout of "Q1 SPIF"` is what the participant earned in the period, not a value of one deal (hint: read it outside the measure or the `where`: in a definition, a `pay` amount, a gate)
      component "Bonus": ;; ^pay 10 per deal where payout of "Q1 SPIF" > 0 | 21:25 E0438 `payout of "Q1 SPIF"` is what the participant earned in the period, not a value of one deal (hint: read it outside the measure or the `where`: in a definition, a `pay` amount, a gate)
      component "Bonus": ;; ^pay 10% of amount per deal ;; ^multiply by 2 where payout of "Q1 SPIF" > 0 | 22:23 E0438 `payout of "Q1 SPIF"` is what the participant earned in the period, not a value of one deal (hint: read it outside the measure or the `where`: in a definition, a `pay` amount, a gate)
      # E0436: a payout that reads itself, through a definition or another component
      cost = payout of "Bonus" ;; component "Bonus": ;; ^pay 1% of bookings ;; ^cap cost | 20:8 E0436 the payout of "Bonus" depends on itself: "Bonus" -> cost -> payout of "Bonus" (hint: a component cannot read its own payout, directly or through definitions and other components)
      # ... through an override of a definition
      cost = 0 ;; override cost for ann = payout of "Bonus" ;; component "Bonus": ;; ^pay 1% of bookings ;; ^cap cost | 21:25 E0436 the payout of "Bonus" depends on itself: "Bonus" -> cost -> payout of "Bonus" (hint: a component cannot read its own payout, directly or through definitions and other components)
      component "A": ;; ^pay 10% of (payout of "B") ;; component "B": ;; ^pay 1% of bookings ;; ^gate payout of "A" > 0 | 24:8 E0436 the payout of "A" depends on itself: "A" -> payout of "B" -> payout of "A" (hint: a component cannot read its own payout, directly or through definitions and other components)
      """)
  void eachUseGetsItsDiagnostics(String added, String expected) {
    StringBuilder plan = new StringBuilder(BASE);
    for (String line : added.strip().split(" ;; ")) {
      int depth = 0;
      while (line.charAt(depth) == '^') depth++;
      plan.append("  ".repeat(depth)).append(line.substring(depth)).append('\n');
    }
    assertEquals(expected == null ? "" : expected, check(plan.toString()), added);
  }

  static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("payouts.comp", plan, diags);
    return diags.all().stream()
        .filter(d -> !d.code().id().equals("W0101")) // an unused definition: beside the point
        .map(DiagnosticSummary::of)
        .collect(Collectors.joining(" ;; "));
  }
}
