package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.InProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 point 6: an empty optional cell that the plan needs as a number (E0512) names the plan
 * position and the data row; --keep-going rejects such rows like any other bad row, keeps the
 * reconciliation exact, and never stops after a fixed number of bad rows.
 */
final class EmptyCellRunTest {
  static final String PLAN =
      """
      plan "Terms" version 1
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
        term_months: integer optional

      credit deals where stage is closed_won to owner on close_date

      component "Commission" for role ae:
        pay 10% of sum of amount

      component "Term bonus" for role ae:
        pay 10 USD * term_months per deal
      """;
  static final String HEADER = "id,owner,amount,stage,close_date,term_months\n";

  @TempDir Path dir;

  Outcome run(String deals, String... flags) throws IOException {
    Files.writeString(dir.resolve("plan.comp"), PLAN);
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\nbob,ae\n");
    Files.writeString(dir.resolve("deals.csv"), deals);
    return InProcess.runToCsv(dir, flags);
  }

  @Test
  void anEmptyCellUsedInArithmeticNamesThePlanPositionAndTheRow() throws IOException {
    Outcome r =
        run(
            HEADER
                + "d1,ann,100.00,closed_won,2027-01-05,24\n"
                + "d2,bob,50.00,closed_won,2027-05-05,\n");
    assertEquals(2, r.code(), r.err()); // a data error
    String plan = dir.resolve("plan.comp").toString();
    assertEquals(
        "error[E0512]: `term_months` is empty in deals.csv:3 (deal d2), but the plan needs its value here\n"
            + "  --> "
            + plan
            + ":26:16\n"
            + "   |\n"
            + "26 |   pay 10 USD * term_months per deal\n"
            + "   |                ^^^^^^^^^^^\n"
            + "   = hint: fill in the cell, or run with --keep-going to skip such rows into the rejects file\n"
            + "1 error(s)\n",
        r.err());
    assertFalse(Files.exists(dir.resolve("out.csv")));
  }

  @Test
  void anEmptyIntegerIsNeverTakenAsZero() throws IOException {
    // before issue 12 an empty integer cell was silently 0 here: bob's term bonus vanished
    Outcome r = run(HEADER + "d2,bob,50.00,closed_won,2027-05-05,\n");
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err().startsWith("error[E0512]: `term_months` is empty in deals.csv:2 (deal d2)"),
        r.err());
  }

  @Test
  void keepGoingRejectsTheRowAndTheReconciliationStaysExact() throws IOException {
    // d2 and d4 are credited with an empty term: rejected. d3 is open (never credited), so its
    // empty term is never needed: it stays, excluded as usual.
    Outcome r =
        run(
            HEADER
                + "d1,ann,100.00,closed_won,2027-01-05,24\n"
                + "d2,bob,50.00,closed_won,2027-05-05,\n"
                + "d3,ann,70.00,open,2027-02-05,\n"
                + "d4,ann,30.00,closed_won,2027-02-07,\n",
            "--keep-going");
    assertEquals(3, r.code(), r.err());
    // ann Q1: 10% of 100 + 10 USD x 24 months = 250.00; bob: nothing left
    String zeros = ",0.00,0.00,0.00,0.00,0.00\n";
    assertEquals(
        "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\n"
            + "ann,2027-Q1,250.00,250.00,USD,250.00,250.00,0.00,0.00,0.00\n"
            + "ann,2027-Q2,0.00,250.00,USD"
            + zeros
            + "ann,2027-Q3,0.00,250.00,USD"
            + zeros
            + "ann,2027-Q4,0.00,250.00,USD"
            + zeros
            + "bob,2027-Q1,0.00,0.00,USD"
            + zeros
            + "bob,2027-Q2,0.00,0.00,USD"
            + zeros
            + "bob,2027-Q3,0.00,0.00,USD"
            + zeros
            + "bob,2027-Q4,0.00,0.00,USD"
            + zeros,
        Files.readString(dir.resolve("out.csv")));
    // read 4 = credited 1 + excluded 1 + rejected 2
    assertTrue(
        r.err()
            .startsWith(
                "deals: 4 read, 1 credited, 1 excluded, 2 rejected\n"
                    + "  1  fails `stage is closed_won`\n"
                    + "rejected: 2 rows of deals.csv, listed in "
                    + dir.resolve("out.rejects.csv")
                    + "\n"),
        r.err());
    String plan = dir.resolve("plan.comp").toString();
    assertEquals(
        "file,line,column,code,error,row\n"
            + "deals.csv,3,36,E0512,\"E0512 `term_months` is empty, but the plan needs its value at "
            + plan
            + ":26:16\",\"d2,bob,50.00,closed_won,2027-05-05,\"\n"
            + "deals.csv,5,36,E0512,\"E0512 `term_months` is empty, but the plan needs its value at "
            + plan
            + ":26:16\",\"d4,ann,30.00,closed_won,2027-02-07,\"\n",
        Files.readString(dir.resolve("out.rejects.csv")));
  }

  @Test
  void keepGoingNeverStopsAfterAFixedNumberOfBadRows() throws IOException {
    // 5,000 bad amounts among 50,000 rows (several chunks read in parallel): before issue 12 the
    // load kept 20 problems and stopped with E0516, exit 2
    StringBuilder deals = new StringBuilder(HEADER);
    for (int i = 1; i <= 50_000; i++) {
      deals
          .append('d')
          .append(i)
          .append(",ann,")
          .append(i % 10 == 0 ? "x" : "1.00")
          .append(",closed_won,2027-01-05,12\n");
    }
    Outcome r = run(deals.toString(), "--keep-going");
    assertEquals(3, r.code(), r.err());
    assertTrue(
        r.err().startsWith("deals: 50000 read, 45000 credited, 0 excluded, 5000 rejected\n"),
        r.err());
    assertEquals(5_001, Files.readAllLines(dir.resolve("out.rejects.csv")).size());
    // ann Q1: 45,000 deals x (10% of 1.00 + 10 USD x 12) = 45,000 x 120.10 = 5,404,500.00
    assertTrue(Files.readString(dir.resolve("out.csv")).contains("ann,2027-Q1,5404500.00,"));
  }
}
