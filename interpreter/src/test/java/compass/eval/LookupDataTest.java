package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import compass.api.Compass;
import compass.check.CheckedPlan;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.result.RejectedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rows of reference tables that cannot be right (eval/ReferenceChecks): two rows of one key,
 * two rows of one key in force on a same day, an empty key, a row that ends before it starts; each
 * at its cell. And a deal whose key has no row under --keep-going: rejected, counted, never 0.
 */
class LookupDataTest {
  @TempDir Path dir;

  static final String PLAN = LookupsTest.PLAN;

  private String fail(String plan, String products, String rates) {
    return failFiles(
        dir,
        plan,
        "people.csv",
        LookupsTest.PEOPLE,
        "deals.csv",
        LookupsTest.DEALS,
        "products.csv",
        products,
        "rates.csv",
        rates,
        "certs.csv",
        LookupsTest.CERTS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # a second GTX Pro on line 5 (products.csv's line 2 is the first)
      GTX Pro,GTY,1,2026-01-01,false | EMEA,hardware,3%,2027-01-01, | products.csv:5:1: error[E0540]: a second row for product `GTX Pro` (first on line 2)
      # an empty product: the field is declared without `optional`, so the loader refuses it first
      ,GTY,1,2026-01-01,false        | EMEA,hardware,3%,2027-01-01, | products.csv:5:1: error[E0512]: missing value for product
      # EMEA hardware from 2027-03-01 while the row of line 2 is in force for ever (no `to`)
      MG Pro,MG,1,2026-01-01,false   | EMEA,hardware,4%,2027-03-01,2027-12-31 | rates.csv:7:18: error[E0540]: a second row for region `EMEA`, product_line `hardware` in force on the same days (first on line 2)
      # a row in force until before it starts
      MG Pro,MG,1,2026-01-01,false   | EMEA,other,4%,2027-03-01,2027-02-28 | rates.csv:7:26: error[E0542]: this row is in force from 2027-03-01 to 2027-02-28, which is before it starts
      """)
  void badReferenceRowsAreRefusedAtTheirCell(String product, String rate, String expected) {
    String errors =
        fail(
            PLAN.replace(" PRODUCT_OPTIONAL", ""),
            LookupsTest.PRODUCTS + product + "\n",
            LookupsTest.RATES + rate + "\n");
    assertEquals(expected, firstLine(errors));
  }

  /**
   * `valid from F` alone: a row is in force until the next row of its key starts, so only two rows
   * of one key starting on the same day are in force together.
   */
  @Test
  void withoutAnEndTwoRowsOfOneKeyMayNotStartTheSameDay() {
    String plan =
        PLAN.replace(" PRODUCT_OPTIONAL", "")
            .replace("valid from effective_from to effective_to", "valid from effective_from");
    String errors =
        fail(plan, LookupsTest.PRODUCTS, LookupsTest.RATES + "EMEA,software,5%,2027-07-01,\n");
    // line 4 (EMEA software 6% from 2027-07-01) and line 7 start on the same day
    assertEquals(
        "rates.csv:7:18: error[E0540]: a second row for region `EMEA`, product_line `software`"
            + " from the same day (first on line 4)",
        firstLine(errors));
  }

  /** An empty key cell of a key declared optional in its field. */
  @Test
  void anEmptyKeyIsRefused() {
    String plan =
        PLAN.replace(" PRODUCT_OPTIONAL", "")
            .replace("  product: text\n  series", "  product: text optional\n  series");
    String errors =
        fail(plan, LookupsTest.PRODUCTS + ",GTY,1,2026-01-01,false\n", LookupsTest.RATES);
    assertEquals(
        "products.csv:5:1: error[E0541]: the key `product` is empty, so no lookup can find this row",
        firstLine(errors));
  }

  /** A person key of a reference table is checked like an owner: E0507, and nothing more. */
  @Test
  void anUnknownPersonInAReferenceTableIsReportedLikeAnOwner() {
    String errors =
        failFiles(
            dir,
            PLAN.replace(" PRODUCT_OPTIONAL", ""),
            "people.csv",
            LookupsTest.PEOPLE,
            "deals.csv",
            LookupsTest.DEALS,
            "products.csv",
            LookupsTest.PRODUCTS,
            "rates.csv",
            LookupsTest.RATES,
            "certs.csv",
            LookupsTest.CERTS + "zed,2027-01-01,\n");
    assertEquals(
        "certs.csv:4:1: error[E0507]: person zed is not in people\n",
        errors.replaceAll("(?m)^.*/", ""));
  }

  /**
   * --keep-going: D5's product Zeta has no row; D5 is rejected (E0610, at its product cell) and the
   * others paid as before; the reconciliation counts it.
   */
  @Test
  void aMissingKeyRejectsTheDealUnderKeepGoing() {
    write(dir, "p.comp", PLAN.replace(" PRODUCT_OPTIONAL", ""));
    write(dir, "people.csv", LookupsTest.PEOPLE);
    write(
        dir, "deals.csv", LookupsTest.DEALS + "D5,bob,1000,closed_won,2027-09-01,Zeta,hardware\n");
    write(dir, "products.csv", LookupsTest.PRODUCTS);
    write(dir, "rates.csv", LookupsTest.RATES);
    write(dir, "certs.csv", LookupsTest.CERTS);
    Diagnostics diags = new Diagnostics();
    CheckedPlan checked = Compass.load(dir.resolve("p.comp"), diags);
    List<RejectedRow> rejects = new ArrayList<>();
    Evaluation ev = Compass.evaluate(checked, dir, diags, true, true, rejects);
    assertNotNull(ev, () -> DiagnosticRenderer.renderAll(diags.all()));
    assertEquals(1, rejects.size(), rejects::toString);
    RejectedRow r = rejects.get(0);
    assertEquals("deals.csv", Path.of(r.file()).getFileName().toString());
    assertEquals(6, r.line());
    assertEquals("E0610", r.code().id());
    assertEquals(
        "E0610 no row of products.csv for product `Zeta` (deal D5, deals.csv:6)", r.error());
    // bob's Q3 by series: D3 only, 30,000 x 10%
    money("3000.00", lineTotal(ev, "bob", "2027-Q3", "By series"));
  }

  private static String firstLine(String errors) {
    return errors.lines().findFirst().orElse("").replaceAll("^.*/", "");
  }
}
