package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static compass.cli.CompassProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through {@code ./compass} (issue 12, point 3): the data-aware warnings of {@code check
 * --data}, {@code run}, {@code test} and the REPL, and {@code --strict}, which turns them into exit
 * 1 (and, for {@code check}, no {@code ok:}; for {@code run}, no output).
 */
class DataWarningsIT {
  /**
   * A plan whose SPIF compares `product is "GTX Pro"` while the data says GTXPro (golden in the
   * interpreter).
   */
  private static final String DIR = "interpreter/src/test/resources/data-warnings/product-typo";

  private static final String PLAN = DIR + "/plan.comp";

  private static final String W0106 =
      """
      warning[W0106]: no row of deals.csv has product "GTX Pro", so this condition never holds
        --> %s:28:37
         |
      28 |   pay 200 per deal where product is "GTX Pro"
         |                                     ^^^^^^^^^
         = hint: did you mean "GTXPro"? the values of product there: "GTXPro", "GTX Lite", "Basic"
      """
          .formatted(PLAN);

  /** After the reconciliation, one line: the SPIF paid nothing. */
  private static final String W0107 =
      PLAN + ":27:11: warning[W0107]: \"GTX Pro SPIF\" paid nothing to anyone in any period\n";

  /** D1 (ann) and D2 (bob) are won; D3 is lost and D4 open. */
  private static final String RECONCILIATION =
      "deals: 4 read, 2 credited, 2 excluded\n  2  fails `stage is closed_won`\n";

  @Test
  void checkWithDataWarnsWithThePositionAndTheNearestValuesAndExitsZero() throws Exception {
    Outcome r = run(ROOT, Map.of(), "check", PLAN, "--data", DIR);
    assertEquals(0, r.exit(), r.err());
    assertEquals("ok: " + PLAN + "\n", r.out());
    assertEquals(W0106 + "1 warning(s)\n", r.err());
  }

  @Test
  void checkWithoutDataReadsNoData() throws Exception {
    Outcome r = run(ROOT, Map.of(), "check", "--strict", PLAN);
    assertEquals(0, r.exit(), r.err());
    assertEquals("ok: " + PLAN + "\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void checkStrictFailsThePlanAndPrintsNoOk() throws Exception {
    Outcome r = run(ROOT, Map.of(), "check", "--strict", PLAN, "--data", DIR);
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out(), "no `ok:` for a plan that --strict fails");
    assertEquals(W0106 + "1 warning(s), denied by --strict\n", r.err());
  }

  @Test
  void checkStrictWithLintsAloneAlsoPrintsNoOk() throws Exception {
    Outcome r =
        run(ROOT, Map.of(), "check", "--strict", "interpreter/src/test/resources/lint/unused.comp");
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
  }

  @Test
  void checkWithDataThatCannotBeLoadedExitsTwo(@TempDir Path empty) throws Exception {
    Outcome r = run(ROOT, Map.of(), "check", PLAN, "--data", empty.toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("error[E0501]"), r.err());
  }

  @Test
  void runPrintsTheWarningBeforeAndTheSummaryLineAfterTheReconciliation() throws Exception {
    Outcome r = run(ROOT, Map.of(), "run", PLAN, "--format", "csv", "--period", "2027-Q1");
    assertEquals(0, r.exit(), r.err());
    // ann: D1 1,000 x 10% = 100; bob: D2 2,000 x 10% = 200; cai (manager): 100 a quarter
    assertEquals(
        "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\n"
            + "ann,2027-Q1,100.00,100.00,USD,100.00,100.00,0.00,0.00,0.00\n"
            + "bob,2027-Q1,200.00,200.00,USD,200.00,200.00,0.00,0.00,0.00\n"
            + "cai,2027-Q1,100.00,100.00,USD,100.00,100.00,0.00,0.00,0.00\n",
        r.out());
    assertEquals(W0106 + RECONCILIATION + W0107, r.err());
  }

