package compass.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden data-aware warnings (issue 12, point 3): each folder under
 * src/test/resources/data-warnings holds plan.comp and its data; what {@code compass check --data}
 * and {@code compass run} warn (message, position, caret, hint with the nearest values) must equal
 * its expected.txt (-Dgolden.update=true rewrites them; review the diff). The run warns about all
 * that check --data does, in the same words, and never with an error.
 */
class DataWarningsGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "data-warnings");

  @TestFactory
  Stream<DynamicTest> warningsMatchGoldenFiles() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.list(DIR)) {
      cases = files.filter(Files::isDirectory).sorted().toList();
    }
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path folder) throws IOException {
    Path plan = folder.resolve("plan.comp");
    List<Diagnostic> checked = Compass.check(plan, folder).diagnostics();
    RunResult run = Compass.run(new RunRequest(plan, folder, null));
    assertTrue(run.ok(), () -> "the run has errors: " + run.diagnostics());
    assertTrue(
        checked.stream().noneMatch(Diagnostic::isError),
        () -> "check --data has errors: " + checked);
    // what check --data finds in the data, the run finds too
    for (Diagnostic d : checked) {
      if (d.code() != Code.W0103 && d.code() != Code.W0106)
        continue; // check's own lints are not the run's
      String seen = DiagnosticRenderer.render(d);
      assertTrue(
          run.diagnostics().stream().anyMatch(r -> DiagnosticRenderer.render(r).equals(seen)),
          () -> "run lacks " + d);
    }
    String rendered =
        ("== compass check --data\n"
                + DiagnosticRenderer.renderAll(checked)
                + "== compass run (warnings)\n"
                + DiagnosticRenderer.renderAll(run.diagnostics()))
            .replace(folder.toString() + java.io.File.separator, "");
    Path golden = folder.resolve("expected.txt");
    Golden.assertMatches(golden, rendered);
  }
}
