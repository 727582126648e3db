package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.DiagnosticRenderer;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.result.LocalPay;
import compass.result.StatementRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * SEMANTICS 13, a participant paid in their own currency: `pay participants in pay_currency using
 * fx on payment date`. The FX table keeps the convention of `convert` (plan currency per unit of
 * the other currency), so the local amount is the payout divided by the rate in force on the
 * payment date, rounded once to the pay currency's minor unit; the lines take the remainder on the
 * period's last line.
 */
class PayCurrencyTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      plan "Paid in EUR" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text
        pay_currency: text optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      input fx from "fx.csv":
        currency: text
        date: date
        rate: number

      credit deals where stage is closed_won to owner on close_date
      pay participants in pay_currency using fx on payment date%s

      component "Commission":
        pay amount * 10%% per deal
      """;

  private static final String PEOPLE = "id,role,pay_currency\nann,ae,EUR\nbob,ae,\nkei,ae,JPY\n";

  // Q1: ann 60,000 (Jan 10) + 40,000 (Mar 5) at 10% = 6,000 + 4,000 = 10,000.00 USD;
  // bob 50,000 -> 5,000.00 USD; kei 20,000 -> 2,000.00 USD.
  private static final String DEALS =
      """
      id,owner,amount,stage,close_date
      A1,ann,60000,closed_won,2027-01-10
      A2,ann,40000,closed_won,2027-03-05
      B1,bob,50000,closed_won,2027-02-01
      K1,kei,20000,closed_won,2027-02-01
      """;

  // 0.92 EUR per USD is 1 / 0.92 = 1.08695652173913... USD per EUR (the table's convention)
  private static final String FX =
      """
      currency,date,rate
      EUR,2027-03-01,1.10
      EUR,2027-03-31,1.08695652173913
      EUR,2027-04-01,1.30
      JPY,2027-03-15,0.0068
      """;

  private RunResult run(String clause, String people, String fx) {
    write("p.comp", PLAN.formatted(clause));
    write("people.csv", people);
    write("deals.csv", DEALS);
    write("fx.csv", fx);
    return Compass.run(new RunRequest(dir.resolve("p.comp"), dir, null, true));
  }

  private RunResult ok(String clause) {
    RunResult r = run(clause, PEOPLE, FX);
    assertTrue(r.ok(), () -> DiagnosticRenderer.renderAll(r.diagnostics()));
    return r;
  }

  private static LocalPay row(RunResult r, String who, String period) {
    for (int i = 0; i < r.rows().size(); i++) {
      StatementRow s = r.rows().get(i);
      if (s.participant().equals(who) && s.period().equals(period)) return r.paid().rows().get(i);
    }
    throw new AssertionError("no row " + who + " " + period);
  }

  private static List<String> lines(RunResult r, String who, String period) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.lines().size(); i++) {
      LineItem l = r.lines().get(i);
      if (!l.participant().equals(who) || !l.period().equals(period)) continue;
      LocalPay p = r.paid().lines().get(i);
      out.add(
          l.deal()
              + " "
              + l.amount()
              + " "
              + l.currency()
              + " = "
              + p.amount()
              + " "
              + p.currency());
    }
    return out;
  }

  @Test
  void theWorkedExample() {
    RunResult r = ok("");
    // payment date 2027-03-31 (Q1's last day): rate 1.08695652173913 USD per EUR, i.e. 0.92 EUR
    // per USD: 10,000.00 USD / 1.08695652173913 = 9,200.0000000000... -> 9,200.00 EUR
    LocalPay ann = row(r, "ann", "2027-Q1");
    assertEquals("EUR", ann.currency());
    assertEquals("9200.00", ann.amount().toPlainString());
    assertEquals("2027-03-31", ann.rateDate().toString());
    assertEquals("2027-03-31", ann.paymentDate().toString());
    assertEquals(0, new BigDecimal("1.08695652173913").compareTo(ann.rate()));
    // the statement itself stays in the plan currency: its public columns do not change
    StatementRow s = r.rows().stream().filter(x -> x.participant().equals("ann")).findFirst().get();
    assertEquals("10000.00", s.payout().toPlainString());
    assertEquals("USD", s.currency());
    // lines: A1 6,000 / 1.08695652173913 = 5,520.00; the last line takes the rest: 9,200.00 -
    // 5,520.00 = 3,680.00 (4,000 x 0.92, the same here)
    assertEquals(
        List.of("A1 6000.00 USD = 5520.00 EUR", "A2 4000.00 USD = 3680.00 EUR"),
        lines(r, "ann", "2027-Q1"));
  }

  @Test
  void aPaymentDateAfterThePeriodTakesTheRateInForceThenAndTheLastLineTakesTheRemainder() {
    RunResult r = ok(" paid 15 days after period end");
    // payment date 2027-03-31 + 15 days = 2027-04-15: the rate of 2027-04-01, 1.30 USD per EUR
    // 10,000.00 / 1.30 = 7,692.307... -> 7,692.31 EUR
    LocalPay ann = row(r, "ann", "2027-Q1");
    assertEquals("7692.31", ann.amount().toPlainString());
    assertEquals("2027-04-01", ann.rateDate().toString());
    assertEquals("2027-04-15", ann.paymentDate().toString());
    // A1: 6,000 / 1.30 = 4,615.384... -> 4,615.38; A2 alone would be 4,000 / 1.30 = 3,076.92,
    // but takes the rest, 7,692.31 - 4,615.38 = 3,076.93, so the lines add up to the payout
    assertEquals(
        List.of("A1 6000.00 USD = 4615.38 EUR", "A2 4000.00 USD = 3076.93 EUR"),
        lines(r, "ann", "2027-Q1"));
  }

  @Test
  void anEmptyPayCurrencyIsThePlanCurrencyAndYenHaveNoMinorUnit() {
    RunResult r = ok("");
    LocalPay bob = row(r, "bob", "2027-Q1");
    assertEquals("USD", bob.currency());
    assertEquals("5000.00", bob.amount().toPlainString());
    assertEquals(0, BigDecimal.ONE.compareTo(bob.rate()));
    assertNull(bob.rateDate());
    // kei: 2,000.00 USD / 0.0068 USD per JPY = 294,117.647... -> 294,118 JPY (0 places)
    LocalPay kei = row(r, "kei", "2027-Q1");
    assertEquals("294118", kei.amount().toPlainString());
    // Q2 pays nothing: 0 in every currency, at the rate of the payment date 2027-06-30
    assertEquals("0.00", row(r, "ann", "2027-Q2").amount().toPlainString());
  }

  @Test
  void explainShowsTheConversionWithTheRateAndItsDate() {
    ok("");
    ExplainResult e = Compass.explain(new RunRequest(dir.resolve("p.comp"), dir, "2027-Q1"), "ann");
    assertTrue(e.ok(), () -> DiagnosticRenderer.renderAll(e.diagnostics()));
    Explanation last = e.explanation().children().get(e.explanation().children().size() - 1);
    assertEquals(
        "paid in EUR: 10,000.00 USD / 1.08695652173913 USD per EUR (rate of 2027-03-31, payment"
            + " date 2027-03-31) = 9,200.00 EUR",
        last.label());
    assertEquals("fx", last.kind());
    // bob is paid in the plan currency: no conversion step
    ExplainResult b = Compass.explain(new RunRequest(dir.resolve("p.comp"), dir, "2027-Q1"), "bob");
    assertFalse(
        b.explanation().children().stream().anyMatch(c -> "fx".equals(c.kind())),
        b.explanation().toString());
  }

  /** Data problems: each one error with its code and words. */
  @TestFactory
  Stream<DynamicTest> dataErrors() {
    String[][] cases = {
      { // no GBP rate at all
        "id,role,pay_currency\nann,ae,GBP\nbob,ae,\nkei,ae,\n",
        FX,
        "error[E0612]: no FX rate GBP->USD on or before 2027-03-31, the payment date of ann's"
            + " 2027-Q1 payout"
      },
      { // a EUR rate, but only after the payment date
        PEOPLE,
        "currency,date,rate\nEUR,2027-04-01,1.30\nJPY,2027-01-01,0.0068\n",
        "error[E0612]: no FX rate EUR->USD on or before 2027-03-31"
      },
      {
        "id,role,pay_currency\nann,ae,EUX\nbob,ae,\nkei,ae,\n",
        FX,
        "error[E0458]: unknown pay currency `EUX`"
      },
      {PEOPLE, "currency,date,rate\nEUR,2027-03-31,0\n", "error[E0525]"},
    };
    return Stream.of(cases)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c[2],
                    () -> {
                      RunResult r = run("", c[0], c[1]);
                      assertFalse(r.ok());
                      String out = DiagnosticRenderer.renderAll(r.diagnostics());
                      assertTrue(out.contains(c[2]), out);
                    }));
  }

  @Test
  void unknownCurrencyNamesTheNearestCode() {
    RunResult r = run("", "id,role,pay_currency\nann,ae,EUX\nbob,ae,\nkei,ae,\n", FX);
    String out = DiagnosticRenderer.renderAll(r.diagnostics());
    assertTrue(out.contains("people.csv:2"), out);
    assertTrue(out.contains("did you mean `EUR`?"), out);
  }

  @Test
  void planTestsExpectThePayoutInThePayCurrency() {
    String tests =
        """

        test "ann is paid in EUR":
          people:
            ann ae EUR
            bob ae
          deals:
            A1 ann 60_000 closed_won 2027-01-10
            A2 ann 40_000 closed_won 2027-03-05
          fx:
            EUR 2027-03-31 1.08695652173913
          # 10,000.00 USD / 1.08695652173913 USD per EUR (0.92 EUR per USD) = 9,200.00 EUR
          expect payout(ann, 2027-Q1) = 10_000.00
          expect payout_local(ann, 2027-Q1) = 9_200.00
          expect payout_local(ann, FY2027) = 9_200.00
          expect payout_local(bob, 2027-Q1) = 0.00

        test "a wrong expectation fails":
          people: ann ae EUR
          deals: A1 ann 100_000 closed_won 2027-01-10
          fx: EUR 2027-03-31 1.25
          # 10,000.00 / 1.25 = 8,000.00 EUR, not 9,000.00
          expect payout_local(ann, 2027-Q1) = 9_000.00
        """;
    write("p.comp", PLAN.formatted("") + tests);
    TestReport r = PlanTests.run(dir.resolve("p.comp"), false);
    assertTrue(r.planOk(), () -> DiagnosticRenderer.renderAll(r.diagnostics()));
    assertTrue(r.outcomes().get(0).passed(), r.outcomes().get(0).toString());
    TestReport.Failure f = r.outcomes().get(1).failures().get(0);
    assertEquals("9,000.00 / 8,000.00", f.expected() + " / " + f.actual());
  }

  @Test
  void payoutLocalNeedsPayCurrencies() {
    String plan =
        PLAN.formatted("")
                .replace("pay participants in pay_currency using fx on payment date\n", "")
            + """

            test "t":
              people: ann ae
              expect payout_local(ann, 2027-Q1) = 0.00
            """;
    write("p.comp", plan);
    TestReport r = PlanTests.run(dir.resolve("p.comp"), false);
    String out = DiagnosticRenderer.renderAll(r.diagnostics());
    assertTrue(
        out.contains(
            "error[E0613]: `payout_local` is the payout in a participant's pay currency, but the"
                + " plan pays everyone in USD"),
        out);
  }

  /**
   * Issue 16: a closed period shows what was paid in each currency. Q1 is closed at 0.92 EUR per
   * USD (ann 9,200.00 EUR); the FX table is then corrected to 1.25 USD per EUR for 2027-03-31,
   * which would give 10,000.00 / 1.25 = 8,000.00 EUR. Q1 keeps 9,200.00 and the rate it was paid
   * at.
   */
  @Test
  void aClosedPeriodKeepsWhatWasPaidInEachCurrency() {
    ok("");
    LedgerOutcome closed =
        Ledgers.close(
            new RunRequest(dir.resolve("p.comp"), dir, "2027-Q1", true),
            null,
            null,
            "test",
            java.time.LocalDate.of(2027, 4, 2));
    assertTrue(
        closed.diagnostics().stream().noneMatch(d -> d.isError()),
        () -> DiagnosticRenderer.renderAll(closed.diagnostics()));
    write("fx.csv", FX.replace("EUR,2027-03-31,1.08695652173913", "EUR,2027-03-31,1.25"));
    RunResult now = Compass.run(new RunRequest(dir.resolve("p.comp"), dir, null, true));
    assertTrue(now.ok(), () -> DiagnosticRenderer.renderAll(now.diagnostics()));
    LocalPay ann = row(now, "ann", "2027-Q1");
    assertEquals("9200.00", ann.amount().toPlainString());
    assertEquals(0, new BigDecimal("1.08695652173913").compareTo(ann.rate()));
    assertEquals(
        List.of("A1 6000.00 USD = 5520.00 EUR", "A2 4000.00 USD = 3680.00 EUR"),
        lines(now, "ann", "2027-Q1"));
    // from scratch, the corrected table: 10,000.00 / 1.25 = 8,000.00 EUR
    RunResult scratch =
        Compass.run(new RunRequest(dir.resolve("p.comp"), dir, null, true, false, null, true));
    assertEquals("8000.00", row(scratch, "ann", "2027-Q1").amount().toPlainString());
  }

  private void write(String name, String text) {
    try {
      Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
