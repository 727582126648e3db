package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One test for each checker code no other test used (issue 13): the exact position, message and
 * hint of each, on one small plan with one mistake put in. Lines counted in BASE: `plan` is line 1,
 * the `stages` line 5, the deals' fields 12 to 16, the component 23 and its `pay` step 24.
 */
class PlanShapeCodesTest {
  private static final String BASE =
      """
      plan "Codes" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31
      stages open, closed_won

      input people from "people.csv":
        id: text
        target_incentive: money

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date

      quota = 100_000 USD per quarter
      bookings = sum of amount

      component "Commission":
        pay 5% of bookings
      """;

  @Test
  void baseHasNoDiagnostic() {
    assertEquals("", check(BASE));
  }

  @Test
  void e0202MultiplierOfText() {
    assertEquals(
        "25:15 E0202 a multiplier is a number or a percent, not text"
            + " (hint: write e.g. `multiply by 1.2` or `multiply by 125%`)",
        check(BASE + "  multiply by \"x\"\n"));
  }

  @Test
  void e0305StageFieldWithoutStages() {
    String plan = BASE.replace("stages open, closed_won\n", "");
    assertEquals(
        "14:10 E0305 a stage field needs the plan's `stages` list"
            + " (hint: declare them in order: `stages prospecting, qualification, closed_won, closed_lost`)\n"
            // without the list, the credit rule's stage is unknown too
            + "17:29 E0301 unknown name `closed_won`",
        check(plan));
  }

  @Test
  void e0307UnknownType() {
    assertEquals(
        "14:11 E0307 unknown type `moneyy` (hint: did you mean `money`?)\n"
            // a field of unknown type is left out, so its uses are unknown names
            + "21:19 E0301 unknown name `amount`",
        check(BASE.replace("amount: money", "amount: moneyy")));
  }

  @Test
  void e0308UnknownCurrency() {
    assertEquals(
        "2:12 E0308 unknown currency `QQQ` (hint: use an ISO 4217 code such as USD, EUR, GBP or JPY)",
        check(BASE.replace("currency USD", "currency QQQ")));
  }

  @Test
  void e0404InterpolatedTiersWithoutUpperBound() {
    String plan =
        BASE
            + "\ncomponent \"Bonus\":\n  interpolated tiers on bookings\n"
            + "    from 0 USD to 50_000 USD pay 100 USD\n    from 50_000 USD pay 500 USD\n";
    assertEquals(
        "29:5 E0404 the last band of interpolated tiers needs an upper bound to prorate against"
            + " (hint: write `from 1_000 to 3_000 pay 40`)",
        check(plan));
  }

  @Test
  void e0405NoCurrency() {
    assertEquals(
        "1:1 E0405 the plan does not say its currency (hint: add a setting line `currency USD`)",
        check(BASE.replace("  currency USD\n", "")));
  }

  @Test
  void e0406UnknownRounding() {
    assertEquals(
        "4:12 E0406 unknown rounding `sideways` (hint: write `rounding half_even` or `rounding half_up`)",
        check(BASE.replace("  pays quarterly\n", "  pays quarterly\n  rounding sideways\n")));
  }

  @Test
  void e0407TwoComponentsOfOneName() {
    assertEquals(
        "26:11 E0407 two components are called \"Commission\" [23:11 first one here]",
        check(BASE + "\ncomponent \"Commission\":\n  pay 1% of bookings\n"));
  }

  @Test
  void e0410CurveOfOnePoint() {
    assertEquals(
        "26:5 E0410 a payout curve needs at least two points (hint: write each point as `x -> y` on its own line)",
        check(BASE + "\nc = curve on bookings:\n  0 USD -> 0 USD\n"));
  }

  private static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("codes.comp", plan, diags);
    return diags.all().stream().map(DiagnosticSummary::of).collect(Collectors.joining("\n"));
  }
}
