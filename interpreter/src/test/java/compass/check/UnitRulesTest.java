package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SEMANTICS 1, table-driven: which definitions check, and the code of those that don't. */
class UnitRulesTest {
  private static final String PLAN =
      """
      plan "Units" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        start_date: date
        target_incentive: money

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date

      quota = 250_000 per quarter
      bookings = sum of amount
      attainment = bookings / quota
      value = %s
      """;

  @ParameterizedTest(name = "value = {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bookings + target_incentive      | ok",
        "bookings * 8%                    | ok",
        "8% of bookings                   | ok",
        "bookings / quota                 | ok",
        "attainment >= 100%               | ok",
        "if attainment >= 50% then 1_000 else 0 | ok",
        "min(bookings, 2 x target_incentive) | ok",
        "bookings + 5%                    | E0201",
        "bookings * bookings              | E0201",
        "start_date > bookings            | E0203",
        "attainment >= 1                  | E0203",
        "bokings                          | E0301",
        "sum of amount where amount       | E0204",
        "start_date in 2027-Q5            | E0306",
        "bookings + 500 EUR               | E0206",
      })
  void definitionsCheckWithUnits(String expression, String expected) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("units.comp", PLAN.formatted(expression), diags);
    String codes =
        diags.all().stream().map(d -> d.code().id()).distinct().collect(Collectors.joining(","));
    if (expected.equals("ok")) {
      assertTrue(diags.all().isEmpty(), () -> DiagnosticRenderer.renderAll(diags.all()));
    } else {
      assertEquals(expected, codes, () -> DiagnosticRenderer.renderAll(diags.all()));
    }
  }
}
