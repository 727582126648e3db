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
}
