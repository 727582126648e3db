package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * End to end: `compass test` through the real `./compass` launcher, from the repository root, with
 * its stdout and stderr compared to golden files in repl/src/test/resources/test/ (rewrite them
 * with -Dgolden.update=true and review the change in git diff).
 */
class TestCommandIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path GOLDEN = ROOT.resolve("repl/src/test/resources/test");
  private static final String FIXTURES = "repl/src/test/resources/test/";

  private static void golden(String name, String actual) {
    Golden.assertMatches(GOLDEN.resolve(name), actual);
  }

  @Test
  void theExamplePlansTestsPass() throws Exception {
    CompassProcess.Outcome r =
        CompassProcess.run(
            "test",
            "stdlib-plans/plans/ae-quota",
            "stdlib-plans/plans/retro-tiers/retro-tiers.comp");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    golden("example-plans.out", r.out());
    assertTrue(r.out().endsWith("\n6 passed, 0 failed\n"), r.out());
  }

  @Test
  void failuresShowPositionExpectedAndActualAndExitOne() throws Exception {
    CompassProcess.Outcome r = CompassProcess.run("test", FIXTURES + "failing.comp", "--coverage");
    assertEquals(1, r.exit(), r.err());
    golden("failing.out", r.out());
    golden("failing.err", r.err());
    assertTrue(r.out().endsWith("\n1 passed, 2 failed\n"), r.out());
  }

  @Test
  void mistakesInATestAreReportedBeforeItRuns() throws Exception {
    CompassProcess.Outcome r = CompassProcess.run("test", FIXTURES + "bad-test.comp");
    assertEquals(1, r.exit(), r.err());
    golden("bad-test.out", r.out());
    golden("bad-test.err", r.err());
  }

  @Test
  void aPathThatDoesNotExistExitsTwo() throws Exception {
    CompassProcess.Outcome r = CompassProcess.run("test", "no/such/folder");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("error[E0809]: no such file or folder"), r.err());
    assertEquals("0 passed, 0 failed\n", r.out());
  }
}
