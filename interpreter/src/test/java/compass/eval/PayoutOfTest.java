package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.ExplainResult;
import compass.api.RunRequest;
import compass.result.Explanation;
import compass.result.LineItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, point 9: {@code payout of "X"} is what component X earned for the participant in the
 * evaluated span, after its own steps. Each row gives component "X" (` ;; ` separates lines, `^`
 * indents two spaces) and what `payout of "X"` is in 2027-Q1 and 2027-Q2, read through a component
 * "Mirror" that pays it.
 *
 * <p>ann (role ae, quota 100,000 a quarter) books D1 10,000 (Jan, 24 months), D2 20,000 (Feb, 36),
 * D3 30,000 (Mar, 24), D4 40,000 (Mar, 12): Q1 bookings 100,000; D5 50,000 (Apr, 24) in Q2.
 */
class PayoutOfTest {
  @TempDir Path dir;

  static final String DEALS =
      deals(
          deal("D1", "ann", "10000", "closed_won", "2027-01-10", 24),
          deal("D2", "ann", "20000", "closed_won", "2027-02-10", 36),
          deal("D3", "ann", "30000", "closed_won", "2027-03-10", 24),
          deal("D4", "ann", "40000", "closed_won", "2027-03-20", 12),
          deal("D5", "ann", "50000", "closed_won", "2027-04-20", 24));

