package compass.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.PlanTests;
import compass.api.TestReport;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * `compass test` over the example plans, as CI runs it: every test written in a plan under plans/
 * passes. One dynamic test per plan file, named after it.
 */
class PlanTestsTest {
  private static List<Path> plansWithTests() {
    Diagnostics diags = new Diagnostics();
    List<Path> plans = PlanTests.find(List.of(ExamplePlansTest.PLANS), diags);
    assertTrue(diags.isEmpty(), () -> DiagnosticRenderer.renderAll(diags.all()));
    return plans;
  }

  @TestFactory
  Stream<DynamicTest> everyTestWrittenInAnExamplePlanPasses() {
    return plansWithTests().stream()
        .map(
            plan ->
                DynamicTest.dynamicTest(
                    ExamplePlansTest.PLANS.relativize(plan).toString(),
                    () -> {
                      TestReport report = PlanTests.run(plan, false);
                      assertTrue(
                          report.planOk(),
                          () -> DiagnosticRenderer.renderAll(report.diagnostics()));
                      assertTrue(!report.outcomes().isEmpty(), "no tests ran in " + plan);
                      for (TestReport.Outcome o : report.outcomes()) {
                        assertTrue(
                            o.passed(),
                            () ->
                                "test \""
                                    + o.title()
                                    + "\" failed: "
                                    + o.failures()
                                    + DiagnosticRenderer.renderAll(o.errors()));
                      }
                    }));
  }

  @Test
  void theExamplePlansWithTestsAreFound() {
    List<String> names = plansWithTests().stream().map(p -> p.getFileName().toString()).toList();
    for (String plan :
        List.of("ae-quota.comp", "retro-tiers.comp", "multi-currency.comp", "new-hire-ramp.comp")) {
      assertTrue(names.contains(plan), plan + " has tests, found only " + names);
    }
  }

  /**
   * Issue 13: every example plan carries tests of its key figures (plans/lib only definitions to
   * import).
   */
  @Test
  void everyExamplePlanCarriesTests() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.walk(ExamplePlansTest.PLANS)) {
      plans =
          files
              .filter(
                  p ->
                      p.toString().endsWith(".comp")
                          && !p.startsWith(ExamplePlansTest.PLANS.resolve("lib")))
              .sorted()
              .toList();
    }
    assertTrue(plans.size() >= 13, plans::toString);
    assertEquals(plans, plansWithTests().stream().sorted().toList());
  }

  /**
   * The tests' rows exercise every value the plans compare with: `compass test --strict` passes.
   */
  @Test
  void theExamplePlansTestsRunWithoutAWarning() {
    for (Path plan : plansWithTests()) {
      TestReport report = PlanTests.run(plan, false);
      assertEquals("", DiagnosticRenderer.renderAll(report.diagnostics()), plan.toString());
    }
  }

  @Test
  void theTestsReachEveryDefinitionComponentAndBandOfAeQuota() {
    TestReport report =
        PlanTests.run(ExamplePlansTest.PLANS.resolve("ae-quota/ae-quota.comp"), true);
    assertEquals(3, report.outcomes().size());
    assertEquals(List.of(), report.unreached());
  }
}
