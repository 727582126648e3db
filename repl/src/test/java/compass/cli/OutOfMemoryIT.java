package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static compass.cli.CompassProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end (issue 12 point 5): data too large for the memory Compass was given ends with one
 * message saying how much was read and how to give more, and exit code 4; never "internal error",
 * never a stack trace, nothing on stdout and no output file.
 */
class OutOfMemoryIT {
  private static final String PLAN = "stdlib-plans/plans/b1/b1.comp";

  @TempDir static Path dir;

  /**
   * 300,000 deals: a 21 MB deals.csv (21,822,469 bytes for seed 42), far more than 48 MB of heap
   * holds.
   */
  @BeforeAll
  static void generate() throws Exception {
    Outcome g =
        run(
            ROOT,
            Map.of(),
            "generate",
            "--people",
            "100",
            "--deals",
            "300000",
            "--out",
            dir.resolve("big").toString());
    assertEquals(0, g.exit(), g.err());
  }

  private static void assertOutOfMemory(Outcome r, String command) {
    assertEquals(4, r.exit(), r.err());
    assertEquals("", r.out());
    // loading runs on worker threads: however far they got, the message is one error and a hint
    String expected =
        "error\\[E0779\\]: out of memory while reading deals\\.csv \\(21 MB(, [0-9,]+ rows read so far)?\\); "
            + "Compass had at most [0-9]+ MB\n"
            + "  = hint: give it more memory: COMPASS_JAVA_OPTS=-Xmx1g "
            + command.replace(".", "\\.")
            + "\n";
    assertTrue(r.err().matches(expected), r.err());
    assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
  }

  @Test
  void runOutOfMemoryExitsFourWithTheSizeReadAndHowToGiveMore() throws Exception {
    Path out = dir.resolve("pay.csv");
    String data = dir.resolve("big").toString();
    Outcome r =
        run(
            ROOT,
            Map.of("COMPASS_JAVA_OPTS", "-Xmx48m"),
            "run",
            PLAN,
            "--data",
            data,
            "--out",
            out.toString());
    assertOutOfMemory(r, "compass run " + PLAN + " --data " + data + " --out " + out);
    assertFalse(Files.exists(out));
  }

  @Test
  void theReplOutOfMemoryToo() throws Exception {
    String data = dir.resolve("big").toString();
    Outcome r = run(ROOT, Map.of("COMPASS_JAVA_OPTS", "-Xmx48m"), "repl", PLAN, "--data", data);
    assertOutOfMemory(r, "compass repl " + PLAN + " --data " + data);
  }

  @Test
  void withMoreMemoryTheSameDataRuns() throws Exception {
    Outcome r =
        run(
            ROOT,
            Map.of("COMPASS_JAVA_OPTS", "-Xmx512m"),
            "run",
            PLAN,
            "--data",
            dir.resolve("big").toString(),
            "--format",
            "csv");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().startsWith("deals: 300000 read, "), r.err());
  }
}
