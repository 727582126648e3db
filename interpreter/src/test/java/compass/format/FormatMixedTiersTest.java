package compass.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import compass.ast.Decl;
import compass.ast.Plan;
import compass.ast.Step;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `compass fmt` on mixed tiers (a mode per band) and on bands paying per deal: the canonical text,
 * kept as parsed, with each band's mode and unit.
 */
class FormatMixedTiersTest {
  private static final String WRITTEN =
      """
      plan "Mixed" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      quota = 100_000 USD per quarter
      bookings = 0
      won = 0

      component "Commission":
        mixed   tiers on bookings
          from 0% to 80%  pay 3%   retroactive
          from 80% to 100% pay 6% retroactive   # the decelerator
          from 100%  pay 10% marginal
      component "Deal bonus":
        marginal tiers on won
          from 1 pay 250 per   deal
          from 4 pay 400  per deal
      """;

  private static final String CANONICAL =
      """
      plan "Mixed" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      quota = 100_000 USD per quarter
      bookings = 0
      won = 0

      component "Commission":
        mixed tiers on bookings
          from 0% to 80% pay 3% retroactive
          from 80% to 100% pay 6% retroactive  # the decelerator
          from 100% pay 10% marginal
      component "Deal bonus":
        marginal tiers on won
          from 1 pay 250 per deal
          from 4 pay 400 per deal
      """;

  @Test
  void formatsToTheCanonicalLayoutAndBackToItself() {
    Diagnostics diags = new Diagnostics();
    String once = Formatter.format(new SourceFile("mixed.comp", WRITTEN), diags);
    assertFalse(diags.hasErrors(), diags.all().toString());
    assertEquals(CANONICAL, once);
    assertEquals(once, Formatter.format(new SourceFile("again.comp", once), new Diagnostics()));
  }

  @Test
  void theFormattedPlanParsesToTheSameBands() {
    Plan formatted = PlanParser.parsePlan(new SourceFile("f", CANONICAL), new Diagnostics());
    List<Decl.Component> components = formatted.all(Decl.Component.class);
    Step.Tiers mixed = (Step.Tiers) components.get(0).steps().get(0);
    assertEquals(Step.TierMode.MIXED, mixed.mode());
    assertEquals(
        List.of(Step.TierMode.RETROACTIVE, Step.TierMode.RETROACTIVE, Step.TierMode.MARGINAL),
        mixed.bands().stream().map(Step.Band::mode).toList());
    Step.Tiers perDeal = (Step.Tiers) components.get(1).steps().get(0);
    assertEquals(
        List.of("deal", "deal"), perDeal.bands().stream().map(b -> b.perUnit().text()).toList());
    assertEquals(null, perDeal.bands().get(0).mode());
    assertEquals(
        AstShape.of(PlanParser.parsePlan(new SourceFile("w", WRITTEN), new Diagnostics())),
        AstShape.of(formatted));
  }
}
