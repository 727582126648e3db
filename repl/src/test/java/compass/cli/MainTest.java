package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line in-process: usage errors exit 2 before any plan is read. */
final class MainTest {

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void unknownFlagIsAUsageError() {
    Outcome o = run("run", "--bogus", "plan.comp");
    assertEquals(2, o.code());
    // issue 19: what was wrong, with its code, and where the help is; never the whole help
    assertEquals(
        "error[E0771]: `compass run` has no option `--bogus`\n   = help: compass help run\n",
        o.err());
    assertEquals("", o.out());
  }

  @Test
  void missingPlanIsAUsageError() {
    Outcome o = run("run");
    assertEquals(2, o.code());
    assertEquals("error[E0772]: `compass run` needs PLAN\n   = help: compass help run\n", o.err());
    assertEquals(2, run("check").code());
  }

  @Test
  void badFormatListsTheAcceptedValues() {
    Outcome o = run("run", "--format", "xml", "plan.comp");
    assertEquals(2, o.code());
    assertTrue(
        o.err()
            .startsWith(
                "error[E0773]: invalid value `xml` for `--format` of `compass run`: expected one of"
                    + " table, csv, json\n"),
        o.err());
  }

  @Test
  void formatNamesAreLowerCase() {
    assertEquals(2, run("run", "--format", "CSV", "plan.comp").code());
  }

  @Test
  void noSubcommandIsAUsageError() {
    Outcome o = run();
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("error[E0775]: `compass` needs a command\n"), o.err());
    assertTrue(o.err().contains("the commands are run, check, explain"), o.err());
    assertFalse(o.err().contains("Usage:"), o.err());
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    assertEquals(2, run("frobnicate").code());
  }

  @Test
  void versionAndHelpGoToStdout() {
    Outcome v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("compass "), v.out());
    Outcome h = run("run", "--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("--format=FORMAT"), h.out());
    assertTrue(h.out().contains("table, csv, json"), h.out());
  }
}
