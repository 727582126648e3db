package compass.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.diag.DiagnosticRenderer;
import compass.result.StatementRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benchmark B1 written in the language reproduces the exact answer in
 * ../shared/bench/data-small/expected-payouts.csv on all 800 rows.
 */
class BenchmarkB1Test {
  private static final Path DATA = Path.of("..", "..", "shared", "bench", "data-small");

  @Test
  void b1PlanReproducesTheExpectedPayoutsToTheCent() throws Exception {
    RunResult result = Compass.run(new RunRequest(Path.of("plans", "b1", "b1.comp"), DATA, null));
    assertTrue(result.ok(), () -> DiagnosticRenderer.renderAll(result.diagnostics()));
    List<String> expected = Files.readAllLines(DATA.resolve("expected-payouts.csv"));
    assertEquals(801, expected.size(), "expected file: header and 800 rows");
    assertEquals(800, result.rows().size());
    for (int i = 0; i < result.rows().size(); i++) {
      StatementRow r = result.rows().get(i);
      assertEquals(
          expected.get(i + 1),
          r.participant() + "," + r.period() + "," + r.payout().toPlainString(),
          "row " + (i + 1));
    }
    assertEquals(20_000, result.reconciliation().read());
    assertEquals(
        result.reconciliation().read(),
        result.reconciliation().credited() + result.reconciliation().excludedCount());
  }
}
