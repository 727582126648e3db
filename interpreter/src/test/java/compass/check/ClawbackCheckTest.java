package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clawbacks by rate, schedule or leaving (issue 15, point 4) as the checker sees them: each row is
 * the clawback rule at line 26 (` ;; ` separates lines; a schedule's bands are indented two spaces,
 * so on ` from 0 to 3 months reverse 100%` the lower bound is column 8, the upper column 13 and the
 * share column 30) and the diagnostics it gets, exactly; an empty cell: none.
 */
class ClawbackCheckTest {
  private static final String BASE =
      """
      plan "Clawbacks" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31
      stages open, closed_won

      input people from "people.csv":
        id: text
        end_date: date optional
        left_on: text optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date
        cancel_date: date optional
        term_months: integer
        status: text

      credit deals where stage is closed_won to owner on close_date
      component "Commission":
        pay amount * 10% per deal

      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # what is right gets nothing
      clawback cancelled deals within 90 days on cancel_date                                         |
      clawback cancelled deals within 90 days on cancel_date prorated by term_months                 |
      clawback 50% of cancelled deals within 90 days on cancel_date                                  |
      clawback 100% of cancelled deals within 3 months on cancel_date where status is "new"          |
      clawback cancelled deals on cancel_date by months served: ;;   from 0 to 3 months reverse 100% ;;   from 3 to 6 months reverse 50% ;;   from 6 months reverse 0% |
      clawback cancelled deals on cancel_date by months served: ;;   from 0 reverse 100% ;;   from 3 to 1 year reverse 50% |
      clawback deals within 90 days before leaving on end_date                                       |
      clawback 50% of deals before leaving on end_date where status is not "paid"                    |
      clawback cancelled deals within 90 days on cancel_date ;; clawback deals within 90 days before leaving on end_date |
      # E0445: bounds are whole months served
      clawback cancelled deals on cancel_date by months served: ;;   from 0 to 90 days reverse 100% ;;   from 90 days reverse 50% | 27:13 E0445 a schedule's bound is a whole number of months served, but this is `90 days` (hint: write e.g. `from 3 to 6 months` (months served are whole months)) ;; 28:8 E0445 a schedule's bound is a whole number of months served, but this is `90 days` (hint: write e.g. `from 3 to 6 months` (months served are whole months))
      clawback cancelled deals on cancel_date by months served: ;;   from 0 to 1.5 months reverse 100% | 27:13 E0445 a schedule's bound is a whole number of months served, but this is `1.5 months` (hint: write e.g. `from 3 to 6 months` (months served are whole months))
      # E0446: a share above 0% up to 100%
      clawback 150% of cancelled deals within 90 days on cancel_date                                 | 26:10 E0446 a clawback reverses a share above 0% and up to 100% of the commission (hint: write e.g. `clawback 50% of cancelled deals ...`)
      clawback 0% of cancelled deals within 90 days on cancel_date                                   | 26:10 E0446 a clawback reverses a share above 0% and up to 100% of the commission (hint: write e.g. `clawback 50% of cancelled deals ...`)
      clawback cancelled deals on cancel_date by months served: ;;   from 0 reverse 100 | 27:18 E0446 a band reverses a percent of the commission, from 0% to 100% (hint: write e.g. `reverse 50%`)
      clawback cancelled deals on cancel_date by months served: ;;   from 0 reverse 120% | 27:18 E0446 a band reverses a percent of the commission, from 0% to 100% (hint: write e.g. `reverse 50%`)
      # E0447: the schedule says the share
      clawback 50% of cancelled deals on cancel_date by months served: ;;   from 0 reverse 100% | 26:10 E0447 a schedule by months served already says how much is reversed (hint: drop `50% of`, or put the share in the schedule's bands)
      clawback cancelled deals on cancel_date prorated by term_months by months served: ;;   from 0 reverse 100% | 26:53 E0447 a schedule by months served already says how much is reversed (hint: drop `prorated by term_months`, or put the share in the schedule's bands)
      # E0448: which deals
      clawback cancelled deals on cancel_date                                                        | 26:29 E0448 a clawback of cancelled deals needs a window or a schedule by months served (hint: write e.g. `clawback cancelled deals within 90 days on cancel_date`)
      clawback deals before leaving on end_date                                                      | 26:34 E0448 a clawback on leaving needs a window or a condition, else it takes back every deal (hint: write e.g. `clawback deals within 90 days before leaving on end_date`, or add `where ...`)
      # bands like tier bands: order, gaps, overlaps
      clawback cancelled deals on cancel_date by months served: ;;   from 3 to 6 months reverse 50% ;;   from 0 to 3 months reverse 100% | 27:8 E0402 gap before the first band: months served from 0 to 3 are in no band (hint: start the schedule `from 0`) ;; 28:8 E0401 schedule bands are out of order: 0 comes after 3 (hint: list bands from the fewest months served to the most)
      clawback cancelled deals on cancel_date by months served: ;;   from 0 to 2 months reverse 100% ;;   from 3 months reverse 50% | 27:13 E0402 gap between bands: months served from 2 months to 3 months are in no band (hint: end this band where the next one starts (`to 3 months`))
      clawback cancelled deals on cancel_date by months served: ;;   from 0 to 4 months reverse 100% ;;   from 3 months reverse 50% | 27:13 E0403 bands overlap: this band runs to 4 months but the next starts at 3 months (hint: end this band where the next one starts (`to 3 months`))
      clawback cancelled deals on cancel_date by months served: ;;   from 0 reverse 100% ;;   from 0 reverse 50% | 28:8 E0403 two bands start at 0
      clawback cancelled deals on cancel_date by months served: ;;   from 0 to 0 months reverse 100% | 27:13 E0401 this band ends at or before where it starts
      # the dates: a date field of the deals, of the people
      clawback cancelled deals within 90 days on cancelled_on                                        | 26:44 E0302 `deals` needs a field `cancelled_on: date`
      clawback deals within 90 days before leaving on left_on                                        | 26:49 E0202 `people.left_on` must be date, but it is declared as text
      clawback deals within 90 days before leaving on end_date where amount                          | 26:64 E0204 this condition is money (an amount), not a yes/no value (hint: compare it with something, e.g. `attainment >= 50%`)
      # the window is a whole duration
      clawback cancelled deals within 90.5 days on cancel_date                                       | 26:33 E0202 the clawback window is a whole number of days, months or years (at most 36,500) (hint: write e.g. `within 90 days`)
      clawback cancelled deals within 90 on cancel_date                                              | 26:33 E0202 the clawback window is a duration (hint: write e.g. `within 90 days`)
      # E0406: one of each
      clawback cancelled deals within 90 days on cancel_date ;; clawback 50% of cancelled deals within 30 days on cancel_date | 27:1 E0406 this rule is given twice (hint: keep one)
      """)
  void eachRuleGetsItsDiagnostics(String rule, String expected) {
    String plan = BASE + rule.strip().replace(" ;; ", "\n") + "\n";
    assertEquals(expected == null ? "" : expected, check(plan), rule);
  }

  @Test
  void leavingNeedsAPeopleFile() {
    // participants found in the data have no leaving date: line 15, `end_date` at column 49
    String plan =
        """
        plan "Clawbacks" version 1
          currency USD
          pays quarterly
          effective 2027-01-01 to 2027-12-31
        stages open, closed_won
        input deals from "deals.csv":
          id: text
          owner: person
          amount: money
          stage: stage
          close_date: date
        credit deals where stage is closed_won to owner on close_date
        component "Commission":
          pay amount * 10% per deal
        clawback deals within 90 days before leaving on end_date
        """;
    assertEquals(
        "15:49 E0449 a clawback on leaving reads the leaving date from the people file, but this"
            + " plan has none (hint: declare `input people from \"people.csv\":` with `end_date:"
            + " date optional`)",
        check(plan));
  }

  static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("clawback.comp", plan, diags);
    return diags.all().stream()
        .filter(d -> !d.code().id().startsWith("W")) // unread columns: beside the point
        .map(DiagnosticSummary::of)
        .collect(Collectors.joining(" ;; "));
  }
}
