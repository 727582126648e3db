package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans are untrusted code (issue 7 point 3): deep nesting, constant division by zero, huge
 * literals and plans whose evaluation would explode are diagnostics with a position, in check and
 * in run, never a StackOverflowError or a hang.
 */
class HostilePlansTest {
  static final String HEADER =
      """
      plan "Hostile" version 1
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

      credit deals where stage is closed_won to owner on close_date

      """;
  static final String COMPONENT =
      "\ncomponent \"Commission\" for role ae:\n  pay 10% of sum of amount\n";

  @TempDir Path dir;

  private Path plan(String body) throws IOException {
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\nbob,ae\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\n"
            + "d1,ann,100.00,closed_won,2027-01-05\nd2,bob,50.00,closed_won,2027-05-05\n");
    Path plan = dir.resolve("plan.comp");
    Files.writeString(plan, HEADER + body);
    return plan;
  }

  private static Diagnostic onlyError(List<Diagnostic> diags) {
    List<Diagnostic> errors = diags.stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), errors::toString);
    return errors.get(0);
  }

  private static int line(Diagnostic d) {
    return ((Span) d.location()).line();
  }

  private static int column(Diagnostic d) {
    return ((Span) d.location()).column();
  }

  private Diagnostic checkAndRun(String body, Code code) throws IOException {
    Path plan = plan(body);
    Diagnostic checked =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> onlyError(Compass.check(plan).diagnostics()));
    assertEquals(code, checked.code(), checked::toString);
    RunResult run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Compass.run(new RunRequest(plan, null, null)));
    assertFalse(run.ok());
    assertEquals(checked.toString(), onlyError(run.diagnostics()).toString());
    return checked;
  }

  @Test
  void tenThousandNestedParenthesesAreE0104InCheckAndRun() throws IOException {
    int n = 10_000;
    Diagnostic d =
        checkAndRun(
            COMPONENT + "\ndeep = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n", Code.E0104);
    assertEquals("expression nested more than 200 levels deep", d.message());
    assertEquals(25, line(d));
  }

  @Test
  void tenThousandTermsAndNegationsAreE0104() throws IOException {
    checkAndRun(COMPONENT + "\ndeep = 1" + " + 1".repeat(10_000) + "\n", Code.E0104);
    checkAndRun(COMPONENT + "\ndeep = " + "-".repeat(10_000) + "1\n", Code.E0104);
  }

  @Test
  void tenThousandChainedDefinitionsAreE0104InCheckAndRun() throws IOException {
    StringBuilder forward = new StringBuilder("c0 = sum of amount\n");
    for (int i = 1; i <= 10_000; i++)
      forward.append("c").append(i).append(" = c").append(i - 1).append(" + 1 USD\n");
    String pays = "component \"C\" for role ae:\n  pay 1% of c10000\n";
    Diagnostic d = checkAndRun(forward + pays, Code.E0104);
    assertEquals(
        "a chain of more than 500 definitions, each using the next, reaches `c500`", d.message());
    assertEquals(21 + 500, line(d)); // c0 is on line 21
    // the same chain written from the top down: the checker follows it the other way
    List<String> lines = new java.util.ArrayList<>(List.of(forward.toString().split("\n")));
    java.util.Collections.reverse(lines);
    d = checkAndRun(String.join("\n", lines) + "\n" + pays, Code.E0104);
    assertEquals(
        "a chain of more than 500 definitions, each using the next, reaches `c9500`", d.message());
  }

  @Test
  void aChainOfFourHundredDefinitionsRuns() throws IOException {
    StringBuilder chain = new StringBuilder("c0 = sum of amount\n");
    for (int i = 1; i <= 400; i++)
      chain.append("c").append(i).append(" = c").append(i - 1).append(" + 1 USD\n");
    Path plan = plan(chain + "component \"C\" for role ae:\n  pay 1% of c400\n");
    RunResult run = Compass.run(new RunRequest(plan, null, null));
    assertTrue(run.ok(), run.diagnostics()::toString);
    assertEquals("5.00", run.rows().get(0).payout().toPlainString()); // 1% of (100 + 400)
  }

  @Test
  void constantDivisionByZeroIsFoundByTheChecker() throws IOException {
    Diagnostic d = checkAndRun(COMPONENT + "\nk = 5 / (2 - 2)\n", Code.E0602);
    assertEquals("division by zero: `2 - 2` is always 0", d.message());
    assertEquals(25, line(d));
    assertEquals(10, column(d));
  }

  @Test
  void divisionByAZeroValueNamesTheParticipantAndPeriod() throws IOException {
    Path plan =
        plan(
            "n = count of deals\nbookings = sum of amount\navg = bookings / n\n"
                + "component \"C\" for role ae:\n  pay 1% of avg\n");
    RunResult run = Compass.run(new RunRequest(plan, null, null));
    Diagnostic d = onlyError(run.diagnostics());
    assertEquals(Code.E0602, d.code());
    assertEquals("division by zero for ann in 2027-Q2: `bookings / n`", d.message());
  }

  @Test
  void hugeLiteralIsADiagnostic() throws IOException {
    Diagnostic d = checkAndRun(COMPONENT + "\nh = " + "9".repeat(5000) + "\n", Code.E0103);
    assertEquals(
        "number `99999999999999999999...9999999999` (5000 digits) is too long (more than "
            + "30 digits)",
        d.message());
  }

  @Test
  void definitionsDoublingEachOtherExhaustTheBudget() throws IOException {
    StringBuilder defs = new StringBuilder("x0 = amount\n");
    for (int i = 1; i <= 40; i++)
      defs.append("x")
          .append(i)
          .append(" = x")
          .append(i - 1)
          .append(" + x")
          .append(i - 1)
          .append('\n');
    Path plan = plan(defs + "component \"C\" for role ae:\n  pay 1% of sum of x40\n");
    assertTrue(Compass.check(plan).diagnostics().stream().noneMatch(Diagnostic::isError));
    RunResult run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Compass.run(new RunRequest(plan, null, null)));
    Diagnostic d = onlyError(run.diagnostics());
    assertEquals(Code.E0603, d.code());
    assertTrue(
        d.message().startsWith("evaluation budget exceeded for ann in 2027-Q1: more than "),
        d.message());
    assertTrue(d.hint().contains("-Dcompass.budget=N"), d.hint());
  }

  @Test
  void aNumberSquaredAgainAndAgainExhaustsTheBudget() throws IOException {
    StringBuilder defs = new StringBuilder("n0 = count of deals + 1\n");
    for (int i = 1; i <= 40; i++)
      defs.append("n")
          .append(i)
          .append(" = n")
          .append(i - 1)
          .append(" * n")
          .append(i - 1)
          .append('\n');
    Path plan = plan(defs + "component \"C\" for role ae:\n  pay 1 USD * n40\n");
    RunResult run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Compass.run(new RunRequest(plan, null, null)));
    Diagnostic d = onlyError(run.diagnostics());
    assertEquals(Code.E0603, d.code());
    assertEquals(
        "evaluation budget exceeded for ann in 2027-Q1: `n11 * n11` has more than 1000 " + "digits",
        d.message());
    assertEquals(33, line(d));
  }

  @Test
  void inputsOutsideTheDataFolderAreRefused() throws IOException {
    for (String path : List.of("/etc/passwd", "../outside.csv", "sub/../../outside.csv")) {
      Path plan = plan(COMPONENT);
      Files.writeString(
          plan, Files.readString(plan).replace("from \"deals.csv\"", "from \"" + path + "\""));
      RunResult run = Compass.run(new RunRequest(plan, null, null));
      Diagnostic d = onlyError(run.diagnostics());
      assertEquals(Code.E0408, d.code(), d::toString);
      assertEquals("`" + path + "` is outside the data folder", d.message());
    }
  }
}
