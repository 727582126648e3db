package compass.web.statement;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import compass.api.Forecasts;
import compass.diag.Diagnostics;
import compass.result.Forecast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A small plan with an open pipeline, for the "could be earned" box of a statement: 10% of
 * bookings; as of 2027-08-15 (Q3 and Q4 open) ann has d1 won (1,000, 2027-07-10: earned 100.00), d2
 * in `late` (50%, 2,000, Q3) and d3 in `early` (20%, 4,000, Q4) open; bob has d4 (`late`, 3,000,
 * overdue) open and d5 won after the as-of date. {@code name} is ann's name in the people file.
 */
final class PipelinePlan {
  static final LocalDate AS_OF = LocalDate.of(2027, 8, 15);

  private PipelinePlan() {}

  static Path write(Path dir, String annsName) throws IOException {
    Files.writeString(
        dir.resolve("people.csv"), "id,name,role\nann,\"" + annsName + "\",ae\nbob,Bob,ae\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        """
        id,owner,amount,stage,close_date
        d1,ann,1000.00,won,2027-07-10
        d2,ann,2000.00,late,2027-09-20
        d3,ann,4000.00,early,2027-11-05
        d4,bob,3000.00,late,2027-08-01
        d5,bob,500.00,won,2027-09-01
        d6,bob,700.00,lost,2027-07-01
        """);
    Path plan = dir.resolve("plan.comp");
    Files.writeString(
        plan,
        """
        plan "Pipeline" version 2
          currency USD
          pays quarterly
          effective 2027-01-01 to 2027-12-31

        stages early, late, won, lost with win rates early 20%, late 50%, won 100%, lost 0%

        input people from "people.csv":
          id: text
          name: text
          role: text

        input deals from "deals.csv":
          id: text
          owner: person
          amount: money
          stage: stage
          close_date: date

        credit deals where stage is won to owner on close_date

        bookings = sum of amount

        component "Commission" for role ae:
          pay 10% of bookings
        """);
    return plan;
  }

  /** The forecast the statements show: 1,000 runs, seed 7. */
  static Forecast forecast(Path plan) {
    Diagnostics diags = new Diagnostics();
    Forecast f = Forecasts.forecast(new Forecasts.Request(plan, null, AS_OF, 1_000, 7), diags);
    assertNotNull(f, () -> diags.all().toString());
    return f;
  }
}