  @Test
  void runStrictExitsOneAndWritesNothing(@TempDir Path out) throws Exception {
    Path file = out.resolve("pay.csv");
    Outcome r =
        run(ROOT, Map.of(), "run", PLAN, "--strict", "--format", "csv", "--out", file.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(file), "no output under a failed --strict");
    assertEquals(W0106 + RECONCILIATION + W0107 + "2 warning(s), denied by --strict\n", r.err());
  }

  @Test
  void runStrictOnAPlanWithoutWarningsExitsZero() throws Exception {
    Outcome r =
        run(
            ROOT,
            Map.of(),
            "run",
            "stdlib-plans/plans/ae-quota/ae-quota.comp",
            "--strict",
            "--format",
            "csv");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("participant,period,payout"), r.out());
  }

  @Test
  void testWarnsAboutAValueNoTestRowHasAndStrictFails(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("spif.comp");
    Files.writeString(
        plan,
        """
        plan "SPIF" version 1
          currency USD
          pays quarterly
          effective 2027-01-01 to 2027-12-31

        stages open, closed_won

        input people from "people.csv":
          id: text
          role: text

        input deals from "deals.csv":
          id: text
          owner: person
          amount: money
          stage: stage
          close_date: date
          product: text

        credit deals where stage is closed_won to owner on close_date

        component "GTX Pro SPIF" for role ae:
          pay 200 per deal where product is "GTX Pro"

        test "the SPIF pays 200 a deal":
          people: ann ae
          deals: D1 ann 1_000 closed_won 2027-01-10 GTXPro
          expect payout(ann, 2027-Q1) = 200.00
        """,
        StandardCharsets.UTF_8);
    Outcome r = run(dir, Map.of(), "test", "spif.comp");
    assertEquals(1, r.exit(), "the test fails: the SPIF never matches");
    String warning =
        "warning[W0106]: no row of the tests' deals has product \"GTX Pro\", so this condition never holds\n"
            + "  --> spif.comp:23:37\n";
    assertTrue(r.err().startsWith(warning), r.err());
    assertTrue(
        r.err()
            .contains("= hint: did you mean \"GTXPro\"? the values of product there: \"GTXPro\"\n"),
        r.err());

    Files.writeString(
        plan,
        Files.readString(plan)
            .replace("expect payout(ann, 2027-Q1) = 200.00", "expect payout(ann, 2027-Q1) = 0.00"));
    Outcome passing = run(dir, Map.of(), "test", "spif.comp");
    assertEquals(0, passing.exit(), passing.err() + passing.out());
    assertTrue(passing.err().startsWith(warning), passing.err());
    Outcome strict = run(dir, Map.of(), "test", "--strict", "spif.comp");
    assertEquals(1, strict.exit(), strict.err());
    assertEquals(
        "ok    spif.comp  test \"the SPIF pays 200 a deal\"\n1 passed, 0 failed\n", strict.out());
    assertTrue(strict.err().endsWith("1 warning(s), denied by --strict\n"), strict.err());
  }

  @Test
  void theReplPrintsTheWarningsAfterLoadAndReload() throws Exception {
    Path in = Files.createTempFile("compass-in", ".txt");
    Path out = Files.createTempFile("compass-out", ".txt");
    try {
      Files.writeString(in, "reload\n", StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(ROOT.resolve("compass").toString(), "repl", PLAN)
              .directory(ROOT.toFile())
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "compass did not finish");
      assertEquals(0, p.exitValue());
      String warnings =
          W0106
              + """
          warning[W0107]: "GTX Pro SPIF" paid nothing to anyone in any period
            --> %s:27:11
             |
          27 | component "GTX Pro SPIF" for role ae:
             |           ^^^^^^^^^^^^^^
             = hint: check its conditions and rates against the data; `compass explain` shows one participant's arithmetic
          """
                  .formatted(PLAN);
      assertEquals(
          "loaded Warnings v1: 3 people, 4 deals (2 credited, 2 excluded)\n"
              + warnings
              + "reloaded Warnings v1: 3 people, 4 deals (2 credited, 2 excluded)\n"
              + warnings,
          Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
    }
  }
}
