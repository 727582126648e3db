package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second credit rule on the converted table (`credit deals ... as sourced`) reads the converted
 * amounts, as the first does. Before this was fixed, the SDR's 10% of a 1,000 EUR deal was 100 (the
 * EUR amount taken as USD) while the owner's was 150: a silent wrong number.
 */
class CreditSourcesConversionTest {
  @TempDir Path dir;

  @Test
  void everyRuleOnTheConvertedTableReadsConvertedAmounts() throws IOException {
    String plan =
        """
        plan "FX sources" version 1
          currency USD
          pays quarterly
          effective 2027-01-01 to 2027-12-31

        stages open, closed_won

        input people from "people.csv":
          id: text
          role: text

        input deals from "deals.csv":
          id: text
          owner: person
          amount: money
          currency: text
          stage: stage
          close_date: date
          sourced_by: person optional

        input fx from "fx.csv":
          currency: text
          date: date
          rate: number

        credit deals where stage is closed_won to owner on close_date
        credit deals where stage is closed_won to sourced_by on close_date as sourced

        convert deals with fx using currency on close_date

        component "AE" for role ae:
          pay 10% of sum of amount of deals

        component "SDR" for role sdr:
          pay 10% of sum of amount of sourced

        test "both sources converted":
          people:
            ann ae
            sam sdr
          deals: D1 ann 1_000 EUR closed_won 2027-01-10 sam
          fx: EUR 2027-01-01 1.5
          expect payout(ann, 2027-Q1) = 150.00
          expect payout(sam, 2027-Q1) = 150.00
        """;
    // D1: 1,000 EUR at 1.5 = 1,500 USD; 10% of it for the owner and for the SDR who sourced it
    Files.writeString(dir.resolve("p.comp"), plan);
    TestReport report = PlanTests.run(dir.resolve("p.comp"), false);
    assertEquals("", DiagnosticRenderer.renderAll(report.diagnostics()));
    assertEquals(1, report.outcomes().size());
    assertEquals(true, report.outcomes().get(0).passed(), report.outcomes().toString());
  }
}
