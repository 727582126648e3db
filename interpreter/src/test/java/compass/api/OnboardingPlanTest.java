package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.DiagnosticRenderer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The onboarding plan of the test resources (issue 14): sets, a field that ignores case, day
 * windows from the start date and a prorated guarantee in one plan; its own tests, worked by hand
 * in its comments, pass with no warning.
 */
class OnboardingPlanTest {
  private static final Path PLAN =
      Path.of("src", "test", "resources", "plans", "onboarding", "onboarding.comp");

  @Test
  void itsTestsPassWithNoWarning() {
    TestReport r = PlanTests.run(PLAN, false);
    StringBuilder shown = new StringBuilder(DiagnosticRenderer.renderAll(r.diagnostics()));
    for (TestReport.Outcome o : r.outcomes())
      shown.append(o.failures()).append(DiagnosticRenderer.renderAll(o.errors()));
    assertTrue(r.planOk(), shown::toString);
    assertEquals("", DiagnosticRenderer.renderAll(r.diagnostics()));
    assertEquals(2, r.outcomes().size());
    for (TestReport.Outcome o : r.outcomes()) assertTrue(o.passed(), shown::toString);
  }

  @Test
  void coverageCountsANamedSetAsReachedWhereItIsUsed() {
    TestReport r = PlanTests.run(PLAN, true);
    assertEquals("[]", r.unreached().stream().map(TestReport.Unreached::what).toList().toString());
  }

  /**
   * A what-if on a named set (the REPL's `what if new_regions = (...)`): adding EMEA pays 5% of D2
   * (20,000, Q1) and D4 (80,000, Q2) more: 1,000 + 4,000.
   */
  @Test
  void aWhatIfCanChangeANamedSet() {
    compass.diag.Diagnostics diags = new compass.diag.Diagnostics();
    compass.session.Session s = Compass.session(PLAN, PLAN.getParent(), diags, () -> false);
    assertTrue(s != null, diags.all()::toString);
    String text = "new_regions = (\"LATAM\", \"APAC\", \"EMEA\")";
    compass.session.Impact impact =
        s.apply(
            new compass.session.WhatIf.Redefine(
                "what if " + text, new compass.source.SourceFile("<test>", text + "\n")),
            diags,
            () -> false);
    assertTrue(!diags.hasErrors(), diags.all()::toString);
    assertEquals(new java.math.BigDecimal("5000.00"), impact.totalDelta());
  }
}
