package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15.8: a measure written bare and followed by `+` or `-` and a value that is not a measure
 * (E0216), and what is not refused. Each row is one definition added as line 21 of a small plan,
 * and the diagnostics it gets, exactly; an empty cell: none.
 */
class MeasureTermsCheckTest {
  private static final String BASE =
      """
      plan "Measures" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      input people from "people.csv":
        id: text
        bonus: money

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        cost: money
        close_date: date

      credit deals to owner on close_date

      costs = sum of cost
      component "C":
        pay 1% of m
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # two measures, brackets, a `where`, a value before the measure: nothing to say
      m = sum of amount - sum of cost                       |
      m = sum of amount + average of cost                   |
      m = sum of amount - count of deals * 1 USD            |
      m = sum of amount - 2 * sum of cost                   |
      m = sum of (amount + 1_000)                           |
      m = (sum of amount) + 1_000                           |
      m = (sum of amount + 1_000 USD)                       | 22:6 E0216 `sum of amount + 1_000 USD` does not say whether 1_000 USD is added to each amount or once to the sum (hint: write `sum of (amount + 1_000 USD)` to add it to each amount, or `(sum of amount) + 1_000 USD` to add it once)
      m = 1_000 + sum of amount                             |
      m = sum of amount where cost > 0 - 1                  |
      m = (sum of amount where cost > 0) - cost             | 21:13 E0302 `m` depends on the fields of a single deal (hint: use it inside a measure, e.g. `sum of amount where m`)
      # E0216: a plain value after a bare measure (read as the sum, then less `cost`, `m` would
      # depend on a single deal's field: said too)
      m = sum of amount + 1_000                             | 22:5 E0216 `sum of amount + 1_000` does not say whether 1_000 is added to each amount or once to the sum (hint: write `sum of (amount + 1_000)` to add it to each amount, or `(sum of amount) + 1_000` to add it once)
      m = sum of amount - cost                              | 22:5 E0216 `sum of amount - cost` does not say whether cost is subtracted from each amount or once from the sum (hint: write `sum of (amount - cost)` to subtract it from each amount, or `(sum of amount) - cost` to subtract it once) ;; 21:13 E0302 `m` depends on the fields of a single deal (hint: use it inside a measure, e.g. `sum of amount where m`)
      m = sum of amount - costs                             | 22:5 E0216 `sum of amount - costs` does not say whether costs is subtracted from each amount or once from the sum (hint: write `sum of (amount - costs)` to subtract it from each amount, or `(sum of amount) - costs` to subtract it once)
      m = sum of amount * 2 + bonus                         | 22:5 E0216 `sum of amount * 2 + bonus` does not say whether bonus is added to each amount * 2 or once to the sum (hint: write `sum of (amount * 2 + bonus)` to add it to each amount * 2, or `(sum of amount * 2) + bonus` to add it once)
      m = 2 * sum of amount - cost                          | 22:9 E0216 `sum of amount - cost` does not say whether cost is subtracted from each amount or once from the sum (hint: write `sum of (amount - cost)` to subtract it from each amount, or `(sum of amount) - cost` to subtract it once) ;; 21:13 E0302 `m` depends on the fields of a single deal (hint: use it inside a measure, e.g. `sum of amount where m`)
      m = average of amount + 5 USD                         | 22:5 E0216 `average of amount + 5 USD` does not say whether 5 USD is added to each amount or once to the average (hint: write `average of (amount + 5 USD)` to add it to each amount, or `(average of amount) + 5 USD` to add it once)
      m = sum of amount - sum of cost + 500                 | 22:21 E0216 `sum of cost + 500` does not say whether 500 is added to each cost or once to the sum (hint: write `sum of (cost + 500)` to add it to each cost, or `(sum of cost) + 500` to add it once)
      m = sum of amount of deals + 1_000                    | 22:5 E0216 `sum of amount of deals + 1_000` does not say whether 1_000 is added to each amount of deals or once to the sum (hint: write `(sum of amount of deals) + 1_000` to add it once, or bracket the value of each row inside the measure)
      """)
  void eachDefinitionGetsItsDiagnostics(String line, String expected) {
    assertEquals(expected == null ? "" : expected, check(BASE + line + "\n"), line);
  }

  static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("measures.comp", plan, diags);
    return diags.all().stream()
        .filter(d -> !d.code().id().equals("W0101")) // an unused definition: beside the point
        .map(DiagnosticSummary::of)
        .collect(Collectors.joining(" ;; "));
  }
}
