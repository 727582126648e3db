package compass.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.ast.Decl;
import compass.ast.Plan;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `compass fmt` on clawbacks by rate, schedule and leaving: the canonical text, kept as parsed. */
class FormatClawbacksTest {
  private static final String WRITTEN =
      """
      plan "Clawbacks" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      clawback   50%  of cancelled deals within 90 days on cancel_date
      clawback cancelled deals on cancel_date   by months served:
          from 0 to 3 months   reverse 100%
          from 3 to 6 months reverse 50%
          from 6 months reverse   0%
      clawback deals within 90 days before leaving on end_date where status is not "paid"
      """;

  private static final String CANONICAL =
      """
      plan "Clawbacks" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      clawback 50% of cancelled deals within 90 days on cancel_date
      clawback cancelled deals on cancel_date by months served:
        from 0 to 3 months reverse 100%
        from 3 to 6 months reverse 50%
        from 6 months reverse 0%
      clawback deals within 90 days before leaving on end_date where status is not "paid"
      """;

  @Test
  void formatsToTheCanonicalLayoutAndBackToItself() {
    Diagnostics diags = new Diagnostics();
    String once = Formatter.format(new SourceFile("clawbacks.comp", WRITTEN), diags);
    assertFalse(diags.hasErrors(), diags.all().toString());
    assertEquals(CANONICAL, once);
    assertEquals(once, Formatter.format(new SourceFile("again.comp", once), new Diagnostics()));
  }

  @Test
  void theFormattedPlanParsesToTheSameRules() {
    Plan written = PlanParser.parsePlan(new SourceFile("w", WRITTEN), new Diagnostics());
    Plan formatted = PlanParser.parsePlan(new SourceFile("f", CANONICAL), new Diagnostics());
    assertEquals(AstShape.of(written), AstShape.of(formatted));
    List<Decl.Clawback> rules = formatted.all(Decl.Clawback.class);
    assertEquals(3, rules.size());
    assertEquals("50%", rules.get(0).rate().span().text());
    assertFalse(rules.get(0).leaving());
    assertNull(rules.get(1).window());
    assertEquals(3, rules.get(1).schedule().size());
    assertNull(rules.get(1).schedule().get(2).upper());
    assertTrue(rules.get(2).leaving());
    assertEquals("end_date", rules.get(2).date().text());
    assertEquals("status is not \"paid\"", rules.get(2).filter().span().text());
  }

  @Test
  void wordsBeforeTheDateStayWords() {
    // `leaving` and `before` are soft keywords: a rule on cancellations may still say them
    Plan p =
        PlanParser.parsePlan(
            new SourceFile(
                "w", "clawback deals cancelled before go live within 90 days on cancel_date\n"),
            new Diagnostics());
    Decl.Clawback c = p.all(Decl.Clawback.class).get(0);
    assertFalse(c.leaving());
    assertEquals("cancel_date", c.date().text());
  }

  @Test
  void theNewWordsStillNameThings() {
    Diagnostics diags = new Diagnostics();
    Plan p =
        PlanParser.parsePlan(
            new SourceFile(
                "w", "before = 1\nleaving = before + 1\nserved = 2\nreverse = served * leaving\n"),
            diags);
    assertFalse(diags.hasErrors(), diags.all().toString());
    assertEquals(4, p.all(Decl.Definition.class).size());
  }
}
