package compass.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Plan;
import compass.calendar.Frequency;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import org.junit.jupiter.api.Test;

/**
 * `compass fmt` on pay periods of weeks, `spread by days` and a draw paid in advance (issue 15.5):
 * the canonical text, kept as parsed.
 */
class FormatPeriodsTest {
  private static final String WRITTEN =
      """
      plan "Weeks" version 1
        currency USD
        pays   every   two weeks
        effective 2027-01-01 to 2027-12-31

      bookings = 0
      quota = 30_000 per quarter   spread by  days
      weekly = 700 per   week
      recent = bookings trailing 4 weeks

      draw 1_000 per week recoverable   paid in   advance recovery cap 50%

      component "Week five":
        pay 100 if quota in 2027-W05  or  bookings >= quota
      component "Period three":
        pay weekly if 2027-P03 is 2027-P03
      """;

  private static final String CANONICAL =
      """
      plan "Weeks" version 1
        currency USD
        pays every two weeks
        effective 2027-01-01 to 2027-12-31

      bookings = 0
      quota = 30_000 per quarter spread by days
      weekly = 700 per week
      recent = bookings trailing 4 weeks

      draw 1_000 per week recoverable paid in advance recovery cap 50%

      component "Week five":
        pay 100 if quota in 2027-W05 or bookings >= quota
      component "Period three":
        pay weekly if 2027-P03 is 2027-P03
      """;

  @Test
  void formatsToTheCanonicalLayoutAndBackToItself() {
    Diagnostics diags = new Diagnostics();
    String once = Formatter.format(new SourceFile("weeks.comp", WRITTEN), diags);
    assertFalse(diags.hasErrors(), diags.all().toString());
    assertEquals(CANONICAL, once);
    assertEquals(once, Formatter.format(new SourceFile("again.comp", once), new Diagnostics()));
  }

  @Test
  void theFormattedPlanParsesToTheSameConstructs() {
    Plan written = PlanParser.parsePlan(new SourceFile("w", WRITTEN), new Diagnostics());
    Plan formatted = PlanParser.parsePlan(new SourceFile("f", CANONICAL), new Diagnostics());
    assertEquals(AstShape.of(written), AstShape.of(formatted));
    assertEquals("every two weeks", formatted.header().frequency().text());
    Decl.Draw draw = formatted.all(Decl.Draw.class).get(0);
    assertTrue(draw.inAdvance());
    assertTrue(draw.recoverable());
    Expr.Per quota =
        (Expr.Per)
            formatted.all(Decl.Definition.class).stream()
                .filter(d -> d.name().text().equals("quota"))
                .findFirst()
                .orElseThrow()
                .value();
    assertTrue(quota.byDays());
    assertEquals(Frequency.QUARTER, quota.unit());
  }

  @Test
  void wordsOfTheNewSyntaxStillNameThings() {
    // `week`, `spread`, `paid` and `advance` are soft keywords: old plans may use them as names
    String plan =
        """
        plan "Names" version 1
          currency USD
          pays monthly
          effective 2027-01-01 to 2027-12-31

        week = 1
        spread = 2
        paid = week + spread
        advance = paid per month
        """;
    Diagnostics diags = new Diagnostics();
    PlanParser.parsePlan(new SourceFile("names.comp", plan), diags);
    assertFalse(diags.hasErrors(), diags.all().toString());
  }
}
