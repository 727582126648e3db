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
 * Issue 15: explain shows the span a gate's `year to date` or `trailing` measure was taken over,
 * with its dates and value. ann books 300,000 in Q1 and 250,000 in Q2: the gate on 500,000 of
 * bookings in the year to date fails in Q1 (300,000) and passes in Q2 (550,000), which pays 10% of
 * Q2's 250,000 only = 25,000.
 */
final class SpanExplainTest {
  private static final String PLAN =
      """
      plan "Spans" version 1
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

      credit deals where stage is closed_won to owner on close_date

      bookings = sum of amount

      component "Accelerator":
        pay 10% of bookings
        gate bookings year to date >= 500_000
      component "Trailing":
        pay 100
        gate bookings trailing 6 months >= 400_000
      component "Kicker":
        pay 1_000 if bookings year to date >= 500_000
      """;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # Q1: 100,000 + 200,000; the gate is not met
      Accelerator | 2027-Q1 | 0.00     | bookings year to date (2027-01-01..2027-03-31) = 300,000.00
      # Q2: 300,000 + 250,000 = 550,000; pays 10% of Q2's 250,000
      Accelerator | 2027-Q2 | 25000.00 | bookings year to date (2027-01-01..2027-06-30) = 550,000.00
      # trailing 6 months from Q3: Q2 and Q3 = 250,000 + 0 (not met)
      Trailing    | 2027-Q3 | 0.00     | bookings trailing 6 months (2027-04-01..2027-09-30) = 250,000.00
      # in Q1 the window reaches before the plan: only Q1 counts, 300,000 (not met)
      Trailing    | 2027-Q1 | 0.00     | bookings trailing 6 months (2027-01-01..2027-03-31) = 300,000.00
      # Q2: Q1 and Q2 = 550,000 (met)
      Trailing    | 2027-Q2 | 100.00   | bookings trailing 6 months (2027-01-01..2027-06-30) = 550,000.00
      # `pay ... if` shows its spans too (a condition not met shows no component at all)
      Kicker      | 2027-Q2 | 1000.00  | bookings year to date (2027-01-01..2027-06-30) = 550,000.00
      """)
  void explainShowsTheSpanAndItsValue(String component, String period, String amount, String note)
      throws IOException {
    Path plan = dir.resolve("spans.comp");
    Files.writeString(plan, PLAN);
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\n"
            + "A1,ann,100000,closed_won,2027-01-20\n"
            + "A2,ann,200000,closed_won,2027-03-31\n"
            + "A3,ann,250000,closed_won,2027-04-01\n");
    ExplainResult ann = Compass.explain(new RunRequest(plan, null, period, true), "ann");
    assertTrue(ann.ok(), ann.diagnostics().toString());
    Explanation c =
        ann.explanation().children().stream()
            .filter(e -> e.label().equals(component))
            .findFirst()
            .orElseThrow();
    assertEquals(0, new BigDecimal(amount).compareTo(c.amount()), c.toString());
    List<String> labels = new ArrayList<>();
    collect(c, labels);
    assertTrue(labels.contains(note), labels.toString());
  }

  private static void collect(Explanation e, List<String> into) {
    into.add(e.label());
    for (Explanation child : e.children()) collect(child, into);
  }
}
