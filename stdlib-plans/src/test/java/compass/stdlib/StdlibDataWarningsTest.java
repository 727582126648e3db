package compass.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.PlanTests;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 12: every example plan still runs on its bundled data with no warning at all, the
 * data-aware ones included (W0103, W0106-W0108, W0601), and so do {@code compass check --data} on
 * the same data and {@code compass test} on the plan's own tests.
 */
class StdlibDataWarningsTest {
  private static final Path PLANS = Path.of("plans");

  @TestFactory
  Stream<DynamicTest> everyExamplePlanRunsChecksAndTestsWithoutWarnings() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.walk(PLANS)) {
      plans =
          files
              .filter(p -> p.toString().endsWith(".comp"))
              .filter(p -> !p.startsWith(PLANS.resolve("lib")))
              .sorted()
              .toList();
    }
    assertTrue(plans.size() >= 13, "found only " + plans);
    return plans.stream()
        .map(p -> DynamicTest.dynamicTest(PLANS.relativize(p).toString(), () -> noWarnings(p)));
  }

  private static void noWarnings(Path plan) {
    RunResult run = Compass.run(new RunRequest(plan, null, null));
    assertEquals("", DiagnosticRenderer.renderAll(run.diagnostics()), "run");
    assertEquals(
        "",
        DiagnosticRenderer.renderAll(Compass.check(plan, plan.getParent()).diagnostics()),
        "check --data");
    assertEquals(
        "", DiagnosticRenderer.renderAll(PlanTests.run(plan, false).diagnostics()), "test");
  }
}
