package compass.cli;

import static compass.cli.Results.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import compass.api.RunResult;
import compass.result.TeamSummary;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The teams section of a run under a team budget (issue 15): after the table's statement, as the
 * key `teams` of the JSON, and nowhere in CSV. Figures of the worked example: east's budget 10,000,
 * earned 12,000 before and 10,000 after scaling, on bookings of 120,000: cost of sales 8.33%.
 */
final class TeamSheetTest {
  private static RunResult withTeams() {
    RunResult plain = Results.summary(row("ann", "2027-Q1", "5000.00", "5000.00", "USD"));
    List<TeamSummary> teams =
        List.of(
            new TeamSummary(
                "east",
                "2027-Q1",
                new BigDecimal("10000.00"),
                new BigDecimal("12000.00"),
                new BigDecimal("10000.00"),
                new BigDecimal("120000.00"),
                new BigDecimal("10000")
                    .divide(new BigDecimal("120000"), java.math.MathContext.DECIMAL128),
                "USD"),
            new TeamSummary(
                "west",
                "2027-Q1",
                null,
                new BigDecimal("0.00"),
                new BigDecimal("0.00"),
                null,
                null,
                "USD"));
    return new RunResult(
        plain.diagnostics(),
        plain.rows(),
        plain.lines(),
        plain.reconciliation(),
        plain.planName(),
        plain.currency(),
        List.of(),
        null,
        teams);
  }

  @Test
  void theTableShowsTheTeamsAfterTheStatement() {
    String text = StatementWriter.write(withTeams(), Format.TABLE, false);
    String teams = text.substring(text.indexOf("\nteams"));
    assertEquals(
        "\n"
            + "teams (budget by team: earned after scaling, cost of sales = earned / bookings)\n"
            + "team   period      budget  before_budget     earned    bookings  cost_of_sales  currency\n"
            + "east   2027-Q1  10,000.00      12,000.00  10,000.00  120,000.00  8.33%          USD\n"
            + "west   2027-Q1                      0.00       0.00                             USD\n"
            + "total                                     10,000.00                             USD\n",
        teams);
    assertTrue(text.startsWith("participant"), text); // the statement itself is unchanged
  }

  @Test
  void jsonHasTheKeyTeamsLast() throws Exception {
    String text = StatementWriter.write(withTeams(), Format.JSON, false);
    JsonNode json = new ObjectMapper().readTree(text);
    List<String> keys = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("plan", "currency", "rows", "reconciliation", "teams"), keys);
    JsonNode east = json.get("teams").get(0);
    assertEquals("east", east.get("team").asText());
    // amounts written exactly as computed
    assertTrue(text.contains("\"budget\": 10000.00,"), text);
    assertTrue(text.contains("\"before_budget\": 12000.00,"), text);
    assertTrue(text.contains("\"bookings\": 120000.00,"), text);
    assertTrue(text.contains("\"cost_of_sales\": 0.083333,"), text);
    assertTrue(json.get("teams").get(1).get("budget").isNull());
  }

  @Test
  void csvAndRunsWithoutABudgetAreUnchanged() {
    String csv = StatementWriter.write(withTeams(), Format.CSV, false);
    assertTrue(!csv.contains("team"), csv);
    RunResult plain = Results.summary(row("ann", "2027-Q1", "5000.00", "5000.00", "USD"));
    assertTrue(!StatementWriter.write(plain, Format.TABLE, false).contains("teams"));
    assertTrue(!StatementWriter.write(plain, Format.JSON, false).contains("teams"));
  }
}
