package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 5: a manager chain 10,000 levels deep. A full roll-up would credit every deal to
 * each manager above its owner (50 million credits here), so it stops with a clear error naming the
 * chain; one level and `team` measures evaluate it in memory proportional to the people, without
 * recursion.
 */
final class DeepManagerChainTest {
  static final String PLAN =
      """
      plan "Chain" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-03-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text
        manager: person optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date roll up %s

      bookings = sum of amount

      component "Override" for role manager:
        pay bookings * 1%% + team bookings * 1%%

      component "Rep" for role ae:
        pay bookings * 10%%
      """;

  @TempDir Path dir;

  /**
   * p0 at the top, each next one reporting to the one before, p(n-1) an AE; a deal of 1,000 each.
   */
  private RunResult run(int depth, String rollUp) throws IOException {
    StringBuilder people = new StringBuilder("id,role,manager\np0,manager,\n");
    StringBuilder deals = new StringBuilder("id,owner,amount,stage,close_date\n");
    for (int i = 1; i < depth; i++)
      people
          .append('p')
          .append(i)
          .append(i == depth - 1 ? ",ae,p" : ",manager,p")
          .append(i - 1)
          .append('\n');
    for (int i = 0; i < depth; i++)
      deals.append('D').append(i).append(",p").append(i).append(",1000,closed_won,2027-02-01\n");
    Files.writeString(dir.resolve("people.csv"), people);
    Files.writeString(dir.resolve("deals.csv"), deals);
    Path plan = dir.resolve("chain.comp");
    Files.writeString(plan, PLAN.formatted(rollUp));
    return Compass.run(new RunRequest(plan, dir, null, false));
  }

  private static String payout(RunResult r, String who) {
    return r.rows().stream()
        .filter(s -> s.participant().equals(who))
        .map(s -> s.payout().toPlainString())
        .findFirst()
        .orElseThrow();
  }

  private static String errors(RunResult r) {
    return r.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(DiagnosticRenderer::render)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void aFullRollUpOfTenThousandLevelsStopsNamingTheChain() throws IOException {
    RunResult r = run(10_000, "all levels");
    assertEquals(1, r.diagnostics().size(), () -> errors(r));
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("E0529", d.code().id());
    // p9999's row is line 10,001; "p9999,ae," is 9 characters: the manager cell is at column 10
    assertEquals("people.csv:10001:10", d.location().describe());
    assertEquals(
        "the manager chain from p9999 up to p0 is 10,000 levels deep (p9999 -> p9998 -> ... -> p0); "
            + "`roll up all levels` follows at most 100",
        d.message());
    assertTrue(r.rows().isEmpty());
  }

  @Test
  void oneLevelAndTeamMeasuresEvaluateTenThousandLevels() throws IOException {
    RunResult r = run(10_000, "one level");
    assertTrue(r.ok(), () -> errors(r));
    assertEquals(10_000, r.rows().size());
    // p0: own 1,000 + p1's 1,000 rolled up one level = 2,000; team bookings = p1's bookings,
    // likewise 2,000: 20 + 20 = 40
    assertEquals("40.00", payout(r, "p0"));
    // p9998: own + p9999's = 2,000 -> 20; its team is p9999 alone, 1,000 -> 10
    assertEquals("30.00", payout(r, "p9998"));
    assertEquals("100.00", payout(r, "p9999")); // 1,000 x 10%
  }

  @Test
  void aFullRollUpOfAHundredLevelsEvaluates() throws IOException {
    RunResult r = run(100, "all levels");
    assertTrue(r.ok(), () -> errors(r));
    // p0 is credited every deal: 100 x 1,000 = 100,000 -> 1,000; its team is p1, credited the
    // 99 deals from p1 down: 99,000 -> 990; 1,990 in all
    assertEquals("1990.00", payout(r, "p0"));
    // p98: its own and p99's deal, 2,000 -> 20; team p99 1,000 -> 10
    assertEquals("30.00", payout(r, "p98"));
  }

  @Test
  void aManagerChainThatLoopsIsE0515() throws IOException {
    Files.writeString(
        dir.resolve("people.csv"), "id,role,manager\np0,manager,p2\np1,ae,p0\np2,manager,p1\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\nD1,p1,1000,closed_won,2027-02-01\n");
    Path plan = dir.resolve("chain.comp");
    Files.writeString(plan, PLAN.formatted("one level"));
    RunResult r = Compass.run(new RunRequest(plan, dir, null, false));
    assertEquals(1, r.diagnostics().size(), () -> errors(r));
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("E0515", d.code().id());
    // followed from the first person: p0's manager is p2, p2's is p1, p1's is p0 again
    assertEquals("the manager chain has a cycle: p0 -> p2 -> p1 -> p0", d.message());
    assertEquals("each person's manager must lead up to someone with no manager", d.hint());
    assertEquals("people.csv", d.location().describe()); // the whole file: a cycle has no one row
    assertTrue(r.rows().isEmpty());
  }
}
