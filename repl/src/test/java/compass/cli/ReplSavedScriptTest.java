package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session saved with `save` replays from the command line with no plan given: `compass repl
 * --script FILE` runs its `load`, then the what-ifs, to the same payouts (issue 19).
 */
class ReplSavedScriptTest {
  private static final Path AE =
      Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");

  @TempDir Path temp;

  private static String[] run(int expectedCode, String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(expectedCode, code, out + err.toString());
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void aSavedSessionReplaysWithNoPlanOnTheCommandLine() throws Exception {
    Path saved = temp.resolve("saved.repl");
    Path session = temp.resolve("session.repl");
    Files.writeString(
        session,
        "what if ann closes 20_000 on 2027-03-20\n"
            + "what if \"Multi-year SPIF\" pays 750\n"
            + "payout ann\n"
            + "save "
            + saved
            + "\n");
    String first = run(0, "repl", AE.toString(), "--script", session.toString())[0];
    Path replay = temp.resolve("replay.repl");
    Files.writeString(replay, Files.readString(saved) + "payout ann\n");
    String second = run(0, "repl", "--script", replay.toString())[0];
    assertTrue(second.contains("compass> load " + AE + "\nloaded AE FY2027 v3: 3 people"), second);
    // the payouts after the what-ifs: the last `payout ann` of each transcript
    String payouts = first.substring(first.lastIndexOf("compass> payout ann\n"));
    payouts = payouts.substring(0, payouts.indexOf("compass> save"));
    assertTrue(second.endsWith(payouts), "first:\n" + first + "\nsecond:\n" + second);
    assertTrue(payouts.contains("\ntotal "), payouts);
  }
}
