package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.result.StatementRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 point 5: the evaluation budget (E0603) grows with what the participant looks at, so a
 * big honest book never trips it, while a runaway plan stops after the same number of steps
 * whatever the size of the data.
 */
class BudgetScalingTest {
  private static final int DEALS = 100_000;

  @TempDir Path dir;

  /** ann owns DEALS deals of 10.00, a quarter of them in each quarter; bob owns one. */
  private Path plan(String body) throws IOException {
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\nbob,ae\n");
    StringBuilder deals = new StringBuilder("id,owner,amount,stage,close_date\n");
    String[] dates = {"2027-02-10", "2027-05-10", "2027-08-10", "2027-11-10"};
    for (int i = 0; i < DEALS; i++) {
      deals
          .append('d')
          .append(i)
          .append(",ann,10.00,closed_won,")
          .append(dates[i % 4])
          .append('\n');
    }
    deals.append("b1,bob,10.00,closed_won,2027-05-05\n");
    Files.writeString(dir.resolve("deals.csv"), deals);
    Path plan = dir.resolve("plan.comp");
    Files.writeString(plan, HostilePlansTest.HEADER + body);
    return plan;
  }

  @Test
  void aBigBookForOneParticipantNeverTripsTheBudget() throws IOException {
    // 100 cumulative components each summing a per-deal definition over ann's 100,000 deals:
    // about 11 million steps for ann. The budget used to be fixed per participant at
    // 1,000,000 + 8 x (people + deals) x (definitions + 1) x periods = 7,400,192 here, and stopped
    // this plan with E0603; now each deal looked at adds to it.
    StringBuilder body = new StringBuilder("doubled = amount * 2\n");
    for (int i = 1; i <= 100; i++) {
      body.append("\ncomponent \"C")
          .append(i)
          .append("\" for role ae cumulative over year:\n")
          .append("  pay 1% of sum of doubled\n");
    }
    RunResult run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> Compass.run(new RunRequest(plan(body.toString()), null, null)));
    assertTrue(run.ok(), () -> run.diagnostics().toString());
    // each quarter: 25,000 deals x 20.00 doubled = 500,000.00; 1% = 5,000.00 per component, x 100
    List<StatementRow> ann =
        run.rows().stream().filter(r -> r.participant().equals("ann")).toList();
    assertEquals(4, ann.size());
    for (StatementRow r : ann) assertEquals(new BigDecimal("500000.00"), r.payout(), r.period());
  }

  @Test
  void aRunawayPlanStopsAfterTheSameStepsWhateverTheData() throws IOException {
    // HostilePlansTest's doubling plan (x40 is 2^40 steps per deal) on 100,000 deals: it stops on
    // ann's first deal, after her starting 1,000,000 steps plus one deal's grant of
    // 8 x (41 definitions + 1) = 336, as it would on 2 deals; before, her budget here was
    // 1,000,000 + 8 x 100,003 x 42 x 4 = 135,404,032 steps, hundreds of times longer to exhaust
    StringBuilder defs = new StringBuilder("x0 = amount\n");
    for (int i = 1; i <= 40; i++) {
      defs.append('x')
          .append(i)
          .append(" = x")
          .append(i - 1)
          .append(" + x")
          .append(i - 1)
          .append('\n');
    }
    Path plan = plan(defs + "component \"C\" for role ae:\n  pay 1% of sum of x40\n");
    RunResult run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Compass.run(new RunRequest(plan, null, null)));
    List<Diagnostic> errors = run.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(Code.E0603, errors.get(0).code());
    assertTrue(
        errors
            .get(0)
            .message()
            .startsWith(
                "evaluation budget exceeded for ann in 2027-Q1: more than 1000336 evaluations, stopped in `x"),
        errors.get(0).message());
  }

  @Test
  void aRunawayThroughTeamMeasuresStopsToo() throws IOException {
    // a chain of 41 people, each managing the next, and t_k = team t_(k-1) + team t_(k-1): each
    // team measure looks at its reports afresh, 2^40 looks for the top. Looking at a report adds
    // to the budget, but at most once per person and period, so this stops too.
    StringBuilder people = new StringBuilder("id,role,manager\np0,ae,\n");
    for (int i = 1; i <= 40; i++)
      people.append('p').append(i).append(",ae,p").append(i - 1).append('\n');
    StringBuilder defs = new StringBuilder("t0 = sum of amount\n");
    for (int i = 1; i <= 40; i++) {
      defs.append('t')
          .append(i)
          .append(" = team t")
          .append(i - 1)
          .append(" + team t")
          .append(i - 1)
          .append('\n');
    }
    Path plan = dir.resolve("team.comp");
    Files.writeString(dir.resolve("people.csv"), people);
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\nd1,p40,10.00,closed_won,2027-02-10\n");
    Files.writeString(
        plan,
        HostilePlansTest.HEADER.replace(
                "  role: text\n", "  role: text\n  manager: person optional\n")
            + defs
            + "component \"C\" for role ae:\n  pay 1% of t40\n");
    RunResult run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Compass.run(new RunRequest(plan, null, null)));
    List<Diagnostic> errors = run.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(Code.E0603, errors.get(0).code());
    // p0's 1,000,000 steps plus every team grant: 8 x (41 definitions + 1) = 336 for each of the
    // 41 people and 1 deal in each of the 4 quarters, 56,448; named after p0, whose budget it is
    assertEquals(
        "evaluation budget exceeded for p0 in 2027-Q1 (in a team measure, at p39): more than "
            + "1056448 evaluations, stopped in `t1`",
        errors.get(0).message());
  }
}
