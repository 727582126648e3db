package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static compass.cli.CompassProcess.golden;
import static compass.cli.CompassProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end: {@code compass check} warnings (W01xx), {@code --format json} and {@code --strict}.
 */
class CheckIT {
  private static final String UNUSED = "interpreter/src/test/resources/lint/unused.comp";

  @Test
  void warningsAreShownButTheExitCodeStaysZero() throws Exception {
    Outcome r = run(ROOT, Map.of(), "check", UNUSED);
    assertEquals(0, r.exit(), r.err());
    assertEquals("ok: " + UNUSED + "\n", r.out());
    // endsWith: a launcher that had to rebuild first says so on stderr before the diagnostics
    assertTrue(r.err().endsWith(golden("check-unused.txt")), r.err());
  }

  @Test
  void strictTurnsWarningsIntoExitOne() throws Exception {
    Outcome r = run(ROOT, Map.of(), "check", "--strict", UNUSED);
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().endsWith("8 warning(s), denied by --strict\n"), r.err());
  }

  @Test
  void jsonListsEveryDiagnosticWithPositionsAndASummary() throws Exception {
    Outcome r =
        run(
            ROOT,
            Map.of(),
            "check",
            "--format",
            "json",
            UNUSED,
            "interpreter/src/test/resources/check/three-mistakes.comp");
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.err());
    assertEquals(golden("check-unused-and-three-mistakes.json"), r.out());
  }

  @Test
  void theStandardPlansHaveNoWarnings() throws Exception {
    Outcome r =
        run(
            ROOT,
            Map.of(),
            "check",
            "--strict",
            "--format",
            "json",
            "stdlib-plans/plans/ae-quota/ae-quota.comp",
            "stdlib-plans/plans/multi-role/multi-role-emea.comp");
    assertEquals(0, r.exit(), r.out());
    assertEquals(
        "{\n  \"diagnostics\": [ ],\n  \"summary\": {\n    \"plans\": 2,\n    \"errors\": 0,\n    \"warnings\": 0\n  }\n}\n",
        r.out());
  }

  @Test
  void bidiControlsInThePlanAreErrorsWithTheirPositions() throws Exception {
    // a Trojan Source plan (CVE-2021-42574): U+2067 in the title string, U+202E and U+2066 in a
    // comment, U+200F in another comment; each is E0105 at its own line:column, exit 1
    String plan = "interpreter/src/test/resources/check/bidi.comp";
    Outcome r = run(ROOT, Map.of(), "check", plan);
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    for (String at : new String[] {":1:14", ":7:15", ":7:26", ":8:20"}) {
      assertTrue(r.err().contains(" --> " + plan + at + "\n"), at + " in " + r.err());
    }
    assertTrue(
        r.err()
            .contains(
                "error[E0105]: Unicode bidirectional control U+202E "
                    + "(RIGHT-TO-LEFT OVERRIDE) in the plan\n"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "= hint: it can make the plan display in another order than "
                    + "Compass reads it (\"Trojan Source\")"),
        r.err());
    assertTrue(r.err().endsWith("4 error(s)\n"), r.err());
    // the terminal never receives the controls themselves
    assertTrue(
        r.err().chars().noneMatch(c -> c == 0x202E || c == 0x2066 || c == 0x2067 || c == 0x200F));
  }
}
