package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertTrue(o.err().startsWith("Unknown option: '--bogus'\n"), o.err());
    assertTrue(o.err().contains("Usage: compass run"), o.err());
    assertEquals("", o.out());
  }

  @Test
  void missingPlanIsAUsageError() {
    Outcome o = run("run");
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("Missing required parameter: 'PLAN'"), o.err());
    assertEquals(2, run("check").code());
  }

  @Test
  void badFormatListsTheAcceptedValues() {
    Outcome o = run("run", "--format", "xml", "plan.comp");
    assertEquals(2, o.code());
    assertTrue(
        o.err()
            .startsWith(
                "Invalid value for option '--format': expected one of table, csv, json but was 'xml'"),
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
    assertTrue(o.err().contains("Usage: compass"), o.err());
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
