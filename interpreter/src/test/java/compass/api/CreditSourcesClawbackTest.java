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

  @Test
  void aCumulativeSdrComponentRecomputesWithoutTheCancelledDeal() throws IOException {
    passes(
        HEAD
            + """

            component "SDR" for role sdr cumulative over year:
              marginal tiers on sum of amount of sourced
                from 0 pay 2%
                from 150_000 pay 4%

            test "the true-up drops the cancelled deal":
              people: sam sdr
              deals:
                D1 sam 100_000 closed_won 2027-02-10 sam 2027-04-01
                D2 sam 100_000 closed_won 2027-03-20 sam
              # Q1 year to date 200,000: 150,000 x 2% + 50,000 x 4% = 3,000 + 2,000 = 5,000.00.
              # D1 is cancelled 2027-04-01, 50 days after closing (18 + 31 + 1): within the 90
              # days. Q2 year to date without D1: 100,000 x 2% = 2,000, less the 5,000 paid =
              # -3,000: paid 0.00, 3,000.00 carried as owed (SEMANTICS 7, 11).
              expect payout(sam, 2027-Q1) = 5_000.00
              expect payout(sam, 2027-Q2) = 0.00
              expect owed(sam, 2027-Q2) = 3_000.00
            """,
        1);
  }

  @Test
  void anSdrHoldbackTakesBackWhatWasPaidAndCancelsWhatIsHeld() throws IOException {
    passes(
        HEAD
            + """

            component "SDR" for role sdr:
              pay 2% of amount per sourced
              pay out 70% on close_date, 30% on close_date + 90 days

            test "a held part of a cancelled deal is never paid":
              people:
                ann ae
                sam sdr
              deals:
                D1 ann 100_000 closed_won 2027-03-15 sam 2027-04-14
                D2 ann 50_000 closed_won 2027-02-01 sam
              # D1: 2% x 100,000 = 2,000: 1,400 payable in Q1, 600 held until 2027-06-13 (Q2).
              # D2: 2% x 50,000 = 1,000: 700 in Q1, 300 on 2027-05-02 (Q2).
              # Q1: earned 3,000, payable 2,100, held 900.
              # D1 is cancelled 2027-04-14 (30 days): Q2 takes back the 1,400 paid and its held
              # 600 is cancelled (SEMANTICS 11a); D2's 300 is released: payable -1,400 + 300 =
              # -1,100, paid 0.00 and carried as owed; nothing is held any more.
              expect earned(sam, 2027-Q1) = 3_000.00
              expect payable(sam, 2027-Q1) = 2_100.00
              expect held(sam, 2027-Q1) = 900.00
              expect line(sam, 2027-Q2, "SDR", D1) = -1_400.00
              expect payout(sam, 2027-Q2) = 0.00
              expect owed(sam, 2027-Q2) = 1_100.00
              expect held(sam, 2027-Q2) = 0.00
            """,
        1);
  }

  @Test
  void anSdrPaidAsCollectedGivesBackOnlyWhatWasCollected() throws IOException {
    passes(
        HEAD.replace(
                "credit deals where stage is closed_won to owner",
                """
                input payments from "payments.csv":
                  deal: text
                  date: date
                  amount: money

                credit deals where stage is closed_won to owner""")
            + """

            component "SDR" for role sdr:
              pay 2% of amount per sourced
              pay out as collected by payments

            test "collected in part, then cancelled":
              people: sam sdr
              deals: D1 sam 100_000 closed_won 2027-03-15 sam 2027-04-14
              payments: D1 2027-03-30 25_000
              # D1: 2% x 100,000 = 2,000, 25% collected in Q1: 500 payable, 1,500 held.
              # Cancelled 2027-04-14 (30 days): Q2 takes back the 500 paid, the held 1,500 is
              # cancelled: owed 500.00, held 0.00.
              expect payable(sam, 2027-Q1) = 500.00
              expect held(sam, 2027-Q1) = 1_500.00
              expect line(sam, 2027-Q2, "SDR", D1) = -500.00
              expect owed(sam, 2027-Q2) = 500.00
              expect held(sam, 2027-Q2) = 0.00
            """,
        1);
  }

  @Test
  void anSdrPaidOnlyThroughSourcedGetsThePlansDraw() throws IOException {
    passes(
        HEAD
            + """

            draw 1_500 per quarter non-recoverable for role sdr

            component "AE" for role ae:
              pay 10% of amount per deal

            component "SDR" for role sdr:
              pay 2% of amount per sourced

            test "the draw tops up the SDR's quarters":
              people:
                ann ae
                sam sdr
              deals: D1 ann 100_000 closed_won 2027-03-15 sam
              # Q1: sam earns 2% x 100,000 = 2,000 >= 1,500: no top-up. Q2: sam earns nothing:
              # the draw guarantee pays 1,500.00. ann has no draw (role ae).
              expect payout(sam, 2027-Q1) = 2_000.00
              expect payout(sam, 2027-Q2) = 1_500.00
              expect payout(ann, 2027-Q2) = 0.00
            """,
        1);
  }

  @Test
  void theRampScalesTheQuotaOfAnSdrsTiers() throws IOException {
    passes(
        HEAD.replace("  role: text\n", "  role: text\n  start_date: date optional\n")
                .replace("pays quarterly", "pays monthly")
            + """

            ramp new hires 0%, 50%, 100%

            quota = 40_000 per month
            sourced_won = sum of amount of sourced
            attainment = sourced_won / quota
            when quota is 0 then attainment = 0%

            component "SDR" for role sdr:
              marginal tiers on sourced_won
                from 0% pay 2%
                from 100% pay 5%

            test "a new SDR ramps":
              people:
                ann ae
                sam sdr start_date 2027-03-10
              deals: D1 ann 30_000 closed_won 2027-04-20 sam
              # April is sam's second month: quota 50% x 40,000 = 20,000.
              # 20,000 x 2% + 10,000 x 5% = 400 + 500 = 900.00.
              expect quota(sam, 2027-04) = 20_000.00
              expect payout(sam, 2027-04) = 900.00
            """,
        1);
  }

  /**
   * W0109: a component paid on a total of clawed-back rows, neither per row, on tiers nor
   * cumulative, keeps a cancelled deal's pay; the checker says so. One row per component shape.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "pay 2% of sum of amount of sourced | W0109 sourced",
        "pay 10% of sum of amount of deals | W0109 deals",
        "pay 10% of won_total | W0109 deals",
        "pay 500 if sourced_won > 0 | W0109 sourced",
        "pay 2% of amount per sourced | ''",
        "pay 500 per deal | ''",
        "marginal tiers on sum of amount of sourced\\n    from 0 pay 2% | ''",
        "pay 300 | ''",
        "pay 1% of sum of score of leads | ''",
      })
  void aComponentTheClawbackCannotReachIsWarned(String pay, String expected) throws IOException {
    String plan =
        HEAD.replace(
                "clawback cancelled",
                """
                input leads from "leads.csv":
                  id: text
                  marketer: person
                  score: number
                  created_on: date

                credit leads to marketer on created_on

                won_total = sum of amount of deals
                sourced_won = sum of amount of sourced

                clawback cancelled""")
            + "\ncomponent \"C\":\n  "
            + pay.replace("\\n", "\n")
            + "\n\ncomponent \"Per deal\":\n  pay 1 per deal\n";
    Files.writeString(dir.resolve("p.comp"), plan);
    var diagnostics = Compass.check(dir.resolve("p.comp")).diagnostics();
    String found =
        String.join(
            ",",
            diagnostics.stream()
                .filter(d -> d.code() == compass.diag.Code.W0109) // not W0101 and the like
                .map(
                    d ->
                        d.code().id()
                            + " "
                            + d.message().replaceAll(".* a total of (\\w+),.*", "$1"))
                .toList());
    assertEquals(expected, found, DiagnosticRenderer.renderAll(diagnostics));
  }

  /**
   * With no people file, an SDR found only in the `sourced_by` column is a participant: the plan's
   * draw for their role tops up their quarters, and the owner's and the SDR's commission on a
   * cancelled deal are both taken back.
   */
  @Test
  void anSdrFoundOnlyInTheSourcedColumnGetsTheDrawAndTheClawback() throws IOException {
    String plan =
        HEAD.replace(
                """
                input people from "people.csv":
                  id: text
                  role: text

                """,
                "")
            + """

            everyone in deals.owner is role ae
            everyone in deals.sourced_by is role sdr

            draw 1_500 per quarter non-recoverable for role sdr

            component "AE" for role ae:
              pay 10% of amount per deal

            component "SDR" for role sdr:
              pay 2% of amount per sourced
            """;
    Files.writeString(dir.resolve("plan.comp"), plan);
    Files.writeString(
        dir.resolve("deals.csv"),
        """
        id,owner,amount,stage,close_date,sourced_by,cancel_date
        D1,ann,100000,closed_won,2027-03-15,sam,2027-04-14
        """);
    RunResult r = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null));
    assertEquals("", DiagnosticRenderer.renderAll(r.diagnostics()));
    // Q1: ann 10% x 100,000 = 10,000; sam 2% x 100,000 = 2,000 >= the 1,500 draw.
    // Q2: D1 cancelled 30 days after closing: ann -10,000 carried as owed, paid 0; sam -2,000
    // carried as owed, then the draw guarantee pays 1,500 (nothing was available).
    // Q3, Q4: ann 0; sam nothing earned, the draw pays 1,500 each quarter.
    assertEquals(
        "ann 2027-Q1 10000.00 owed 0.00, ann 2027-Q2 0.00 owed 10000.00, "
            + "ann 2027-Q3 0.00 owed 10000.00, ann 2027-Q4 0.00 owed 10000.00, "
            + "sam 2027-Q1 2000.00 owed 0.00, sam 2027-Q2 1500.00 owed 2000.00, "
            + "sam 2027-Q3 1500.00 owed 2000.00, sam 2027-Q4 1500.00 owed 2000.00",
        String.join(
            ", ",
            r.rows().stream()
                .map(
                    s ->
                        s.participant()
                            + " "
                            + s.period()
                            + " "
                            + s.payout().toPlainString()
                            + " owed "
                            + s.owed().toPlainString())
                .toList()));
  }
}
