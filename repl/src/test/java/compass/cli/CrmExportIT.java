package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.cli.CompassProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the real {@code ./compass} (issue 14, point 3): a plan on a CRM-shaped export
 * with no people file (src/test/resources/cli/crm-export). The agents come from the pipeline's
 * `sales_agent`, the managers only from the teams file's `manager`; agents are paid 5% of their won
 * close_value, managers 1% of their team's, rolled up through the teams file. Open deals have an
 * empty close date and close value.
 */
class CrmExportIT {
  private static final Path EXPORT = Path.of("src", "test", "resources", "cli", "crm-export");

  @TempDir Path dir;

  private void copyExport() throws IOException {
    for (String f : new String[] {"crm.comp", "sales_pipeline.csv", "sales_teams.csv"})
      Files.copy(EXPORT.resolve(f), dir.resolve(f));
  }

  @Test
  void agentsAndManagersFoundInTheDataArePaid() throws Exception {
    copyExport();
    Outcome r = CompassProcess.run(dir, Map.of(), "run", "crm.comp");
    assertEquals(0, r.exit(), r.err());
    // Won: Anna 1,000 (Q1) and 3,000 (Q2), Boris 4,000, Carla 2,500, Dmitri 6,000 (Q1).
    // Agents 5%: Anna 50 and 150, Boris 200, Carla 125, Dmitri 300. Managers 1% of their team:
    // Mona (Anna, Boris) Q1 5,000 -> 50, Q2 3,000 -> 30; Nils (Carla, Dmitri) Q1 8,500 -> 85.
    // Total 50 + 150 + 200 + 125 + 300 + 50 + 30 + 85 = 990.
    assertEquals(
        """
        participant  period   payout     ytd  currency
        Anna         2027-Q1   50.00   50.00  USD
        Anna         2027-Q2  150.00  200.00  USD
        Anna         2027-Q3    0.00  200.00  USD
        Anna         2027-Q4    0.00  200.00  USD
        Boris        2027-Q1  200.00  200.00  USD
        Boris        2027-Q2    0.00  200.00  USD
        Boris        2027-Q3    0.00  200.00  USD
        Boris        2027-Q4    0.00  200.00  USD
        Carla        2027-Q1  125.00  125.00  USD
        Carla        2027-Q2    0.00  125.00  USD
        Carla        2027-Q3    0.00  125.00  USD
        Carla        2027-Q4    0.00  125.00  USD
        Dmitri       2027-Q1  300.00  300.00  USD
        Dmitri       2027-Q2    0.00  300.00  USD
        Dmitri       2027-Q3    0.00  300.00  USD
        Dmitri       2027-Q4    0.00  300.00  USD
        Mona         2027-Q1   50.00   50.00  USD
        Mona         2027-Q2   30.00   80.00  USD
        Mona         2027-Q3    0.00   80.00  USD
        Mona         2027-Q4    0.00   80.00  USD
        Nils         2027-Q1   85.00   85.00  USD
        Nils         2027-Q2    0.00   85.00  USD
        Nils         2027-Q3    0.00   85.00  USD
        Nils         2027-Q4    0.00   85.00  USD
        total                 990.00          USD
        """,
        r.out());
    assertEquals(
        """
        deals: 8 read, 5 credited, 3 excluded
          3  fails `deal_stage is Won`
        """,
        r.err());
  }

  @Test
  void thePlanChecksCleanAndItsTestPasses() throws Exception {
    copyExport();
    Outcome check = CompassProcess.run(dir, Map.of(), "check", "crm.comp");
    assertEquals(0, check.exit(), check.err());
    assertEquals("ok: crm.comp\n", check.out());
    Outcome test = CompassProcess.run(dir, Map.of(), "test", "crm.comp");
    assertEquals(0, test.exit(), test.out() + test.err());
  }

  @Test
  void aCycleInTheTeamsFileStopsTheRun() throws Exception {
    copyExport();
    Files.writeString(
        dir.resolve("sales_teams.csv"),
        Files.readString(dir.resolve("sales_teams.csv")) + "Mona,Nils,East\nNils,Mona,West\n");
    Outcome r = CompassProcess.run(dir, Map.of(), "run", "crm.comp");
    assertEquals(2, r.exit(), r.err()); // a mistake in the data
    assertEquals("", r.out());
    assertEquals(
        """
        error[E0515]: the manager chain has a cycle: Mona -> Nils -> Mona
          --> sales_teams.csv
           = hint: each person's manager must lead up to someone with no manager
        1 error(s)
        """,
        r.err());
  }
}
