package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15.8: `sum of` and `average of` add up one term; `+` and `-` end the measure. Each row
 * defines `m` and the value it has for ann in 2027-Q1, computed by hand from her two deals: D1
 * amount 10,000 cost 4,000; D2 amount 6,000 cost 1,000 (sums 16,000 and 5,000; averages 8,000 and
 * 2,500).
 */
class MeasureTermsTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      plan "Measures" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      input people from "people.csv":
        id: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        cost: money
        close_date: date

      credit deals to owner on close_date

      %s

      component "C":
        pay 1%% of m

      test "the measure":
        people: ann
        deals:
          D1 ann 10_000 4_000 2027-02-10
          D2 ann 6_000 1_000 2027-03-05
        expect m(ann, 2027-Q1) = %s
      """;

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # two measures: the difference and the sum of two sums
      m = sum of amount - sum of cost                      | 11_000.00
      m = sum of amount + sum of cost                      | 21_000.00
      m = sum of amount of deals - sum of cost of deals    | 11_000.00
      m = average of amount - average of cost              | 5_500.00
      # 16,000 - 5,000 + 5,000
      m = sum of amount - sum of cost + sum of cost        | 16_000.00
      # a product is one term: 2 x 16,000 - 5,000; 16,000 / 2 - 5,000; 10% x 16,000 - 5,000
      m = sum of amount * 2 - sum of cost                  | 27_000.00
      m = sum of amount / 2 - sum of cost                  | 3_000.00
      m = sum of 10% of amount - sum of cost               | -3_400.00
      m = 2 * sum of amount - sum of cost                  | 27_000.00
      m = sum of -amount                                   | -16_000.00
      # a count is a measure too: 16,000 - 2 x 1,000
      m = sum of amount - count of deals * 1_000 USD       | 14_000.00
      # brackets say which was meant: (10,000 + 1,000) + (6,000 + 1,000), or 16,000 + 1,000
      m = sum of (amount + 1_000)                          | 18_000.00
      m = (sum of amount) + 1_000                          | 17_000.00
      m = (sum of amount) - cost_total                     | 11_000.00
      m = 1_000 + sum of amount                            | 17_000.00
      # a `where` takes what follows: bracket the measure to go on; 10,000 - 5,000
      m = (sum of amount where amount > 8_000) - sum of cost | 5_000.00
      # a choice per deal is one term: D1 10,000 (over 8,000) + D2's cost 1,000
      m = sum of if amount > 8_000 then amount else cost   | 11_000.00
      """)
  void aMeasureAddsUpOneTerm(String definition, String expected) throws IOException {
    String plan = String.format(PLAN, definition + "\ncost_total = sum of cost", expected);
    Files.writeString(dir.resolve("p.comp"), plan);
    TestReport report = PlanTests.run(dir.resolve("p.comp"), false);
    assertEquals(
        "",
        DiagnosticRenderer.renderAll(
            report.diagnostics().stream().filter(d -> d.isError()).toList()));
    assertEquals(1, report.outcomes().size());
    assertTrue(report.outcomes().get(0).passed(), report.outcomes().toString());
  }
}
