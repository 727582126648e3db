package compass.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import compass.ast.Plan;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import org.junit.jupiter.api.Test;

/** `compass fmt` on a tier table applied to another amount: the canonical text, kept as parsed. */
class FormatAppliedTiersTest {
  private static final String WRITTEN =
      """
      plan "Applied" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      quota = 100_000 USD per quarter
      bookings = 0
      attainment = bookings/quota
      base_salary = 20_000 USD per quarter

      component "Bonus":
        retroactive tiers on attainment   applied to   base_salary
          from 0%  to 50% pay 0%
          from 50% to 100%   pay 4%
          above 100% pay 8%
      """;

  private static final String CANONICAL =
      """
      plan "Applied" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      quota = 100_000 USD per quarter
      bookings = 0
      attainment = bookings / quota
      base_salary = 20_000 USD per quarter

      component "Bonus":
        retroactive tiers on attainment applied to base_salary
          from 0% to 50% pay 0%
          from 50% to 100% pay 4%
          above 100% pay 8%
      """;

  @Test
  void formatsToTheCanonicalLayoutAndBackToItself() {
    Diagnostics diags = new Diagnostics();
    String once = Formatter.format(new SourceFile("applied.comp", WRITTEN), diags);
    assertFalse(diags.hasErrors(), diags.all().toString());
    assertEquals(CANONICAL, once);
    assertEquals(once, Formatter.format(new SourceFile("again.comp", once), new Diagnostics()));
  }

  @Test
  void theFormattedPlanParsesToTheSameTable() {
    Plan written = PlanParser.parsePlan(new SourceFile("w", WRITTEN), new Diagnostics());
    Plan formatted = PlanParser.parsePlan(new SourceFile("f", CANONICAL), new Diagnostics());
    assertEquals(AstShape.of(written), AstShape.of(formatted));
    compass.ast.Step.Tiers tiers =
        (compass.ast.Step.Tiers)
            written.all(compass.ast.Decl.Component.class).get(0).steps().get(0);
    assertEquals("[Ref, name=base_salary]", AstShape.of(tiers.appliedTo()).toString());
  }
}
