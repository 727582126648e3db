package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end: the real `./compass` launcher and jar, as a user runs them from the repository root.
 */
class LauncherIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void runPrintsTheExamplePlansStatementAsCsv() throws Exception {
    CompassProcess.Outcome r =
        CompassProcess.run("run", "stdlib-plans/plans/ae-quota/ae-quota.comp", "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    String golden =
        Files.readString(ROOT.resolve("stdlib-plans/plans/ae-quota/expected-statement.csv"));
    assertEquals(golden, r.out());
    assertTrue(r.err().contains("deals: 16 read, 12 credited, 4 excluded"), r.err());
  }

  @Test
  void runOneB1PeriodOnTheBenchmarkData() throws Exception {
    CompassProcess.Outcome r =
        CompassProcess.run(
            "run",
            "stdlib-plans/plans/b1/b1.comp",
            "--data",
            "../shared/bench/data-small",
            "--period",
            "2027-Q1",
            "--format",
            "csv");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(201, lines.size());
    assertEquals(
        "p000000,2027-Q1,21244.25,21244.25,USD,21244.25,21244.25,0.00,0.00,0.00", lines.get(1));
  }

  @Test
  void checkReportsThreeMistakesWithPositionsAndExitsOne() throws Exception {
    CompassProcess.Outcome r =
        CompassProcess.run("check", "interpreter/src/test/resources/check/three-mistakes.comp");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error[E0301]: unknown name `amout`"), r.err());
    assertTrue(r.err().contains("three-mistakes.comp:23:19"), r.err());
    assertTrue(
        r.err().contains("error[E0201]: cannot add money (an amount) and a percent"), r.err());
    assertTrue(r.err().contains("error[E0402]: gap between bands"), r.err());
    assertTrue(r.err().contains("3 error(s)"), r.err());
  }

  @Test
  void aMissingDataFolderIsADataErrorWithExitTwo() throws Exception {
    CompassProcess.Outcome r =
        CompassProcess.run(
            "run", "stdlib-plans/plans/ae-quota/ae-quota.comp", "--data", "no/such/folder");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("the data folder does not exist"), r.err());
    assertEquals("", r.out());
  }
}