  private static String plan(String component, String read) {
    StringBuilder s = new StringBuilder("spif_cost = ").append(read).append("\n\n");
    for (String line : component.strip().split(" ;; ")) {
      int depth = 0;
      while (line.charAt(depth) == '^') depth++;
      s.append("  ".repeat(depth)).append(line.substring(depth)).append('\n');
    }
    s.append("\ncomponent \"Mirror\":\n  pay spif_cost\n");
    return standard(s.toString());
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # the worked example: 500 per deal of 24 months or more closed in Q1: D1, D2, D3 = 1,500; none in Q2
      component "X": ;; ^pay 500 per deal where term_months >= 24 and close_date in 2027-Q1 | payout of "X" | 1500.00 | 0.00
      # after a cap: 1,500 capped at 1,000; Q2 D5 500
      component "X": ;; ^pay 500 per deal where term_months >= 24 ;; ^cap 1_000 | payout of "X" | 1000.00 | 500.00
      # after a gate: Q1 bookings 100,000 < 120,000, nothing; Q2 50,000 also
      component "X": ;; ^pay 500 per deal where term_months >= 24 ;; ^gate bookings >= 120_000 | payout of "X" | 0.00 | 0.00
      # after a multiplier: 10% of each deal, x 2 on 36 months: 1,000 + 2,000 x 2 + 3,000 + 4,000 = 12,000; Q2 5,000
      component "X": ;; ^pay 10% of amount per deal ;; ^multiply by 2 where term_months >= 36 | payout of "X" | 12000.00 | 5000.00
      # a floor raises it: Q1 1,500 stays, Q2 500 raised to 800
      component "X": ;; ^pay 500 per deal where term_months >= 24 ;; ^floor 800 | payout of "X" | 1500.00 | 800.00
      # a component for another role pays ann nothing
      component "X" for role sdr: ;; ^pay 500 per deal | payout of "X" | 0.00 | 0.00
      # a pay clause whose condition fails: nothing
      component "X": ;; ^pay 1_000 if attainment >= 100% | payout of "X" | 1000.00 | 0.00
      # year to date: Q1 1,500; Q2 1,500 + 500 = 2,000
      component "X": ;; ^pay 500 per deal where term_months >= 24 | (payout of "X") year to date | 1500.00 | 2000.00
      # cumulative: Q1 YTD 100,000 of 100,000: 5,000; Q2 YTD 150,000 of 200,000: 7,500, less 5,000 paid: 2,500
      component "X" cumulative over year: ;; ^marginal tiers on bookings ;; ^^from 0% pay 5% ;; ^^from 100% pay 8% | payout of "X" | 5000.00 | 2500.00
      # ... its year to date is what it earned in the year so far: 5,000 + 2,500 = 7,500
      component "X" cumulative over year: ;; ^marginal tiers on bookings ;; ^^from 0% pay 5% ;; ^^from 100% pay 8% | (payout of "X") year to date | 5000.00 | 7500.00
      # arithmetic on it, in brackets: 1,500 x 2
      component "X": ;; ^pay 500 per deal where term_months >= 24 and close_date in 2027-Q1 | (payout of "X") * 2 | 3000.00 | 0.00
      """)
  void readsTheComponentsPayout(String component, String read, String q1, String q2) {
    Evaluation ev = run(dir, plan(component, read), ONE_AE, DEALS);
    money(q1, lineTotal(ev, "ann", "2027-Q1", "Mirror"), "2027-Q1\n" + dump(ev));
    money(q2, lineTotal(ev, "ann", "2027-Q2", "Mirror"), "2027-Q2\n" + dump(ev));
  }

  /**
   * The worked example of the issue: `roi = bookings / spif_cost`. Q1 bookings 100,000 / 1,500 =
   * 66.666...: a percent of 6,666.67% (66.67 x 100); the bonus pays 1% of bookings only when the
   * SPIF cost more than 1,000: Q1 1,000; Q2 (no SPIF paid) nothing.
   */
  @Test
  void roiAndAGateOnTheCostOfSales() {
    String plan =
        standard(
            """
            spif_cost = payout of "Q1 SPIF"
            roi = bookings / spif_cost

            component "Q1 SPIF":
              pay 500 per deal where term_months >= 24 and close_date in 2027-Q1

            component "Cost of sales bonus":
              pay 1% of bookings
              gate spif_cost > 1_000

            component "ROI":
              pay roi of 1 USD if spif_cost > 0
            """);
    Evaluation ev = run(dir, plan, ONE_AE, DEALS);
    money("1500.00", lineTotal(ev, "ann", "2027-Q1", "Q1 SPIF"), dump(ev));
    money("1000.00", lineTotal(ev, "ann", "2027-Q1", "Cost of sales bonus"), dump(ev));
    money("0.00", lineTotal(ev, "ann", "2027-Q2", "Cost of sales bonus"), dump(ev));
    money("66.67", lineTotal(ev, "ann", "2027-Q1", "ROI"), "100,000 / 1,500 x 1\n" + dump(ev));
    List<LineItem> bonus = lines(ev, "ann", "2027-Q1", "Cost of sales bonus");
    assertEquals(
        "pay 1% of bookings = 1,000.00; payout of \"Q1 SPIF\" in 2027-Q1 = 1,500.00",
        bonus.get(0).note());
  }

  /** A plan with a definition named `payout` keeps its meaning: 10% of Q1's 100,000 = 10,000. */
  @Test
  void aDefinitionNamedPayoutIsStillAProduct() {
    String plan =
        standard(
            """
            payout = 10%

            component "Bonus":
              pay payout of bookings
            """);
    Evaluation ev = run(dir, plan, ONE_AE, DEALS);
    money("10000.00", lineTotal(ev, "ann", "2027-Q1", "Bonus"), dump(ev));
  }

  /** explain shows the payout a component read, with its period and amount. */
  @Test
  void explainShowsThePayoutRead() {
    String plan =
        standard(
            """
            spif_cost = payout of "Q1 SPIF"

            component "Q1 SPIF":
              pay 500 per deal where term_months >= 24 and close_date in 2027-Q1

            component "Cost of sales bonus":
              pay 1% of bookings
              gate spif_cost > 1_000
            """);
    run(dir, plan, ONE_AE, DEALS);
    ExplainResult ann =
        Compass.explain(new RunRequest(dir.resolve("p.comp"), dir, "2027-Q1", true), "ann");
    assertTrue(ann.ok(), ann.diagnostics().toString());
    assertTrue(
        labels(ann.explanation()).contains("payout of \"Q1 SPIF\" in 2027-Q1 = 1,500.00"),
        labels(ann.explanation()).toString());
  }

  private static List<String> labels(Explanation e) {
    List<String> out = new java.util.ArrayList<>();
    out.add(e.label());
    for (Explanation c : e.children()) out.addAll(labels(c));
    return out;
  }
}
