package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 19 end to end through the real launcher: usage errors are two or three lines with a code
 * and exit 2, help goes to stdout with exit 0, and a missing plan is 2 from every command (the
 * table of every command and error kind is {@link CommandErrorsTest}, in-process).
 */
class UsageErrorsIT {
  private static final String PLAN = "stdlib-plans/plans/ae-quota/ae-quota.comp";

  @Test
  void aMistypedCommandSuggestsTheRightOne() throws Exception {
    CompassProcess.Outcome r = CompassProcess.run("rnu", PLAN);
    assertEquals(2, r.exit());
    assertEquals(
        "error[E0770]: `compass` has no command `rnu`\n"
            + "   = hint: did you mean `run`?\n"
            + "   = help: compass help\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMistypedFlagSuggestsTheRightOne() throws Exception {
    CompassProcess.Outcome r = CompassProcess.run("run", PLAN, "--formt", "csv");
    assertEquals(2, r.exit());
    assertEquals(
        "error[E0771]: `compass run` has no option `--formt`\n"
            + "   = hint: did you mean `--format`?\n"
            + "   = help: compass help run\n",
        r.err());
  }

  @Test
  void helpOfACommandGoesToStdout() throws Exception {
    CompassProcess.Outcome r = CompassProcess.run("help", "run");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Usage: compass run "), r.out());
    assertTrue(r.out().contains("Exit codes (the same for every command):"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void aMissingPlanIsTwoFromEveryCommand() throws Exception {
    for (String[] args :
        new String[][] {
          {"run", "nope.comp"},
          {"check", "nope.comp"},
          {"fmt", "nope.comp"},
          {"verify", "nope.comp"},
          {"explain", "nope.comp", "--participant", "ann", "--period", "2027-Q1"}
        }) {
      CompassProcess.Outcome r = CompassProcess.run(args);
      assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
      assertTrue(r.err().startsWith("error[E0501]: cannot read the plan file"), r.err());
    }
  }
}
