package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.DiagnosticRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A period label in a table (quotas by month) that the plan's calendar does not have is a data
 * error at its cell, found while loading; with --keep-going its row is rejected like any bad row.
 */
class PeriodLabelsTest {
  private static final String PLAN =
      """
      plan "Monthly" version 1
        currency USD
        pays monthly
        effective 2027-01-01 to 2027-12-31

      stages open, won

      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        won_on: date

      input quotas from "quotas.csv":
        rep: person
        month: period
        amount: money

      credit deals where stage is won to owner on won_on

      quota = quotas.amount

      component "Commission" for role ae:
        pay 10% of sum of amount
      """;

  @TempDir Path dir;

  private RunResult run(String quotas, boolean keepGoing) throws Exception {
    Files.writeString(dir.resolve("plan.comp"), PLAN);
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\n");
    Files.writeString(
        dir.resolve("deals.csv"), "id,owner,amount,stage,won_on\nd1,ann,1000.00,won,2027-01-05\n");
    Files.writeString(dir.resolve("quotas.csv"), quotas);
    return Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null, false, keepGoing));
  }

  @Test
  void aLabelOutsideTheCalendarIsAnErrorAtItsCell() throws Exception {
    RunResult r = run("rep,month,amount\nann,2027-01,10000\nann,2027-13,10000\n", false);
    assertTrue(!r.ok());
    String text = DiagnosticRenderer.renderAll(r.diagnostics());
    assertTrue(
        text.contains("error[E0513]: `2027-13` in month is not a period of the plan's calendar"),
        text);
    assertTrue(text.contains("quotas.csv:3:5"), text);
  }

  @Test
  void withKeepGoingTheRowIsRejectedAndTheRunCompletes() throws Exception {
    RunResult r = run("rep,month,amount\nann,2027-01,10000\nann,2027-13,10000\n", true);
    assertTrue(r.ok(), DiagnosticRenderer.renderAll(r.diagnostics()));
    assertEquals(1, r.rejects().size());
    assertEquals(3, r.rejects().get(0).line());
    assertEquals("ann,2027-13,10000", r.rejects().get(0).text());
    assertEquals("100.00", r.rows().get(0).payout().toPlainString()); // 10% of 1,000.00 in January
  }
}
