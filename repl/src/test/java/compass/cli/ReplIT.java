package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * End to end: `./compass repl` from the shaded jar, in scripted mode and with commands from a pipe.
 */
class ReplIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String[] compass(String input, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("compass").toString()));
    command.addAll(List.of(args));
    Path in = Files.createTempFile("compass-in", ".txt");
    Path out = Files.createTempFile("compass-out", ".txt");
    try {
      Files.writeString(in, input, StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(command)
              .directory(ROOT.toFile())
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectErrorStream(true)
              .start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "compass did not finish");
      return new String[] {
        String.valueOf(p.exitValue()), Files.readString(out, StandardCharsets.UTF_8)
      };
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
    }
  }

  @Test
  void commandsFromAPipeGetPlainAnswers() throws Exception {
    String[] r =
        compass(
            "payout ann 2027-Q1\nwhat if ann closes 20_000 on 2027-03-20\n",
            "repl",
            "stdlib-plans/plans/ae-quota/ae-quota.comp");
    assertEquals("0", r[0], r[1]);
    assertTrue(r[1].contains("ann  2027-Q1  24,220.00  USD\n"), r[1]);
    assertTrue(r[1].contains("ann  2027-Q1  24,220.00  ->  26,780.00  (+2,560.00)"), r[1]);
    assertFalse(r[1].contains("\033"), "no escape codes on a pipe");
  }

  @Test
  void scriptedModePrintsTheTranscript() throws Exception {
    Path script = Files.createTempFile("compass-script", ".repl");
    try {
      Files.writeString(script, "what if quota = 300_000 USD per quarter\nundo\npayot\n");
      String[] r =
          compass(
              "",
              "repl",
              "stdlib-plans/plans/ae-quota/ae-quota.comp",
              "--script",
              script.toString());
      assertEquals("1", r[0], "a failed command makes the exit status 1: " + r[1]);
      assertTrue(r[1].contains("compass> what if quota = 300_000 USD per quarter\n"), r[1]);
      assertTrue(
          r[1].contains("total payout, all periods: 106,700.02 -> 98,500.02 (-8,200.00) USD"),
          r[1]);
      assertTrue(r[1].contains("error[E0730]: unknown command `payot`"), r[1]);
    } finally {
      Files.deleteIfExists(script);
    }
  }
}
