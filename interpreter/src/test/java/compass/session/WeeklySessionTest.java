package compass.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.source.Span;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The REPL's period lookups on a weekly plan (issue 15.5): weeks from Friday 2027-01-01, quota
 * 91,000 per quarter split by days (Q1 90 days: weeks 1-12 get 7,077.78, week 13 the remainder
 * 6,066.64 plus Apr 1 at 1,000.00).
 */
class WeeklySessionTest {
  @TempDir Path dir;

  private Session open() throws Exception {
    Files.writeString(
        dir.resolve("p.comp"),
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

        quota = 91_000 per quarter
        component "Quota":
          pay quota
        """);
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\n");
    Files.writeString(dir.resolve("deals.csv"), "id,owner,amount,stage,close_date\n");
    Diagnostics diags = new Diagnostics();
    Session s = Compass.session(dir.resolve("p.comp"), dir, diags, () -> false);
    assertNotNull(s, diags.all().toString());
    return s;
  }

  @ParameterizedTest(name = "quota in {0} = {1}")
  @CsvSource({
    "2027-W01, 7077.78",
    // Q1's remainder 91,000 - 12 x 7,077.78 = 6,066.64, and Apr 1 at 91,000 / 91 = 1,000.00
    "2027-W13, 7066.64",
    // two-week period 3 is weeks 5 and 6: 2 x 7,077.78
    "2027-P03, 14155.56",
    // the fiscal year: four quarters
    "FY2027, 364000.00"
  })
  void valuesOverWeeks(String period, String expected) throws Exception {
    Session s = open();
    Diagnostics diags = new Diagnostics();
    SourceFile text = new SourceFile("<repl>", "quota");
    Session.Value v = s.evaluate(text, "ann", null, period, null, diags);
    assertNotNull(v, diags.all().toString());
    assertEquals(0, new BigDecimal(expected).compareTo(v.value()), v.value().toPlainString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # week 13 (Mar 26 .. Apr 1) straddles the end of Q1: Q1 is no whole number of weeks
      2027-Q1 | 2027-W13 (2027-03-26..2027-04-01) straddles its end
      # week 5 (Jan 29 .. Feb 4) straddles the start of February
      2027-02 | 2027-W05 (2027-01-29..2027-02-04) straddles its start
      """)
  void aMonthOrQuarterCuttingAWeekIsRefused(String period, String message) throws Exception {
    Session s = open();
    Diagnostics diags = new Diagnostics();
    Span at = new Span(new SourceFile("<repl>", period), 0, period.length());
    assertNull(s.periodSpan(period, at, diags));
    assertEquals("E0733", diags.all().get(0).code().id());
    assertTrue(diags.all().get(0).message().contains(message), diags.all().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2027-W05, 4, 4", "2027-P27, 52, 52", "2027-P03, 4, 5", "FY2027, 0, 52"})
  void labelsResolveToWeeks(String period, int from, int to) throws Exception {
    Session s = open();
    Diagnostics diags = new Diagnostics();
    assertArrayEquals(new int[] {from, to}, s.periodSpan(period, null, diags));
  }
}
