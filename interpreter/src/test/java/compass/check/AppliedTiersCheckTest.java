package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tier tables applied to another amount (issue 15, point 2) as the checker sees them: each row is
 * the tier step of component "Bonus" (line 24, indented two spaces) and its bands (lines 25, 26,
 * ..., indented four; ` ;; ` separates lines), and the diagnostics it gets, exactly (line:column,
 * code, message, hint, labels); an empty cell: none. On line 24 ` retroactive tiers on attainment
 * applied to base_salary`, `attainment` is column 24 and `base_salary` column 46; on a band line `
 * from 0% pay 4%`, the bound is column 10 and the rate column 17.
 */
class AppliedTiersCheckTest {
  static final String BASE =
      """
      plan "Applied" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31
      stages open, closed_won

      input people from "people.csv":
        id: text

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
      base_salary = 20_000 USD per quarter
      component "Bonus":
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # what is right gets nothing: bands on attainment itself, read as they are
      retroactive tiers on attainment applied to base_salary ;; from 0% pay 4% ;; from 100% pay 8%             |
      retroactive tiers on attainment applied to base_salary ;; above 100% pay 8%                              |
      # ... on an amount, in percent of the quota, of `against`, or in money
      retroactive tiers on bookings applied to base_salary ;; from 0% pay 4% ;; from 100% pay 8%               |
      retroactive tiers on bookings against 200_000 applied to base_salary ;; from 0% pay 1% ;; from 50% pay 5% |
      retroactive tiers on bookings applied to base_salary ;; from 0 pay 0% ;; from 120_000 pay 10%            |
      # a multiplier is a percent above 100%
      retroactive tiers on attainment applied to max(bookings - quota, 0) ;; from 100% pay 150%               |
      # E0430: one band's rate on the whole amount is a retroactive table
      marginal tiers on attainment applied to base_salary ;; from 0% pay 4% ;; from 100% pay 8%                | 24:43 E0430 `applied to` pays the rate of the one band reached on the whole amount, so the table is `retroactive`, not `marginal` (hint: write `retroactive tiers on attainment applied to base_salary`)
      interpolated tiers on bookings applied to base_salary ;; from 0 to 10 pay 4%                              | 24:45 E0430 `applied to` pays the rate of the one band reached on the whole amount, so the table is `retroactive`, not `interpolated` (hint: write `retroactive tiers on bookings applied to base_salary`)
      # E0431: what it is applied to is money
      retroactive tiers on attainment applied to 5% ;; from 0% pay 4%                                           | 24:46 E0431 a band's rate is paid on an amount of money, but this is a percent (hint: the percent that chooses the band goes after `on`; after `applied to` put the amount paid on, e.g. `base_salary`)
      # E0432: each band pays a rate of it
      retroactive tiers on attainment applied to base_salary ;; from 0% pay 500 ;; from 100% pay 8%            | 25:17 E0432 a band applied to base_salary pays a rate of it (a percent), not a number (hint: write e.g. `pay 8%`, or `pay 150%` for a multiplier of 1.5)
      # E0433: bounds in the unit of what chooses the band
      retroactive tiers on attainment applied to base_salary ;; from 0 pay 4% ;; from 100% pay 8%              | 25:10 E0433 the band is chosen by `attainment`, a percent, but this bound is a number (hint: write the bound as a percent, e.g. `from 100%`)
      retroactive tiers on attainment against quota applied to base_salary ;; from 0% pay 4%                   | 24:43 E0433 `against` reads percent bands against an amount, but `attainment` is already a percent (hint: remove `against quota`: the bands are read as they are)
      # E0434: nothing to split deal by deal
      retroactive tiers on attainment applied to base_salary per deal ;; from 0% pay 4%                        | 24:46 E0434 `applied to` pays on base_salary as a whole, so `per deal` has nothing to split (hint: remove it; each deal's line is its share of base_salary at the rate of the band reached)
      retroactive tiers on attainment applied to base_salary straddle end ;; from 0% pay 4%                    | 24:46 E0434 `applied to` pays on base_salary as a whole, so `straddle` has nothing to split (hint: remove it; each deal's line is its share of base_salary at the rate of the band reached)
      # W0116: applied to its own base
      retroactive tiers on bookings applied to bookings ;; from 0% pay 4%                                       | 24:44 W0116 the table is applied to its own base, which it does without `applied to` (hint: remove `applied to bookings`)
      # the checks of every table are kept: order, gaps, overlaps, mixed bounds
      retroactive tiers on attainment applied to base_salary ;; from 0% to 50% pay 0% ;; from 60% pay 8%       | 25:16 E0402 gap between bands: nothing pays from 50% to 60% (hint: end this band where the next one starts (`to 60%`))
      retroactive tiers on attainment applied to base_salary ;; from 0% to 70% pay 0% ;; from 60% pay 8%       | 25:16 E0403 bands overlap: this band runs to 70% but the next starts at 60% (hint: end this band where the next one starts (`to 60%`))
      retroactive tiers on attainment applied to base_salary ;; from 100% pay 8% ;; from 0% pay 4%             | 26:10 E0401 tier bands are out of order: 0% comes after 100% (hint: list bands from the lowest bound to the highest)
      retroactive tiers on attainment applied to base_salary ;; from 50% pay 4% ;; from 50% pay 8%             | 26:10 E0403 two bands start at 50% (hint: remove one of them)
      retroactive tiers on bookings applied to base_salary ;; from 0 pay 0% ;; from 100% pay 8%                | 26:10 E0409 this band is a percent but the first band is a number (hint: write all bounds of one table in percent of quota, or all in amounts)
      # without `applied to`, a table on a percent says how to write one
      retroactive tiers on attainment ;; from 0% pay 4%                                                        | 24:24 E0202 tiers run on an amount or a count, but this is a percent (hint: put the measure here (e.g. `bookings`); percent bands are read against the quota, or pay its band's rate on another amount: `retroactive tiers on attainment applied to base_salary`)
      """)
  void eachTableGetsItsDiagnostics(String table, String expected) {
    String[] lines = table.strip().split(" ;; ");
    StringBuilder plan = new StringBuilder(BASE).append("  ").append(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) plan.append("    ").append(lines[i]).append('\n');
    assertEquals(expected == null ? "" : expected, check(plan.toString()), table);
  }

  static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("applied.comp", plan, diags);
    return diags.all().stream()
        .filter(d -> !d.code().id().equals("W0101")) // an unused definition: beside the point
        .map(DiagnosticSummary::of)
        .collect(Collectors.joining(" ;; "));
  }
}
