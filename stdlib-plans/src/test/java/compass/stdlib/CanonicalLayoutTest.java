package compass.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.FormatResult;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@code compass fmt --check} checks in CI: every plan here (the examples, the library and the
 * test plans) is already in canonical layout. Run {@code compass fmt} on a plan this fails for.
 */
class CanonicalLayoutTest {

  @TestFactory
  Stream<DynamicTest> everyPlanIsInCanonicalLayout() throws IOException {
    List<Path> plans;
    try (Stream<Path> a = Files.walk(Path.of("plans"));
        Stream<Path> b = Files.walk(Path.of("src", "test", "resources"))) {
      plans = Stream.concat(a, b).filter(p -> p.toString().endsWith(".comp")).sorted().toList();
    }
    assertTrue(plans.size() >= 10, plans::toString);
    return plans.stream()
        .map(
            plan ->
                DynamicTest.dynamicTest(
                    plan.toString(),
                    () -> {
                      FormatResult result = Compass.format(plan);
                      assertTrue(
                          result.ok(), () -> DiagnosticRenderer.renderAll(result.diagnostics()));
                      assertEquals(
                          result.formatted(), result.original(), "run `compass fmt " + plan + "`");
                    }));
  }
}
