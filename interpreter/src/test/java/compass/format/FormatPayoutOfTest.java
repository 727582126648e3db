package compass.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import compass.ast.Plan;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import org.junit.jupiter.api.Test;

/** `compass fmt` on `payout of "Title"` (issue 15, point 9): canonical, kept as parsed. */
class FormatPayoutOfTest {
  private static final String WRITTEN =
      """
      plan "Payouts" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      bookings = 0
      spif_cost = payout   of "Q1 SPIF"
      spif_ytd = ( payout of "Q1 SPIF" )   year to date
      roi = bookings/spif_cost

      component "Q1 SPIF":
        pay 500
      component "Bonus":
        pay 10% of (payout of "Q1 SPIF")
        gate (payout of "Q1 SPIF")*2 > 1_000
      """;

  private static final String CANONICAL =
      """
      plan "Payouts" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      bookings = 0
      spif_cost = payout of "Q1 SPIF"
      spif_ytd = (payout of "Q1 SPIF") year to date
      roi = bookings / spif_cost

      component "Q1 SPIF":
        pay 500
      component "Bonus":
        pay 10% of (payout of "Q1 SPIF")
        gate (payout of "Q1 SPIF") * 2 > 1_000
      """;

  @Test
  void formatsToTheCanonicalLayoutAndBackToItself() {
    Diagnostics diags = new Diagnostics();
    String once = Formatter.format(new SourceFile("payouts.comp", WRITTEN), diags);
    assertFalse(diags.hasErrors(), diags.all().toString());
    assertEquals(CANONICAL, once);
    assertEquals(once, Formatter.format(new SourceFile("again.comp", once), new Diagnostics()));
  }

  @Test
  void theFormattedPlanParsesToTheSameExpressions() {
    Plan written = PlanParser.parsePlan(new SourceFile("w", WRITTEN), new Diagnostics());
    Plan formatted = PlanParser.parsePlan(new SourceFile("f", CANONICAL), new Diagnostics());
    assertEquals(AstShape.of(written), AstShape.of(formatted));
  }
}
