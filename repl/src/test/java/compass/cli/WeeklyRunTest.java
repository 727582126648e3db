package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.InProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15.5 on the command line: `run --period 2027-W05` on a weekly plan (weeks from Friday
 * 2027-01-01), a draw paid in advance on the statement, `explain` of a week, and a quarter that is
 * no single pay period refused with the plan's weeks in the hint.
 */
final class WeeklyRunTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      plan "Weekly" version 1
        currency USD
        pays weekly
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

      draw 100 per week recoverable paid in advance

      component "Commission":
        pay 10% of sum of amount
      """;

  private Path write() throws IOException {
    Files.writeString(dir.resolve("w.comp"), PLAN);
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\n");
    // A4 closes on Jan 29, the first day of week 5 (Jan 29 .. Feb 4)
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\nA4,ann,8000,closed_won,2027-01-29\n");
    return dir.resolve("w.comp");
  }

  @Test
  void runsOneWeekWithItsAdvance() throws IOException {
    Path plan = write();
    Outcome r =
        InProcess.execute(
            "run", plan.toString(), "--period", "2027-W05", "--lines", "--format", "csv");
    assertEquals(0, r.code(), r.err());
    // weeks 1-4 earn nothing: 4 x 100 owed; week 5 earns 800: the advance paid 100 of it, and
    // the 700 above it recovers the 400 owed: 100 + 800 - 100 - 400 = 400 paid in week 5
    assertTrue(r.out().contains("Draw advance, paid 2027-01-29"), r.out());
    assertTrue(r.out().contains("2027-W05"), r.out());
    assertTrue(r.out().contains("-400.00"), r.out());
    assertTrue(!r.out().contains("2027-W04"), r.out());
  }

  @Test
  void aQuarterIsNotOnePayPeriod() throws IOException {
    Outcome r = InProcess.execute("run", write().toString(), "--period", "2027-Q1");
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains("`2027-Q1` is not a pay period of this plan"), r.err());
    assertTrue(r.err().contains("the pay periods are 2027-W01 .. 2027-W53"), r.err());
  }

  @Test
  void explainsAWeek() throws IOException {
    Outcome r =
        InProcess.execute(
            "explain", write().toString(), "--participant", "ann", "--period", "2027-W05");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("ann 2027-W05 payout  400.00 USD"), r.out());
    assertTrue(
        r.out().contains("earnings above the advance 700.00 recover 400.00; draw balance 0.00"),
        r.out());
  }
}
