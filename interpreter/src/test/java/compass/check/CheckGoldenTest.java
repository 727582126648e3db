package compass.check;

import compass.api.Compass;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden diagnostics: each plan under src/test/resources/check is checked, and the rendered
 * diagnostics must equal the .expected file beside it (-Dgolden.update=true rewrites them).
 */
class CheckGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "check");

  @TestFactory
  Stream<DynamicTest> diagnosticsMatchGoldenFiles() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.list(DIR)) {
      plans = files.filter(p -> p.toString().endsWith(".comp")).sorted().toList();
    }
    return plans.stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
  }

  private static void check(Path plan) throws IOException {
    Diagnostics diags = new Diagnostics();
    Compass.load(plan, diags);
    String rendered =
        DiagnosticRenderer.renderAll(diags.all())
            .replace(DIR.toString() + java.io.File.separator, "");
    Path golden = plan.resolveSibling(plan.getFileName().toString().replace(".comp", ".expected"));
    Golden.assertMatches(golden, rendered);
  }
}
