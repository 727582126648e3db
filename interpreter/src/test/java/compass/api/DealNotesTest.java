package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.DiagnosticRenderer;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.testing.Golden;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 8(d): a deal's line says the arithmetic that was done on it (golden files in
 * src/test/resources/notes, read by hand), and a `multiply by ... where` keeps one line per deal.
 *
 * <p>ann books D1 90,000 (2027-01-10, 12 months) then D2 20,000 (2027-02-10, 24 months); the quota
 * is 100,000 a quarter.
 *
 * <ul>
 *   <li>"Straddle end" (SEMANTICS 5): D1 90,000 x 10% = 9,000; D2 ends at 110,000, in the band from
 *       100%: the whole 20,000 x 15% = 3,000.
 *   <li>"Straddle start": D1 9,000; D2 starts at 90,000, in the band below 100%: 20,000 x 10% =
 *       2,000.
 *   <li>"Each deal alone", bands 5% from 0 and 8% from 50,000: D1 50,000 x 5% + 40,000 x 8% = 2,500
 *       + 3,200 = 5,700; D2 20,000 x 5% = 1,000.
 *   <li>"Kicker", 10% of amount per deal, x 1.2 where term_months >= 24: D1 9,000; D2 2,000 x 1.2 =
 *       2,400.
 *   <li>"Tiered kicker", 5% below 100%, 8% from it, x 1.2 where term_months >= 24: D1 90,000 x 5% =
 *       4,500; D2 tiers(110,000) - tiers(90,000) = 5,800 - 4,500 = 1,300, x 1.2 = 1,560.
 * </ul>
 *
 * <p>ann's Q1: 12,000 + 11,000 + 6,700 + 11,400 + 6,060 = 47,160.
 */
final class DealNotesTest {
  static final String PLAN =
      """
      plan "Notes" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-03-31

      input people from "people.csv":
        id: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        close_date: date
        term_months: integer

      credit deals to owner on close_date

      quota = 100_000 per quarter
      bookings = sum of amount

      component "Straddle end":
        marginal tiers on bookings straddle end
          from 0% pay 10%
          from 100% pay 15%

      component "Straddle start":
        marginal tiers on bookings straddle start
          from 0% pay 10%
          from 100% pay 15%

      component "Each deal alone":
        marginal tiers on bookings per deal
          from 0 pay 5%
          from 50_000 pay 8%

      component "Kicker":
        pay 10% of amount per deal
        multiply by 1.2 where term_months >= 24

      component "Tiered kicker":
        marginal tiers on bookings
          from 0% pay 5%
          from 100% pay 8%
        multiply by 1.2 where term_months >= 24
      """;

  @TempDir Path dir;
  Path plan;

  @BeforeEach
  void write() throws IOException {
    plan = dir.resolve("notes.comp");
    Files.writeString(plan, PLAN);
    Files.writeString(dir.resolve("people.csv"), "id\nann\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,close_date,term_months\n"
            + "D1,ann,90000,2027-01-10,12\nD2,ann,20000,2027-02-10,24\n");
  }

  @Test
  void eachDealsLineSaysTheArithmeticDoneOnIt() {
    RunResult run = Compass.run(new RunRequest(plan, null, null, true));
    assertTrue(run.ok(), () -> DiagnosticRenderer.renderAll(run.diagnostics()));
    Map<String, String> amounts = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder("component,deal,amount,note\n");
    for (LineItem l : run.lines()) {
      csv.append(l.component())
          .append(',')
          .append(l.deal())
          .append(',')
          .append(l.amount().toPlainString())
          .append(',')
          .append(l.note())
          .append('\n');
      if (!l.deal().isEmpty()) amounts.put(l.component() + " " + l.deal(), l.amount().toString());
    }
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Straddle end D1", "9000.00");
    expected.put("Straddle end D2", "3000.00");
    expected.put("Straddle start D1", "9000.00");
    expected.put("Straddle start D2", "2000.00");
    expected.put("Each deal alone D1", "5700.00");
    expected.put("Each deal alone D2", "1000.00");
    expected.put("Kicker D1", "9000.00");
    expected.put("Kicker D2", "2400.00");
    expected.put("Tiered kicker D1", "4500.00");
    expected.put("Tiered kicker D2", "1560.00");
    assertEquals(expected, amounts);
    Golden.assertMatches(golden("deal-notes.lines.csv"), csv.toString());
  }

  @Test
  void explainShowsTheSameArithmeticUnderEachDeal() {
    ExplainResult ann = Compass.explain(new RunRequest(plan, null, "2027-Q1", true), "ann");
    assertTrue(ann.ok(), () -> DiagnosticRenderer.renderAll(ann.diagnostics()));
    assertEquals(0, new BigDecimal("47160.00").compareTo(ann.explanation().amount()));
    StringBuilder out = new StringBuilder();
    render(ann.explanation(), "", out);
    Golden.assertMatches(golden("deal-notes.explain.txt"), out.toString());
  }

  private static void render(Explanation e, String indent, StringBuilder out) {
    out.append(indent).append(e.label());
    if (e.amount() != null) out.append("  ").append(e.amount().toPlainString());
    out.append('\n');
    for (Explanation c : e.children()) render(c, indent + "  ", out);
  }

  static Path golden(String name) {
    return Path.of("src/test/resources/notes").resolve(name);
  }
}
