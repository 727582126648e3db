package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan's own tests give the rows of its reference tables like any input: the keys and dates of
 * the input are kept, so `product.series` and the rate in force are looked up in the test's rows.
 */
class LookupPlanTestsTest {
  @TempDir Path dir;

  @Test
  void aPlanTestLooksUpItsOwnRows() throws IOException {
    String plan =
        """
        plan "Lookups" version 1
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
          product: text

        input products from "products.csv" key product:
          product: text
          series: text

        input rates from "rates.csv" key series valid from effective_from:
          series: text
          rate: percent
          effective_from: date

        credit deals to owner on close_date

        component "Commission":
          pay amount * rates(product.series).rate per deal

        test "the rate in force on the close date":
          people: ann
          deals:
            D1 ann 1_000 2027-02-10 "GTX Pro"
            D2 ann 1_000 2027-08-10 "GTX Pro"
          products: "GTX Pro" GTX
          rates:
            GTX 10% 2027-01-01
            GTX 20% 2027-07-01
          expect payout(ann, 2027-Q1) = 100.00
          expect payout(ann, 2027-Q3) = 200.00
        """;
    // D1 on 02-10: 10% of 1,000; D2 on 08-10: the 20% row from 07-01
    Files.writeString(dir.resolve("p.comp"), plan);
    TestReport report = PlanTests.run(dir.resolve("p.comp"), false);
    assertEquals("", DiagnosticRenderer.renderAll(report.diagnostics()));
    assertEquals(1, report.outcomes().size());
    assertEquals(true, report.outcomes().get(0).passed(), report.outcomes().toString());
  }
}
