package compass.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What CI asks of the standard plans: {@code compass check} finds neither errors nor warnings in
 * any of them. Library files ({@code plans/lib}) hold definitions for other plans to import and
 * have no header, so they are checked through the plans that import them.
 */
class StdlibCheckTest {
  private static final Path PLANS = Path.of("plans");

  @TestFactory
  Stream<DynamicTest> everyStandardPlanChecksWithoutWarnings() throws IOException {
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
        .map(
            p ->
                DynamicTest.dynamicTest(
                    PLANS.relativize(p).toString(),
                    () ->
                        assertEquals(
                            "", DiagnosticRenderer.renderAll(Compass.check(p).diagnostics()))));
  }
}
