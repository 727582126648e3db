package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static compass.cli.CompassProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import compass.cli.CompassProcess.Outcome;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end (issue 20): the real binary streaming B1's deals (forced on the small data with
 * -Dcompass.stream=always; large files stream by themselves) prints the exact payouts and the same
 * output, summary and exit as the run that reads them whole.
 */
class StreamedRunIT {
  private static final String PLAN = "stdlib-plans/plans/b1/b1.comp";
  private static final String DATA = "../shared/bench/data-small";

  @Test
  void aStreamedRunPrintsWhatTheWholeRunPrints() throws Exception {
    Outcome streamed =
        run(
            ROOT,
            Map.of("COMPASS_JAVA_OPTS", "-Dcompass.stream=always -Dcompass.timings=true"),
            "run",
            PLAN,
            "--data",
            DATA,
            "--format",
            "csv");
    Outcome whole =
        run(
            ROOT,
            Map.of("COMPASS_JAVA_OPTS", "-Dcompass.stream=never"),
            "run",
            PLAN,
            "--data",
            DATA,
            "--format",
            "csv");
    assertEquals(0, streamed.exit(), streamed.err());
    assertEquals(whole.out(), streamed.out());
    // the timings say where the time went, and that the deals were not read whole
    assertFalse(streamed.err().contains("read whole"), streamed.err());
    assertEquals(whole.err(), streamed.err().replaceAll("(?m)^timings: .*\n", ""));
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
   * empty optional cell) stream too, and print what the whole run prints, summary included.
   */
  @Test
  void theExamplePlansThatCanStreamPrintWhatTheWholeRunPrints() throws Exception {
    for (String name : List.of("ote-curve", "retro-tiers", "new-hire-ramp", "recoverable-draw")) {
      String plan = "stdlib-plans/plans/" + name + "/" + name + ".comp";
      Outcome streamed =
          run(
              ROOT,
              Map.of("COMPASS_JAVA_OPTS", "-Dcompass.stream=always -Dcompass.timings=true"),
              "run",
              plan,
              "--format",
              "csv");
      Outcome whole =
          run(
              ROOT,
              Map.of("COMPASS_JAVA_OPTS", "-Dcompass.stream=never"),
              "run",
              plan,
              "--format",
              "csv");
      assertEquals(whole.exit(), streamed.exit(), name);
      assertFalse(streamed.err().contains("read whole"), name + ": " + streamed.err());
      assertEquals(whole.out(), streamed.out(), name);
      assertEquals(whole.err(), streamed.err().replaceAll("(?m)^timings: .*\\n", ""), name);
    }
  }
}
