package compass.format;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden layouts: each plan under src/test/resources/format, formatted, must equal the .expected
 * file beside it (-Dgolden.update=true rewrites them; review with git diff).
 */
class FormatGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "format");

  @TestFactory
  Stream<DynamicTest> formattedPlansMatchGoldenFiles() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.list(DIR)) {
      plans = files.filter(p -> p.toString().endsWith(".comp")).sorted().toList();
    }
    return plans.stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
  }

  private static void check(Path plan) throws IOException {
    Diagnostics diags = new Diagnostics();
    String formatted =
        Formatter.format(new SourceFile(plan.toString(), Files.readString(plan)), diags);
    assertNotNull(formatted, () -> DiagnosticRenderer.renderAll(diags.all()));
    Path golden = plan.resolveSibling(plan.getFileName().toString().replace(".comp", ".expected"));
    Golden.assertMatches(golden, formatted);
  }
}
