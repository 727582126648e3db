package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `compass explain` end to end through the real launcher: the tree of one payout, golden files. */
class ExplainIT {
  // run from repl/, as ExplainCommandTest runs in-process, so both share the text golden file
  private static final Path FOLDER = CompassProcess.ROOT.resolve("repl");
  private static final String PLAN = "../stdlib-plans/plans/ae-quota/ae-quota.comp";
  private static final Path GOLDEN = CompassProcess.ROOT.resolve("repl/src/test/resources/explain");

  private static void golden(String name, String actual) {
    Golden.assertMatches(GOLDEN.resolve(name), actual);
  }

  @Test
  void textTreeOfAnnInTheFirstQuarter() throws Exception {
    CompassProcess.Outcome r =
        CompassProcess.run(
            FOLDER, Map.of(), "explain", PLAN, "--participant", "ann", "--period", "2027-Q1");
    assertEquals(0, r.exit(), r.err());
    golden("ae-quota-ann-2027-Q1.txt", r.out());
  }

  @Test
  void jsonTreeOfAnnInTheFirstQuarter() throws Exception {
    CompassProcess.Outcome r =
        CompassProcess.run(
            FOLDER,
            Map.of(),
            "explain",
            PLAN,
            "--participant",
            "ann",
            "--period",
            "2027-Q1",
            "--format",
            "json");
    assertEquals(0, r.exit(), r.err());
    golden("ae-quota-ann-2027-Q1.json", r.out());
  }

  @Test
  void anUnknownParticipantIsAUsageErrorNamingIt() throws Exception {
    CompassProcess.Outcome r =
        CompassProcess.run(
            FOLDER, Map.of(), "explain", PLAN, "--participant", "zed", "--period", "2027-Q1");
    golden("unknown-participant.err", r.err());
    assertEquals("", r.out());
    assertEquals(2, r.exit());
  }
}
