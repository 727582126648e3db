package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.check.CheckedPlan;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import compass.stream.StreamPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 20: a streamed run (deals credited and merged as read) gives the whole run's output: every
 * statement row, the reconciliation and every diagnostic, on every example plan that can stream and
 * on B1. The rows come from the deals loaded whole ({@link TableRows}), in 1 and 3 parts, so this
 * checks the merging and the evaluation of merged rows; the fast scan has its own tests.
 */
final class StreamedRunsTest {
  static final Path PLANS = Path.of("../stdlib-plans/plans");
  static final Path B1_SMALL = Path.of("../../shared/bench/data-small");

  static { // the example plans import standard plans from the checkout (as the launcher sets it)
    System.setProperty("compass.stdlib.dir", PLANS.toAbsolutePath().normalize().toString());
  }

  static Stream<Object[]> plans() throws IOException {
    List<Object[]> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(PLANS)) {
      for (Path dir : dirs.sorted().toList()) {
        Path plan = dir.resolve(dir.getFileName() + ".comp");
        if (Files.isRegularFile(plan)) out.add(new Object[] {plan, dir});
      }
    }
    out.add(new Object[] {PLANS.resolve("b1/b1.comp"), B1_SMALL});
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("plans")
  void aStreamedRunIsTheWholeRun(Path planFile, Path dataDir) {
    Diagnostics d = new Diagnostics();
    CheckedPlan plan = Compass.load(planFile, d);
    assertNotNull(plan, d.all().toString());
    StreamPlan stream = StreamPlan.of(plan);
    if (stream == null) return; // read whole: nothing to compare
    RunRequest request = new RunRequest(planFile, dataDir, null, false, false);
    RunResult whole = Compass.run(request);
    LoadedData loaded = Compass.loadData(plan, dataDir, new Diagnostics());
    if (loaded == null) return; // bad data: the whole run reports it
    for (int parts : new int[] {1, 3}) {
      Diagnostics diags = new Diagnostics();
      CheckedPlan again = Compass.load(planFile, diags);
      LoadedData data =
          StreamedRuns.load(
              again,
              dataDir,
              diags,
              StreamPlan.of(again),
              people -> new TableRows(loaded.deals(), people, again, parts));
      assertNotNull(data, planFile + " can stream, so its rows stream");
      RunResult streamed =
          Compass.run(again, request, diags, List.of(), data, new ArrayList<>(), null);
      assertEquals(StatementCsv.write(whole, false), StatementCsv.write(streamed, false));
      assertEquals(whole.reconciliation(), streamed.reconciliation());
      assertEquals(render(whole.diagnostics()), render(streamed.diagnostics()));
    }
  }

  @Test
  void b1AndSomeExamplePlansStream() {
    Diagnostics d = new Diagnostics();
    CheckedPlan b1 = Compass.load(PLANS.resolve("b1/b1.comp"), d);
    assertEquals(null, StreamPlan.whyNot(b1));
    String why = StreamPlan.whyNot(Compass.load(PLANS.resolve("clawback/clawback.comp"), d));
    assertTrue(why != null && why.contains("claws back"), why);
  }

  private static List<String> render(List<Diagnostic> diags) {
    return diags.stream().map(Diagnostic::toString).toList();
  }
}
