package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: explain shows a manager the team's bookings credited by roll-up and who brought them,
 * and every component that paid nothing with the reason.
 */
final class ExplainTeamTest {
  private static final String PLAN = "../stdlib-plans/plans/manager-override/manager-override.comp";

  @Test
  void aManagerSeesTheTeamsBookingsAndMembers() {
    InProcess.Outcome o =
        InProcess.execute("explain", PLAN, "--participant", "mia", "--period", "2027-Q1");
    assertEquals(0, o.code(), o.err());
    List<String> lines = o.out().lines().toList();
    // deals.csv: D01 ann 90,000 and D02 bob 60,000, both closed won in Q1; mia manages both:
    // 150,000 of bookings, and the override is 2% of it, 3,000.00
    assertEquals(
        "├─ team (credited by roll up): 2 deals from 2 members  150,000.00 USD", lines.get(2));
    assertEquals("│  ├─ ann: 1 deal (D01)  90,000.00 USD", lines.get(3));
    assertEquals("│  └─ bob: 1 deal (D02)  60,000.00 USD", lines.get(4));
    assertTrue(lines.get(5).startsWith("├─ Manager override  3,000.00 USD"), lines.get(5));
    assertTrue(o.out().contains("└─ not paid: it pays the role ae, and mia is manager"), o.out());
  }

  @Test
  void theVpSeesEveryDealOfTheOrganisation() {
    InProcess.Outcome o =
        InProcess.execute(
            "explain", PLAN, "--participant", "vic", "--period", "2027-Q1", "--format", "json");
    assertEquals(0, o.code(), o.err());
    // 120,000 + 90,000 + 60,000 = 270,000; the VP override is 1% of it, 2,700.00
    assertTrue(o.out().contains("\"payout\": 2700.00,"), o.out());
    assertTrue(
        o.out()
            .contains(
                "\"label\": \"team (credited by roll up): 3 deals from 3 members\",\n"
                    + "        \"amount\": 270000.00,\n"
                    + "        \"kind\": \"team\","),
        o.out());
    assertTrue(o.out().contains("\"label\": \"cai: 1 deal (D03)\",\n"), o.out());
  }

  @Test
  void aRepWithoutRollUpHasNoTeamLine() {
    InProcess.Outcome o =
        InProcess.execute("explain", PLAN, "--participant", "ann", "--period", "2027-Q1");
    assertEquals(0, o.code(), o.err());
    assertTrue(!o.out().contains("team (credited by roll up)"), o.out());
  }
}
