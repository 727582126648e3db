package compass.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import compass.ast.Decl;
import compass.ast.Plan;
import compass.ast.Step;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import org.junit.jupiter.api.Test;

/**
 * `compass fmt` on a SPIF pool and a team budget (issue 15): the canonical text, kept as parsed.
 */
class FormatPoolsTest {
  private static final String WRITTEN =
      """
      plan "Pools" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      bookings = 0
      budget   earnings by team from budgets against   bookings scaled pro rata ,remainder to largest

      component "Launch SPIF":
        pay 500 per deal   where close_date in 2027-Q1
        from pool  20_000 USD per quarter in close_date   order
      component "Year SPIF":
        pay 100 per deal
        from pool 1_200.50 in close_date order
      """;

  private static final String CANONICAL =
      """
      plan "Pools" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      bookings = 0
      budget earnings by team from budgets against bookings scaled pro rata, remainder to largest

      component "Launch SPIF":
        pay 500 per deal where close_date in 2027-Q1
        from pool 20_000 USD per quarter in close_date order
      component "Year SPIF":
        pay 100 per deal
        from pool 1_200.50 in close_date order
      """;

  @Test
  void formatsToTheCanonicalLayoutAndBackToItself() {
    Diagnostics diags = new Diagnostics();
    String once = Formatter.format(new SourceFile("pools.comp", WRITTEN), diags);
    assertFalse(diags.hasErrors(), diags.all().toString());
    assertEquals(CANONICAL, once);
    assertEquals(once, Formatter.format(new SourceFile("again.comp", once), new Diagnostics()));
  }

  @Test
  void theFormattedPlanParsesToTheSamePoolAndBudget() {
    Plan written = PlanParser.parsePlan(new SourceFile("w", WRITTEN), new Diagnostics());
    Plan formatted = PlanParser.parsePlan(new SourceFile("f", CANONICAL), new Diagnostics());
    assertEquals(AstShape.of(written), AstShape.of(formatted));
    Step.Pool pool = (Step.Pool) written.all(Decl.Component.class).get(0).steps().get(1);
    assertEquals("quarter", pool.per().text());
    assertEquals("close_date", pool.order().text());
    Decl.Budget budget = written.all(Decl.Budget.class).get(0);
    assertEquals("team", budget.teamField().text());
    assertEquals("budgets", budget.table().text());
    assertEquals("largest", budget.remainderRule().text());
  }
}
