package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compass forecast} in process (issue 18): the figures a hand can check, the three formats,
 * byte-identical output at 1 and 3 threads, and the exit codes of bad input.
 */
class ForecastCommandTest {
  @TempDir Path dir;

  /**
   * 10% of bookings. As of 2027-08-15: d1 won (ann, Q3, earned 100.00); d2 ann negotiation 40%
   * 2,000 in Q3; d3 ann prospecting 10% 4,000 in Q4; d4 bob negotiation 40% 3,000, overdue (Q3); d5
   * bob won after the as-of date (500, Q3); d6 lost.
   */
  private Path plan() throws IOException {
    Files.writeString(
        dir.resolve("plan.comp"),
        """
        plan "Pipeline forecast" version 1
          currency USD
          pays quarterly
          effective 2027-01-01 to 2027-12-31

        stages prospecting, negotiation, closed_won, closed_lost with win rates prospecting 10%,
            negotiation 40%, closed_won 100%, closed_lost 0%

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

        bookings = sum of amount

        component "Commission":
          pay 10% of bookings
        """);
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\nbob,ae\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        """
        id,owner,amount,stage,close_date
        d1,ann,1000.00,closed_won,2027-07-10
        d2,ann,2000.00,negotiation,2027-09-20
        d3,ann,4000.00,prospecting,2027-11-05
        d4,bob,3000.00,negotiation,2027-08-01
        d5,bob,500.00,closed_won,2027-09-01
        d6,bob,700.00,closed_lost,2027-07-01
        """);
    return dir.resolve("plan.comp");
  }

  private InProcess.Outcome forecast(String... flags) throws IOException {
    String[] args = new String[flags.length + 2];
    args[0] = "forecast";
    args[1] = plan().toString();
    System.arraycopy(flags, 0, args, 2, flags.length);
    return InProcess.execute(args);
  }

  @Test
  void theCsvHasTheHandComputedFigures() throws IOException {
    InProcess.Outcome o = forecast("--as-of", "2027-08-15", "--runs", "500", "--format", "csv");
    assertEquals(0, o.code(), o.err());
    String[] lines = o.out().split("\n");
    assertEquals(
        "participant,period,earned_so_far,stage_weighted,mean,p10,p50,p90,all_won,currency",
        lines[0]);
    // ann Q3: earned 10% x 1,000 = 100.00; weighted 10% x (1,000 + 40% x 2,000) = 180.00; all won
    // 10% x 3,000 = 300.00. bob Q3: weighted 10% x (40% x 3,000 + 500) = 170.00; all won 350.00.
    assertTrue(lines[1].startsWith("ann,2027-Q3,100.00,180.00,"), lines[1]);
    assertTrue(lines[1].endsWith(",300.00,USD"), lines[1]);
    assertTrue(lines[3].startsWith("bob,2027-Q3,0.00,170.00,"), lines[3]);
    assertTrue(lines[3].endsWith(",350.00,USD"), lines[3]);
    // over the open periods: earned 100.00, weighted 180 + 40 + 170 = 390.00, all won 1,050.00
    assertTrue(o.out().contains("\ntotal,open periods,100.00,390.00,"), o.out());
  }

  @Test
  void theSameSeedGivesByteIdenticalOutputAtOneAndThreeThreads() throws IOException {
    for (String format : new String[] {"table", "csv", "json"}) {
      InProcess.Outcome one =
          forecast(
              "--as-of",
              "2027-08-15",
              "--runs",
              "2000",
              "--seed",
              "9",
              "--slip",
              "30",
              "--format",
              format,
              "--threads",
              "1");
      InProcess.Outcome three =
          forecast(
              "--as-of",
              "2027-08-15",
              "--runs",
              "2000",
              "--seed",
              "9",
              "--slip",
              "30",
              "--format",
              format,
              "--threads",
              "3");
      assertEquals(0, one.code(), one.err());
      assertEquals(one.out(), three.out(), format);
    }
  }

  @Test
  void jsonHasTheRatesRowsTotalsAndBudget() throws IOException {
    InProcess.Outcome o =
        forecast("--as-of", "2027-08-15", "--runs", "300", "--format", "json", "--budget", "10000");
    assertEquals(0, o.code(), o.err());
    JsonNode json =
        new ObjectMapper()
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readTree(o.out());
    assertEquals("2027-08-15", json.get("as_of").asText());
    assertEquals(4, json.get("win_rates").size());
    assertEquals("won", json.get("win_rates").get(2).get("kind").asText());
    assertEquals(4, json.get("rows").size());
    assertEquals(
        0,
        new java.math.BigDecimal("390.00")
            .compareTo(json.get("totals").get(2).get("stage_weighted").decimalValue()));
    assertTrue(o.out().contains("\"stage_weighted\" : 390.00"), o.out()); // exact, as written
    // all won pays 1,050.00 in total: never over 10,000
    assertEquals(0, json.get("budget").get("runs_over").asInt());
  }

  @Test
  void learnedRatesArePrinted() throws IOException {
    InProcess.Outcome o = forecast("--as-of", "2027-08-15", "--runs", "100", "--learn-rates");
    assertEquals(0, o.code(), o.err());
    // won: d1, d5; lost: d6; prospecting: d3; negotiation: d2, d4. Prospecting is reached by all
    // six deals: 2 won / 6 = 33.33%; negotiation by its own, the won and the lost: 2 / 5 = 40.00%
    assertTrue(
        o.out()
            .contains(
                "; win rates learned from the data:\n  prospecting 33.33%\n  negotiation 40.00%\n"),
        o.out());
  }

  @Test
  void theSlipsAreShownWithWhoseTheyAre() throws IOException {
    Path plan = plan();
    Files.writeString(
        plan,
        Files.readString(plan)
            .replace(
                "closed_lost 0%\n",
                "closed_lost 0%\nclose dates slip 0 to 30 days, prospecting 10 to 90 days\n"));
    InProcess.Outcome planned =
        InProcess.execute("forecast", plan.toString(), "--as-of", "2027-08-15", "--runs", "50");
    assertEquals(0, planned.code(), planned.err());
    assertTrue(
        planned
            .out()
            .contains(
                "\nclose dates of won deals slip (the plan's): prospecting 10 to 90 days,"
                    + " negotiation 0 to 30 days\n"),
        planned.out());
    // --slip replaces the plan's ranges: every open stage 0 to 7 days
    InProcess.Outcome flag =
        InProcess.execute(
            "forecast",
            plan.toString(),
            "--as-of",
            "2027-08-15",
            "--runs",
            "50",
            "--slip",
            "7",
            "--format",
            "json");
    assertEquals(0, flag.code(), flag.err());
    JsonNode json = new ObjectMapper().readTree(flag.out());
    assertEquals("command line", json.get("slips_from").asText());
    assertEquals(2, json.get("slips").size());
    assertEquals("prospecting", json.get("slips").get(0).get("stage").asText());
    assertEquals(0, json.get("slips").get(0).get("from_days").asInt());
    assertEquals(7, json.get("slips").get(1).get("to_days").asInt());
    // --slip 0: no slip, and no line about it
    InProcess.Outcome off =
        InProcess.execute(
            "forecast", plan.toString(), "--as-of", "2027-08-15", "--runs", "50", "--slip", "0");
    assertTrue(!off.out().contains("slip"), off.out());
  }

  @Test
  void badInputIsAnErrorWithItsExitCode() throws IOException {
    InProcess.Outcome runs = forecast("--runs", "0");
    assertEquals(2, runs.code());
    assertTrue(runs.err().contains("error[E0790]"), runs.err());
    InProcess.Outcome date = forecast("--as-of", "30/06/2027");
    assertEquals(2, date.code());
    assertTrue(date.err().contains("error[E0790]"), date.err());
    InProcess.Outcome early = forecast("--as-of", "2026-01-01");
    assertEquals(2, early.code());
    assertTrue(early.err().contains("error[E0793]"), early.err());
    Files.writeString(
        plan(), Files.readString(plan()).replace("negotiation 40%", "negotiation 140%"));
    InProcess.Outcome rate = InProcess.execute("forecast", dir.resolve("plan.comp").toString());
    assertEquals(1, rate.code());
    assertTrue(rate.err().contains("error[E0470]"), rate.err());
  }
}
