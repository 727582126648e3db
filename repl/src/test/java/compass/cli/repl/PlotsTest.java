package compass.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostics;
import compass.session.Session;
import compass.session.TierCurve;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `plot curve` draws what the evaluator pays: the plotted curve equals the payout at every sampled
 * point.
 */
class PlotsTest {
  // One band with an upper bound: nothing is paid on bookings above the quota (SEMANTICS 5).
  private static final String PLAN =
      """
      plan "Upper band" version 1
        currency USD
        fiscal year starts January
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        close_date: date

      credit deals to owner on close_date

      quota = 100_000 USD per quarter
      bookings = sum of amount

      component "Commission" for role ae:
        marginal tiers on bookings
          from 0% to 100% pay 10%
      """;

  @TempDir Path temp;

  private Repl load() throws Exception {
    Files.writeString(temp.resolve("plan.comp"), PLAN);
    Files.writeString(temp.resolve("people.csv"), "id,role\nann,ae\n");
    Files.writeString(
        temp.resolve("deals.csv"), "id,owner,amount,close_date\nD1,ann,150000.00,2027-02-01\n");
    Repl repl = new Repl(new PrintWriter(new StringWriter()));
    assertTrue(repl.load(temp.resolve("plan.comp"), null));
    return repl;
  }

  @Test
  void anUpperBoundedBandIsPlottedAsItIsPaid() throws Exception {
    Repl repl = load();
    Session session = repl.session();
    // ann books 150,000 against a quota of 100,000: the band stops at 100%, so 100,000 x 10% =
    // 10,000.00
    assertEquals(
        0, new BigDecimal("10000.00").compareTo(session.rows("ann", "2027-Q1").get(0).payout()));
    StringWriter out = new StringWriter();
    Plots plots = new Plots(new PrintWriter(out), session);
    Diagnostics diags = new Diagnostics();
    plots.plot(new Input("<input>", 1, "plot curve ann 2027-Q1"), diags);
    assertTrue(diags.isEmpty(), diags.all().toString());
    // the old re-implementation of tiers ignored the upper bound and said 15,000.00 here
    assertTrue(
        out.toString()
            .endsWith("◆ ann: attainment 150%, tiers pay 10,000.00 USD; ┊ band starts at 0%\n"),
        out.toString());
    assertTrue(
        out.toString()
            .startsWith("Commission: ann 2027-Q1, tiers on bookings against quota 100,000.00"),
        out.toString());

    // every point drawn is what the evaluator pays there: by hand, min(base, 100,000) x 10%
    assertEquals(60, plots.lastSamples.size());
    List<BigDecimal> bases = plots.lastSamples.stream().map(Plots.Sample::base).toList();
    TierCurve curve = session.tierCurve("Commission", "ann", "2027-Q1", bases, diags);
    for (int i = 0; i < bases.size(); i++) {
      Plots.Sample s = plots.lastSamples.get(i);
      BigDecimal byHand = s.base().min(new BigDecimal("100000")).multiply(new BigDecimal("0.10"));
      assertEquals(0, byHand.compareTo(s.payout()), "at " + s.base());
      assertEquals(0, curve.points().get(i).payout().compareTo(s.payout()), "at " + s.base());
    }
  }

  @Test
  void theCurveIsThePayoutTheSessionComputesForThatBase() throws Exception {
    Repl repl = load();
    String[] amounts = {"0", "40_000", "99_999.99", "100_000", "100_000.01", "250_000"};
    List<BigDecimal> bases = new ArrayList<>();
    for (String amount : amounts) bases.add(new BigDecimal(amount.replace("_", "")));
    TierCurve curve =
        repl.session().tierCurve("Commission", "ann", "2027-Q1", bases, new Diagnostics());
    assertEquals(bases.size(), curve.points().size());
    // a real what-if on the one deal: the statement's payout is the curve's value at that base
    for (int i = 0; i < amounts.length; i++) {
      String amount = amounts[i];
      repl = load();
      repl.execute("<input>", 1, "what if deal D1 has amount = " + amount);
      assertEquals(0, repl.errors());
      BigDecimal paid = repl.session().rows("ann", "2027-Q1").get(0).payout();
      TierCurve.Point point = curve.points().get(i);
      assertEquals(0, point.base().compareTo(new BigDecimal(amount.replace("_", ""))), amount);
      assertEquals(
          0, paid.compareTo(point.payout().setScale(2, java.math.RoundingMode.HALF_EVEN)), amount);
    }
  }
}
