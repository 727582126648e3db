package compass.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.LedgerOutcome;
import compass.api.Ledgers;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, a property of every example plan: closing its first periods changes nothing while the
 * data and plan stay as they were. With one and then two periods closed, the run reads them from
 * the ledger and settles the rest from what the ledger carries (amounts owed, draw balances, year
 * to date, holdbacks, true-ups), and must still give exactly the golden statement and lines, with
 * no adjustment. This covers draws, holdbacks, clawbacks and cumulative components on plans written
 * independently of the ledger.
 */
class ClosedPeriodsChangeNothingTest {
  @TempDir Path ledgers;

  @TestFactory
  Stream<DynamicTest> closingThePlansFirstPeriodsChangesNoFigure() throws IOException {
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
    return plans.stream()
        .map(
            plan ->
                DynamicTest.dynamicTest(
                    ExamplePlansTest.PLANS.relativize(plan).toString(), () -> check(plan)));
  }

  private void check(Path plan) throws IOException {
    RunResult scratch = Compass.run(new RunRequest(plan, null, null, true, false, null, true));
    assertTrue(scratch.ok(), () -> DiagnosticRenderer.renderAll(scratch.diagnostics()));
    List<String> periods = scratch.rows().stream().map(r -> r.period()).distinct().toList();
    Path ledger = ledgers.resolve(plan.getFileName().toString());
    for (int closed = 1; closed <= Math.min(2, periods.size()); closed++) {
      String period = periods.get(closed - 1);
      LedgerOutcome o =
          Ledgers.close(
              new RunRequest(plan, null, period, true, false, ledger, false),
              ledger,
              null,
              "test",
              LocalDate.of(2028, 1, 15));
      assertTrue(
          o.diagnostics().stream().noneMatch(d -> d.isError()),
          () -> DiagnosticRenderer.renderAll(o.diagnostics()));
      RunResult run = Compass.run(new RunRequest(plan, null, null, true, false, ledger, false));
      assertTrue(run.ok(), () -> DiagnosticRenderer.renderAll(run.diagnostics()));
      assertEquals(
          ExamplePlansTest.statement(scratch.rows()),
          ExamplePlansTest.statement(run.rows()),
          closed + " period(s) closed");
      assertEquals(
          ExamplePlansTest.lines(scratch.lines()),
          ExamplePlansTest.lines(run.lines()),
          closed + " period(s) closed");
    }
  }
}
