package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.check.CheckedPlan;
import compass.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: B1 streamed from its CSV file through the fast scan gives the exact answer
 * (../shared/bench/data-small/expected-payouts.csv, computed by three other implementations) and
 * the whole run's output; a file that is not the plain case is read whole, with the whole run's
 * output or diagnostics.
 */
final class StreamedFileRunTest {
  static final Path PLAN = Path.of("../stdlib-plans/plans/b1/b1.comp");
  static final Path DATA = Path.of("../../shared/bench/data-small");

  @TempDir Path dir;

  @Test
  void b1StreamedIsTheExactAnswer() throws IOException {
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(PLAN, diags);
    assertNotNull(StreamedRuns.load(plan, DATA, diags, "always"), "B1's small data streams");
    RunResult streamed = streamed(DATA);
    RunResult whole = Compass.run(new RunRequest(PLAN, DATA, null, false, false));
    assertEquals(StatementCsv.write(whole, false), StatementCsv.write(streamed, false));
    assertEquals(whole.reconciliation(), streamed.reconciliation());
    List<String> expected = Files.readAllLines(DATA.resolve("expected-payouts.csv"));
    List<String> got = new ArrayList<>(List.of("participant,period,payout"));
    streamed.rows().forEach(r -> got.add(r.participant() + "," + r.period() + "," + r.payout()));
    assertEquals(expected, got);
  }

  @Test
  void aFileThatIsNotThePlainCaseIsReadWhole() throws IOException {
    // a quoted amount: read whole, the same payouts
    Path quoted = copy(t -> t.replaceFirst(",2063.74,", ",\"2063.74\","));
    Diagnostics diags = new Diagnostics();
    assertNull(StreamedRuns.load(Compass.load(PLAN, diags), quoted, diags, "always"));
    assertTrue(diags.all().isEmpty(), diags.all().toString());
    assertEquals(
        StatementCsv.write(Compass.run(new RunRequest(PLAN, DATA, null, false, false)), false),
        StatementCsv.write(streamed(quoted), false));
  }

  @Test
  void aRepeatedIdIsReportedAsTheWholeRunReportsIt() throws IOException {
    Path repeated = copy(t -> t.replaceFirst("d00000001,", "d00000000,"));
    RunResult streamed = streamed(repeated);
    RunResult whole = Compass.run(new RunRequest(PLAN, repeated, null, false, false));
    assertTrue(streamed.diagnostics().stream().anyMatch(d -> d.code().name().equals("E0508")));
    assertEquals(whole.diagnostics().toString(), streamed.diagnostics().toString());
  }

  @Test
  void aBadAmountIsReportedAtItsCell() throws IOException {
    Path bad = copy(t -> t.replaceFirst(",2063.74,", ",20x3.74,"));
    RunResult streamed = streamed(bad);
    RunResult whole = Compass.run(new RunRequest(PLAN, bad, null, false, false));
    assertTrue(streamed.diagnostics().stream().anyMatch(d -> d.isError()));
    assertEquals(whole.diagnostics().toString(), streamed.diagnostics().toString());
  }

  /** A run with streaming forced, as `-Dcompass.stream=always` does. */
  private static RunResult streamed(Path data) {
    String before = System.getProperty("compass.stream");
    System.setProperty("compass.stream", "always");
    try {
      return Compass.run(new RunRequest(PLAN, data, null, false, false));
    } finally {
      if (before == null) System.clearProperty("compass.stream");
      else System.setProperty("compass.stream", before);
    }
  }

  private Path copy(UnaryOperator<String> deals) throws IOException {
    Path to = Files.createTempDirectory(dir, "b1");
    Files.copy(DATA.resolve("people.csv"), to.resolve("people.csv"));
    Files.writeString(
        to.resolve("deals.csv"), deals.apply(Files.readString(DATA.resolve("deals.csv"))));
    return to;
  }
}
