package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.result.Explanation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15.5: explain on a weekly plan (weeks from Friday 2027-01-01) shows how an amount spread by
 * days was split, and a draw paid in advance: the advance, its netting and the recovery. ann earns
 * 10% of her bookings plus 30 per quarter spread by days; the draw is 100 a week in advance.
 */
final class WeeksExplainTest {
  private static final String PLAN =
      """
      plan "Weeks" version 1
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

      bookings = sum of amount

      draw 100 per week recoverable paid in advance

      component "Spread":
        pay 30 per quarter spread by days
      component "Commission":
        pay 10% of bookings
      """;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # week 13 (Mar 26 .. Apr 1): Q1's last 6 days take its remainder, 30 - 12 x 2.33 = 2.04;
      # Apr 1 is 1 of Q2's 91 days: 30 / 91 = 0.329.. -> 0.33; 2.04 + 0.33 = 2.37, and the draw
      # of 100 covers all of it: the shortfall 97.63 is owed
      2027-W13 | 100.00 | 30 per quarter spread by days in 2027-W13 (2027-03-26..2027-04-01): 6 of 2027-Q1's 90 days, its last part, the remainder = 2.04; 1 of 2027-Q2's 91 days = 0.33
      2027-W13 | 100.00 | draw of 100.00 paid in advance on 2027-03-26, before the period's earnings are known
      # week 1 earns 2.33 + 10% of 1,000 = 102.33, more than the advance: nothing owed. Weeks 2,
      # 3 and 4 earn only the spread part 2.33: the advance paid it, and 97.67 is owed each week:
      # 3 x 97.67 = 293.01 after week 4
      2027-W01 | 102.33 | earned 102.33, of which the advance paid 100.00; 2.33 more is paid at the period's end
      2027-W04 | 100.00 | earned 2.33, of which the advance paid 2.33; the shortfall 97.67 is owed: draw balance 293.01
      # week 5 earns 2.33 + 10% of 8,000 = 802.33: the 702.33 above the advance recovers all
      # 293.01 owed, and 702.33 - 293.01 = 409.32 more is paid: 100 + 409.32 = 509.32
      2027-W05 | 509.32 | earnings above the advance 702.33 recover 293.01; draw balance 0.00; paid at the period's end 409.32
      """)
  void explainShowsTheSplitAndTheAdvance(String period, String payout, String note)
      throws IOException {
    Path plan = dir.resolve("weeks.comp");
    Files.writeString(plan, PLAN);
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\n"
            + "A1,ann,1000,closed_won,2027-01-01\n"
            + "A4,ann,8000,closed_won,2027-01-29\n");
    ExplainResult ann = Compass.explain(new RunRequest(plan, null, period, true), "ann");
    assertTrue(ann.ok(), ann.diagnostics().toString());
    assertEquals(0, new BigDecimal(payout).compareTo(ann.explanation().amount()), ann.toString());
    List<String> labels = new ArrayList<>();
    collect(ann.explanation(), labels);
    assertTrue(labels.contains(note), String.join("\n", labels));
  }

  private static void collect(Explanation e, List<String> into) {
    into.add(e.label());
    for (Explanation child : e.children()) collect(child, into);
  }
}
