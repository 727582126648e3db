package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.format.Formatter;
import compass.source.SourceFile;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16: the plan header's {@code adjustments} setting, when prior-period adjustments are paid.
 * Each row is the setting's line (empty: none), whether the plan holds adjustments to year end, and
 * the diagnostics the plan gets, exactly.
 */
class AdjustmentsSettingTest {
  private static final String PLAN =
      """
      plan "Quota" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31
      SETTING
      input people from "people.csv":
        id: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        close_date: date

      credit deals to owner on close_date

      component "C":
        pay 1% of sum of amount
      """;

  @ParameterizedTest(name = "{index}: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # the default: in the first open period
      ''                                      | false |
      '  adjustments paid next period'        | false |
      '  adjustments held to year end'        | true  |
      '  adjustments paid later'              | false | 5:15 E0218 unknown adjustments timing `paid later` (hint: write `adjustments paid next period` (the default: in the first open period) or `adjustments held to year end`)
      """)
  void eachSettingIsReadOrRefused(String setting, boolean held, String expected) {
    String text = PLAN.replace("SETTING", setting == null ? "" : setting);
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.checkText("quota.comp", text, diags);
    String got =
        diags.all().stream().map(DiagnosticSummary::of).collect(Collectors.joining(" ;; "));
    assertEquals(expected == null ? "" : expected, got, setting);
    if (plan != null) assertEquals(held, plan.heldAdjustments());
  }

  @org.junit.jupiter.api.Test
  void theSettingRoundTripsThroughFmt() {
    String text = PLAN.replace("SETTING", "  adjustments held to year end");
    Diagnostics diags = new Diagnostics();
    String once = Formatter.format(new SourceFile("a.comp", text), diags);
    assertEquals("[]", diags.all().toString());
    assertEquals(true, once.contains("\n  adjustments held to year end\n"), once);
    assertEquals(once, Formatter.format(new SourceFile("b.comp", once), new Diagnostics()));
  }

  @org.junit.jupiter.api.Test
  void adjustmentsIsStillAName() {
    String text =
        PLAN.replace("SETTING", "")
            .replace("component \"C\":", "adjustments = 1\ncomponent \"C\":");
    Diagnostics diags = new Diagnostics();
    Compass.checkText("quota.comp", text, diags);
    assertEquals(
        "",
        diags.all().stream()
            .filter(d -> !d.code().id().equals("W0101"))
            .map(DiagnosticSummary::of)
            .collect(Collectors.joining(" ;; ")));
  }
}
