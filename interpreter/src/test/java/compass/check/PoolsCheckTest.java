package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPIF pools and team budgets (issue 15: the new-product and sales-budget plans) as the checker
 * sees them. A pool row is the body of component "Launch SPIF" (from line 32, each line indented
 * two spaces; ` ;; ` separates lines); a budget row is a declaration on line 29. Each gets its
 * diagnostics, exactly (line:column, code, message, hint); an empty cell: none.
 */
class PoolsCheckTest {
  private static final String BASE =
      """
      plan "Pools" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      input people from "people.csv":
        id: text
        team: text
        region: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        close_date: date
        product: text

      input budgets from "budgets.csv":
        team: text
        period: period
        amount: money

      credit deals to owner on close_date

      bookings = sum of amount
      rate = 10%
      spif = 500

      """;

  private static final String BUDGET =
      "budget earnings by team from budgets scaled pro rata, remainder to largest\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # right: a per-deal pay, then the pool; per a pay period or longer; in the order of a date
      pay 500 per deal where product is "Nova" ;; from pool 20_000 in close_date order                    |
      pay 500 per deal ;; from pool 20_000 USD per quarter in close_date order                           |
      pay 500 per deal ;; from pool 20_000 per year in close_date order                                  |
      pay 500 per deal ;; from pool 20_000 per period in close_date order                                |
      pay amount * rate per deal ;; from pool 1_200.50 in close_date order                               |
      # E0460: right after a `pay ... per deal`, as the last step, once
      pay 500 ;; from pool 20_000 in close_date order                                                    | 33:3 E0460 a pool shares out amounts paid per deal, so it comes right after `pay ... per deal` (hint: write `pay 500 per deal where ...` then `from pool 20_000 in close_date order`, and put caps, multipliers and schedules in another component)
      marginal tiers on bookings ;;   from 0 pay 10% ;; from pool 20_000 in close_date order             | 34:3 E0460 a pool shares out amounts paid per deal, so it comes right after `pay ... per deal` (hint: write `pay 500 per deal where ...` then `from pool 20_000 in close_date order`, and put caps, multipliers and schedules in another component)
      pay 500 per deal ;; cap 1_000 ;; from pool 20_000 in close_date order                              | 34:3 E0460 a pool shares out amounts paid per deal, so it comes right after `pay ... per deal` (hint: write `pay 500 per deal where ...` then `from pool 20_000 in close_date order`, and put caps, multipliers and schedules in another component)
      pay 500 per deal ;; from pool 20_000 in close_date order ;; cap 1_000                              | 33:3 E0460 a pool is the last step of its component: nothing can change what it paid out (hint: write `pay 500 per deal where ...` then `from pool 20_000 in close_date order`, and put caps, multipliers and schedules in another component)
      pay 500 per deal ;; from pool 20_000 in close_date order ;; from pool 5_000 in close_date order    | 33:3 E0460 a pool is the last step of its component: nothing can change what it paid out (hint: write `pay 500 per deal where ...` then `from pool 20_000 in close_date order`, and put caps, multipliers and schedules in another component) ;; 34:3 E0460 a component draws from one pool; this is a second one (hint: make it a component of its own, or add the two pools up)
      # E0461: a fixed amount of money, above zero, in the plan's currency
      pay 500 per deal ;; from pool spif in close_date order                                             | 33:13 E0461 a pool is a fixed amount of money shared by everyone, written as a number (hint: write e.g. `from pool 20_000 in close_date order`)
      pay 500 per deal ;; from pool 5% in close_date order                                               | 33:13 E0461 a pool is a fixed amount of money shared by everyone, written as a number (hint: write e.g. `from pool 20_000 in close_date order`)
      pay 500 per deal ;; from pool 0 in close_date order                                                | 33:13 E0461 a pool of 0 pays nothing (hint: write the pool's amount, greater than 0)
      pay 500 per deal ;; from pool 20_000 EUR in close_date order                                       | 33:13 E0206 this amount is in EUR but the plan pays in USD (hint: write amounts in the plan currency)
      # E0462: the order is a date of the deals
      pay 500 per deal ;; from pool 20_000 in amount order                                               | 33:23 E0462 `amount` is not a date, so it cannot put the deals in order (hint: name a date field of `deals`, e.g. `in close_date order`)
      pay 500 per deal ;; from pool 20_000 in signed_date order                                          | 33:23 E0462 `deals` has no field `signed_date` (hint: name a date field of `deals`, e.g. `in close_date order`)
      # E0463: a pool per month on a quarterly plan
      # syntax: the words of the pool line, each where it belongs
      pay 500 per deal ;; from pool 20_000 in close_date                                                 | 33:33 E0101 expected `order` after `close_date`, found end of line
      pay 500 per deal ;; from pool in close_date order                                                  | 33:13 E0101 expected an expression after `pool`, found `in`
      pay 500 per deal ;; from pool 20_000 per month in close_date order                                 | 33:24 E0463 a pool per month is shorter than the plan's pay period (quarter): the deals of a period would draw from several pools (hint: write `per quarter` or longer, or no `per` for one pool)
      """)
  void eachPoolGetsItsDiagnostics(String body, String expected) {
    StringBuilder plan = new StringBuilder(BASE).append(BUDGET).append("\n");
    plan.append("component \"Launch SPIF\":\n");
    for (String line : body.strip().split(" ;; ")) plan.append("  ").append(line).append('\n');
    assertEquals(expected == null ? "" : expected, check(plan.toString()), body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      budget earnings by team from budgets scaled pro rata, remainder to largest                   |
      budget earnings by team from budgets scaled pro rata remainder to largest                    |
      budget earnings by team from budgets against bookings scaled pro rata, remainder to largest  |
      budget earnings by team from budgets scaled pro rata                                         | 29:53 E0101 expected `remainder` or `,` after `rata`, found end of line
      # E0464: what is budgeted, the team field, the budgets table, what cost of sales is on, the rule
      budget payouts by team from budgets scaled pro rata, remainder to largest                    | 29:8 E0464 a budget limits `earnings`, not `payouts` (hint: write `budget earnings by team from budgets ...`)
      budget earnings by squad from budgets scaled pro rata, remainder to largest                  | 29:20 E0464 the people input has no field `squad` (hint: add `squad: text` to the people input: the team each participant is in) ;; 29:31 E0464 `budgets` needs a field `squad: text` (hint: a budgets table has one row per team and pay period: `squad: text`, `period: period`, `amount: money`)
      budget earnings by team from targets scaled pro rata, remainder to largest                   | 29:30 E0464 no input named `targets` (hint: declare `input budgets from "budgets.csv":` with `team: text`, `period: period` and `amount: money`)
      budget earnings by team from deals scaled pro rata, remainder to largest                     | 29:30 E0464 `deals` is the credited deals, not a table of budgets (hint: declare `input budgets from "budgets.csv":` with `team: text`, `period: period` and `amount: money`)
      budget earnings by region from budgets scaled pro rata, remainder to largest                 | 29:32 E0464 `budgets` needs a field `region: text` (hint: a budgets table has one row per team and pay period: `region: text`, `period: period`, `amount: money`)
      budget earnings by team from budgets against rate scaled pro rata, remainder to largest      | 29:46 E0205 what cost of sales is shown against must be money, but this is a percent (hint: to pay a percent of an amount, write e.g. `rate of bookings`)
      budget earnings by team from budgets scaled pro rata, remainder to first                     | 29:68 E0464 no remainder rule `first` (hint: write `remainder to largest`: the cents left over go to the largest remainders)
      budget earnings by team from budgets scaled pro rata, remainder to largest ;; budget earnings by team from budgets scaled pro rata, remainder to largest | 30:1 E0464 the plan has two budgets (hint: keep one `budget` line: a team has one budget per period)
      """)
  void eachBudgetGetsItsDiagnostics(String decl, String expected) {
    StringBuilder plan = new StringBuilder(BASE);
    for (String line : decl.strip().split(" ;; ")) plan.append(line).append('\n');
    plan.append("\ncomponent \"Commission\":\n  pay amount * rate per deal\n");
    assertEquals(expected == null ? "" : expected, check(plan.toString()), decl);
  }

  /** E0460: a pool pays each deal once, so its component is not cumulative over the year. */
  @org.junit.jupiter.api.Test
  void aPooledComponentIsNotCumulative() {
    String plan =
        BASE
            + "component \"Launch SPIF\" cumulative over year:\n"
            + "  pay 500 per deal\n"
            + "  from pool 20_000 in close_date order\n";
    assertEquals(
        "31:3 E0460 a pool pays each deal once, so its component cannot be `cumulative over year`"
            + " (hint: write `pay 500 per deal where ...` then `from pool 20_000 in close_date"
            + " order`, and put caps, multipliers and schedules in another component)",
        check(plan));
  }

  static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("pools.comp", plan, diags);
    return diags.all().stream()
        .filter(d -> !d.code().id().startsWith("W01")) // unused values: beside the point
        .map(DiagnosticSummary::of)
        .collect(Collectors.joining(" ;; "));
  }
}
