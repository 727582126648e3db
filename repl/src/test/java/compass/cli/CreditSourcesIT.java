package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static compass.cli.CompassProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through {@code ./compass} (issue 14, part 2): a plan with deals and meetings, an SDR
 * paid 40 per held meeting and 2% of the deals they sourced that closed, an AE 10% of the deals
 * they own. Deals: D1 100,000 won 2027-02-10, D2 50,000 open, D3 20,000 won 2027-05-01, all owned
 * by ann and sourced by sam. Meetings of sam: M1, M2 held in January, M3 a no-show, M4 held in
 * April.
 */
class CreditSourcesIT {
  private static final String DIR = "repl/src/test/resources/credit-sources";
  private static final String PLAN = DIR + "/plan.comp";

  /** Each source reconciled on its own; the second rule on deals by its name. */
  private static final String RECONCILIATION =
      """
      deals: 3 read, 2 credited, 1 excluded
        1  fails `stage is closed_won`
      deals (sourced): 3 read, 2 credited, 1 excluded
        1  fails `stage is closed_won`
      meetings: 4 read, 3 credited, 1 excluded
        1  fails `status is held`
      """;

  @Test
  void runPaysEverySourceAndReconcilesEach() throws Exception {
    Outcome r = run(ROOT, Map.of(), "run", PLAN, "--data", DIR, "--period", "2027-Q1");
    assertEquals(0, r.exit(), r.err());
    // ann: 10% of D1 100,000 = 10,000; sam: 40 x 2 meetings + 2% of D1 100,000 = 2,080
    assertEquals(
        """
        participant  period      payout        ytd  currency
        ann          2027-Q1  10,000.00  10,000.00  USD
        sam          2027-Q1   2,080.00   2,080.00  USD
        total                 12,080.00             USD
        """,
        r.out());
    assertEquals(RECONCILIATION, r.err());
  }

  @Test
  void linesShowEachMeeting() throws Exception {
    Outcome r = run(ROOT, Map.of(), "run", PLAN, "--data", DIR, "--period", "2027-Q2", "--lines");
    assertEquals(0, r.exit(), r.err());
    // Q2: M4 held (40), 2% of D3 20,000 = 400, 10% of D3 = 2,000; one line per meeting, its id in
    // the `deal` column
    assertEquals(
        """
        participant  period   component      deal    amount  currency  note
        ann          2027-Q2  AE commission        2,000.00  USD       pay 10% of bookings = 2,000.00
        sam          2027-Q2  Meetings       M4       40.00  USD       40 per meeting = 40.00
        sam          2027-Q2  Sourced                400.00  USD       pay 2% of sourced_won = 400.00
        total                                      2,440.00  USD
        """,
        r.out());
  }

  @Test
  void jsonKeepsTheReconciliationAndListsEverySource() throws Exception {
    Outcome r = run(ROOT, Map.of(), "run", PLAN, "--data", DIR, "--format", "json");
    assertEquals(0, r.exit(), r.err());
    String json = r.out();
    assertTrue(json.contains("\"reconciliations\": ["), json);
    assertTrue(
        json.contains(
            """
                  "source": "meetings",
                  "table": "meetings",
                  "read": 4,
                  "credited": 3,\
            """),
        json);
    assertTrue(
        json.contains("\"source\": \"sourced\",\n      \"table\": \"deals\",\n      \"read\": 3"),
        json);
  }

  @Test
  void keepGoingCountsARejectedMeetingInTheMeetingsReconciliation(@TempDir Path tmp)
      throws Exception {
    for (String f : new String[] {"plan.comp", "people.csv", "deals.csv", "meetings.csv"})
      Files.copy(ROOT.resolve(DIR).resolve(f), tmp.resolve(f));
    // a fifth meeting with an impossible date: rejected, and read = 3 + 1 + 1
    Files.writeString(
        tmp.resolve("meetings.csv"), "M5,sam,held,2027-13-45\n", StandardOpenOption.APPEND);
    Outcome r =
        run( // in the temporary folder, where rejects.csv is written
            tmp,
            Map.of(),
            "run",
            "plan.comp",
            "--data",
            ".",
            "--period",
            "2027-Q1",
            "--keep-going");
    assertEquals(3, r.exit(), r.err());
    assertTrue(r.err().contains("meetings: 5 read, 3 credited, 1 excluded, 1 rejected\n"), r.err());
    assertTrue(r.err().startsWith("deals: 3 read, 2 credited, 1 excluded\n"), r.err());
  }
}
