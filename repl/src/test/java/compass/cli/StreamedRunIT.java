package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static compass.cli.CompassProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import compass.cli.CompassProcess.Outcome;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end (issue 20): the real binary streaming the deals (forced on small data with
 * -Dcompass.stream=always; large files stream by themselves) prints the same output, summary and
 * exit as the run that reads them whole, and B1 the exact payouts.
 */
class StreamedRunIT {
  private static final String B1 = "stdlib-plans/plans/b1/b1.comp";
  private static final String DATA = "../shared/bench/data-small";

  @Test
  void b1StreamedPrintsTheExactPayouts() throws Exception {
    Outcome streamed = streamedAsWhole(B1, "--data", DATA);
    assertEquals(0, streamed.exit(), streamed.err());
    List<String> payouts =
        streamed
            .out()
            .lines()
            .map(l -> l.split(",", 4))
            .map(c -> c[0] + "," + c[1] + "," + c[2])
            .toList();
    assertEquals(Files.readAllLines(ROOT.resolve(DATA).resolve("expected-payouts.csv")), payouts);
  }

  /**
   * The example plans that can stream, on their own data: open deals with no close date yet (an
   * empty optional cell) stream too.
   */
  @Test
  void theExamplePlansThatCanStreamPrintWhatTheWholeRunPrints() throws Exception {
    for (String name : List.of("ote-curve", "retro-tiers", "new-hire-ramp", "recoverable-draw"))
      streamedAsWhole("stdlib-plans/plans/" + name + "/" + name + ".comp");
  }

  /** Runs the plan streamed and whole, checks they print the same; the streamed outcome. */
  private static Outcome streamedAsWhole(String plan, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("run", plan));
    args.addAll(List.of(more));
    args.addAll(List.of("--format", "csv"));
    String[] command = args.toArray(new String[0]);
    Outcome streamed =
        run(
            ROOT,
            Map.of("COMPASS_JAVA_OPTS", "-Dcompass.stream=always -Dcompass.timings=true"),
            command);
    Outcome whole = run(ROOT, Map.of("COMPASS_JAVA_OPTS", "-Dcompass.stream=never"), command);
    assertEquals(whole.exit(), streamed.exit(), plan);
    // the timings say where the time went, and that the deals were not read whole
    assertFalse(streamed.err().contains("read whole"), plan + ": " + streamed.err());
    assertEquals(whole.out(), streamed.out(), plan);
    assertEquals(whole.err(), streamed.err().replaceAll("(?m)^timings: .*\\n", ""), plan);
    return streamed;
  }
}
