package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compass statements} with the reps' "could be earned" (issue 18): on by default when the
 * plan declares win rates, {@code --no-forecast} leaving it out, the forecast's options, a period
 * the ledger closed left out of it, and a forecast that fails stopping the statements (E0483).
 */
class StatementsForecastTest {
  @TempDir Path dir;

  /**
   * 10% of bookings. d1 ann won 2027-07-10 (1,000); d2 ann negotiation 40% 2,000 expected
   * 2027-09-20; d3 ann prospecting 10% 4,000 expected 2027-11-05; d5 bob won 2027-09-01 (500).
   */
  private Path plan(String stages) throws IOException {
    Files.writeString(
        dir.resolve("plan.comp"),
        """
        plan "Pipeline" version 1
          currency USD
          pays quarterly
          effective 2027-01-01 to 2027-12-31

        """
            + stages
            + """

        input people from "people.csv":
          id: text
          role: text

        input deals from "deals.csv":
          id: text
          owner: person
          amount: money
          stage: stage
          close_date: date optional

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
        d5,bob,500.00,closed_won,2027-09-01
        """);
    return dir.resolve("plan.comp");
  }

  private static final String RATES =
      "stages prospecting, negotiation, closed_won, closed_lost with win rates prospecting 10%,"
          + " negotiation 40%, closed_won 100%, closed_lost 0%\n";

  private InProcess.Outcome statements(Path plan, String... flags) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("statements", plan.toString(), "--out", dir.resolve("out").toString()));
    args.addAll(List.of(flags));
    return InProcess.execute(args.toArray(String[]::new));
  }

  /** The box of a rep's page (null: none), as the template writes it. */
  private String box(String who) throws IOException {
    String page = Files.readString(dir.resolve("out").resolve(who + ".html"));
    int start = page.indexOf("<aside class=\"st-statement st-forecast\" id=\"could-be-earned\"");
    return start < 0 ? null : page.substring(start, page.indexOf("</aside>", start));
  }

  private static String attr(String box, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(box);
    return m.find() ? m.group(1) : null;
  }

  /** A cell of a period's row: its class (st-so-far, st-weighted, st-p10 ...) and its text. */
  private static String cell(String box, String period, String column) {
    Matcher row = Pattern.compile("<tr data-period=\"" + period + "\">(.*?)</tr>").matcher(box);
    if (!row.find()) return null;
    Matcher c =
        Pattern.compile("class=\"st-num " + column + "\"[^>]*>([^<]*)<").matcher(row.group(1));
    return c.find() ? c.group(1) : null;
  }

  private static List<String> periods(String box) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("<tr data-period=\"([^\"]*)\"").matcher(box);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  @Test
  void aPlanWithWinRatesGivesEachRepTheirBox() throws IOException {
    InProcess.Outcome o =
        statements(plan(RATES), "--forecast-as-of", "2027-08-15", "--forecast-seed", "3");
    assertEquals(0, o.code(), o.err());
    String ann = box("ann");
    assertEquals("2027-08-15", attr(ann, "data-as-of"));
    assertEquals("500", attr(ann, "data-runs")); // the dashboard's default
    assertEquals("3", attr(ann, "data-seed"));
    assertTrue(ann.contains("a forecast, not pay"), ann);
    // Q3: earned 10% x 1,000 = 100.00; stage-weighted 10% x (1,000 + 40% x 2,000) = 180.00
    assertEquals("100.00", cell(ann, "2027-Q3", "st-so-far"));
    assertEquals("180.00", cell(ann, "2027-Q3", "st-weighted"));
    assertEquals("100.00", cell(ann, "2027-Q3", "st-p10")); // d2 lost in 60% of runs
    assertEquals("300.00", cell(ann, "2027-Q3", "st-p90")); // won in 40%: more than 1 in 10
    // Q4: stage-weighted 10% x 10% x 4,000 = 40.00; P90 0.00 or 400.00: d3 is won in 10% of
    // runs, around the P90's rank, so only P10 is certain
    assertEquals("40.00", cell(ann, "2027-Q4", "st-weighted"));
    assertEquals("0.00", cell(ann, "2027-Q4", "st-p10"));
    // bob has no open deal: his box shows what he has, d5 on 2027-09-01: 50.00 in every run
    String bob = box("bob");
    assertEquals("0.00", cell(bob, "2027-Q3", "st-so-far"));
    assertEquals("50.00", cell(bob, "2027-Q3", "st-p10"));
    assertEquals("50.00", cell(bob, "2027-Q3", "st-p90"));
  }

  @Test
  void noForecastLeavesItOut() throws IOException {
    InProcess.Outcome o = statements(plan(RATES), "--no-forecast");
    assertEquals(0, o.code(), o.err());
    assertEquals(null, box("ann"));
  }

  @Test
  void aPlanWithoutWinRatesHasNoBoxUnlessAsked() throws IOException {
    Path plan = plan("stages prospecting, negotiation, closed_won, closed_lost\n");
    InProcess.Outcome o = statements(plan);
    assertEquals(0, o.code(), o.err());
    assertEquals(null, box("ann"));
    assertFalse(o.err().contains("error"), o.err());
    InProcess.Outcome asked = statements(plan, "--forecast");
    assertEquals(2, asked.code());
    assertTrue(asked.err().contains("error[E0794]"), asked.err());
    assertTrue(asked.err().contains("error[E0483]"), asked.err());
  }

  @Test
  void aClosedPeriodIsNotForecast() throws IOException {
    Path plan = plan(RATES);
    for (String[] q : new String[][] {{"Q1", "04"}, {"Q2", "07"}, {"Q3", "10"}}) {
      InProcess.Outcome closed =
          InProcess.execute(
              "close",
              plan.toString(),
              "--period",
              "2027-" + q[0],
              "--pay-date",
              "2027-" + q[1] + "-15");
      assertEquals(0, closed.code(), closed.err()); // periods close in order
    }
    InProcess.Outcome o = statements(plan, "--forecast-as-of", "2027-08-15");
    assertEquals(0, o.code(), o.err());
    assertEquals(List.of("2027-Q4"), periods(box("ann")));
  }

  @Test
  void aForecastThatFailsWritesNoStatement() throws IOException {
    Path plan = plan(RATES);
    // d3 is open without an expected close date
    Files.writeString(
        dir.resolve("deals.csv"),
        Files.readString(dir.resolve("deals.csv"))
            .replace("prospecting,2027-11-05", "prospecting,"));
    InProcess.Outcome o = statements(plan);
    assertEquals(2, o.code());
    assertTrue(o.err().contains("error[E0792]"), o.err());
    assertTrue(
        o.err()
            .contains(
                "error[E0483]: the reps' \"could be earned\" cannot be forecast, so no statement"
                    + " was written"),
        o.err());
    assertTrue(o.err().contains("--no-forecast"), o.err());
    assertFalse(Files.exists(dir.resolve("out")));
    InProcess.Outcome without = statements(plan, "--no-forecast");
    assertEquals(0, without.code(), without.err());
    InProcess.Outcome badDate = statements(plan, "--forecast-as-of", "15/08/2027");
    assertEquals(2, badDate.code());
    assertTrue(badDate.err().contains("error[E0790]: --forecast-as-of 15/08/2027"), badDate.err());
  }
}
