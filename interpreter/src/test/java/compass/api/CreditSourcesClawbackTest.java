package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clawback on a table reverses the commission of every credit rule on that table: the SDR
 * credited with a deal through `credit deals ... as sourced` gives back their share of a cancelled
 * deal exactly as the owner does (SEMANTICS 11). Before this was fixed, only the owner's commission
 * was reversed and the SDR kept theirs: a silent wrong number.
 */
class CreditSourcesClawbackTest {
  @TempDir Path dir;

  private static final String HEAD =
      """
      plan "Sourced clawback" version 1
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
        stage: stage
        close_date: date
        sourced_by: person optional
        cancel_date: date optional

      credit deals where stage is closed_won to owner on close_date
      credit deals where stage is closed_won to sourced_by on close_date as sourced

      clawback cancelled deals within 90 days on cancel_date
      """;

  private void passes(String plan, int tests) throws IOException {
    Files.writeString(dir.resolve("p.comp"), plan);
    TestReport report = PlanTests.run(dir.resolve("p.comp"), false);
    assertEquals("", DiagnosticRenderer.renderAll(report.diagnostics()));
    assertEquals(tests, report.outcomes().size());
    for (var o : report.outcomes()) assertEquals(true, o.passed(), report.outcomes().toString());
  }

  @Test
  void bothSourcesAreReversedInTheQuarterOfTheCancellation() throws IOException {
    passes(
        HEAD
            + """

            component "AE" for role ae:
              pay 10% of amount per deal

            component "SDR" for role sdr:
              pay 2% of amount per sourced

            test "cancelled 30 days after closing, in the next quarter":
              people:
                ann ae
                sam sdr
              deals: D1 ann 100_000 closed_won 2027-03-15 sam 2027-04-14
              # Q1: ann 10% x 100,000 = 10,000.00; sam 2% x 100,000 = 2,000.00.
              # D1 is cancelled 2027-04-14, 30 days after closing (16 + 14): within the 90 days,
              # so Q2 reverses both: ann -10,000.00, sam -2,000.00. Nothing else is earned in
              # Q2, so each quarter ends negative: paid 0.00, the reversal carried as owed.
              expect payout(ann, 2027-Q1) = 10_000.00
              expect payout(sam, 2027-Q1) = 2_000.00
              expect line(ann, 2027-Q2, "AE", D1) = -10_000.00
              expect line(sam, 2027-Q2, "SDR", D1) = -2_000.00
              expect payout(ann, 2027-Q2) = 0.00
              expect payout(sam, 2027-Q2) = 0.00
              expect owed(ann, 2027-Q2) = 10_000.00
              expect owed(sam, 2027-Q2) = 2_000.00

            test "cancelled after the window: neither is reversed":
              people:
                ann ae
                sam sdr
              deals: D2 ann 100_000 closed_won 2027-03-15 sam 2027-07-01
              # 2027-07-01 is 108 days after 2027-03-15 (16 + 30 + 31 + 30 + 1): outside the 90
              # days, nothing is reversed; Q3 pays nothing and nobody owes anything.
              expect payout(ann, 2027-Q1) = 10_000.00
              expect payout(sam, 2027-Q1) = 2_000.00
              expect payout(ann, 2027-Q3) = 0.00
              expect payout(sam, 2027-Q3) = 0.00
              expect owed(ann, 2027-Q3) = 0.00
              expect owed(sam, 2027-Q3) = 0.00
            """,
        2);
  }
}
