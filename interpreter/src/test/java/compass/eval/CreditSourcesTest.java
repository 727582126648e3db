package compass.eval;

import static compass.eval.SemanticsSupport.lines;
import static compass.eval.SemanticsSupport.payout;
import static compass.eval.SemanticsSupport.runFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.result.LineItem;
import compass.result.Reconciliation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several credit sources evaluated (issue 14, part 2): deals to the owner and, as `sourced`, to the
 * SDR who sourced them; held meetings to whoever booked them, rolled up one level; leads to the
 * marketer. Every number below is computed by hand in its comment.
 */
class CreditSourcesTest {
  static final String PLAN =
      """
      plan "Sources" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won, closed_lost

      input people from "people.csv":
        id: text
        role: text
        manager: person optional

      input deals from "deals.csv":
        id: text
        owner: person
        sourced_by: person optional
        amount: money
        stage: stage
        close_date: date

      input meetings from "meetings.csv":
        id: text
        booked_by: person
        status: text
        meeting_date: date

      input leads from "leads.csv":
        lead: text
        marketer: person
        score: number
        created_on: date

      credit deals where stage is closed_won to owner on close_date
      credit deals where stage is closed_won to sourced_by on close_date as sourced
      credit meetings where status is held to booked_by on meeting_date roll up one level
      credit leads to marketer on created_on

      bookings = sum of amount of deals
      sourced_won = sum of amount of sourced
      meetings_held = count of meetings
      lead_score = average of score of leads
      won_deals = count of deals

      component "AE commission" for role ae:
        pay 10% of bookings

      component "Meetings" for role sdr, manager:
        pay 40 per meeting

      component "Sourced" for role sdr:
        pay 2% of sourced_won

      component "Leads" for role marketer:
        pay 5 per lead where score >= 3

      component "Lead quality" for role marketer:
        pay 100 if lead_score >= 3

      component "Meeting kicker" for role sdr:
        pay 5 per meeting
        gate sourced_won >= 100_000

      component "Held bonus" for role sdr:
        pay 1 if meetings_held >= 2 and won_deals >= 1
      """;

  static final String PEOPLE =
      "id,role,manager\nann,ae,lea\nsam,sdr,lea\nlea,manager,\nmo,marketer,\n";

  static final String DEALS =
      """
      id,owner,sourced_by,amount,stage,close_date
      D1,ann,sam,100000,closed_won,2027-02-10
      D2,ann,sam,50000,open,2027-02-11
      D3,ann,sam,20000,closed_won,2027-05-01
      D4,ann,,30000,closed_won,2027-03-01
      """;

  static final String MEETINGS =
      """
      id,booked_by,status,meeting_date
      M1,sam,held,2027-01-05
      M2,sam,held,2027-01-06
      M3,sam,no_show,2027-01-07
      M4,sam,held,2027-04-02
      M5,sam,held,2028-01-03
      """;

  static final String LEADS =
      """
      lead,marketer,score,created_on
      L1,mo,4,2027-01-10
      L2,mo,2,2027-01-20
      L3,mo,5,2027-02-01
      """;

  @TempDir static Path dir;
  static Evaluation ev;

  @BeforeAll
  static void run() {
    ev =
        runFiles(
            dir,
            PLAN,
            "people.csv",
            PEOPLE,
            "deals.csv",
            DEALS,
            "meetings.csv",
            MEETINGS,
            "leads.csv",
            LEADS);
  }

  static Stream<Arguments> payouts() {
    return Stream.of(
        // 10% of D1 100,000 + D4 30,000 (the owner's credit; D2 is open)
        Arguments.of("ann", "2027-Q1", "13000.00"),
        // 10% of D3 20,000
        Arguments.of("ann", "2027-Q2", "2000.00"),
        // 40 x 2 held meetings (M1, M2; M3 was a no-show) + 2% of D1 100,000 sourced + the
        // kicker 5 x 2 meetings (sourced_won 100,000 passes the gate); no held bonus: won_deals
        // counts the deals credited to sam as owner, none
        Arguments.of("sam", "2027-Q1", "2090.00"),
        // 40 x M4 + 2% of D3 20,000; the kicker's gate fails (sourced_won 20,000)
        Arguments.of("sam", "2027-Q2", "440.00"),
        // M5 is dated 2028: outside the plan
        Arguments.of("sam", "2027-Q3", "0.00"),
        // lea manages sam: the meetings roll up one level (40 x 2), not the deals
        Arguments.of("lea", "2027-Q1", "80.00"),
        Arguments.of("lea", "2027-Q2", "40.00"),
        // 5 x 2 leads of score >= 3 (L1, L3) + 100 for an average score (4 + 2 + 5) / 3 = 3.67
        Arguments.of("mo", "2027-Q1", "110.00"),
        // no lead: the average of nothing is 0, below 3
        Arguments.of("mo", "2027-Q2", "0.00"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("payouts")
  void paysEachSource(String person, String period, String expected) {
    assertEquals(new BigDecimal(expected), payout(ev, person, period));
  }

  @Test
  void oneLinePerRowOfTheSourceNamedByItsIdOrFirstTextField() {
    // meetings have an `id`; leads do not, so a lead's line carries its first text field
    assertEquals("M1 40.00, M2 40.00", ids(lines(ev, "sam", "2027-Q1", "Meetings")));
    assertEquals("L1 5.00, L3 5.00", ids(lines(ev, "mo", "2027-Q1", "Leads")));
  }

  @Test
  void reconcilesEachSourceOnItsOwn() {
    Reconciliation r = ev.reconciliation();
    // deals: D1, D3, D4 credited to their owner; D2 is open
    // sourced: D1, D3 credited to sam; D2 open, D4 has no sourced_by
    // meetings: M1, M2, M4 held in 2027; M3 a no-show, M5 in 2028
    // leads: all three, no condition
    assertEquals(
        "deals deals 4 = 3 + 1 [fails `stage is closed_won` 1]\n"
            + "sourced deals 4 = 2 + 2 [fails `stage is closed_won` 1, no sourced_by 1]\n"
            + "meetings meetings 5 = 3 + 2 [fails `status is held` 1, meeting_date outside the"
            + " plan's periods 1]\n"
            + "leads leads 3 = 3 + 0 []",
        r.all().stream()
            .map(
                x ->
                    x.source().name()
                        + " "
                        + x.source().table()
                        + " "
                        + x.read()
                        + " = "
                        + x.credited()
                        + " + "
                        + x.excludedCount()
                        + " "
                        + x.excluded().stream()
                            .map(e -> e.reason() + " " + e.count())
                            .collect(Collectors.joining(", ", "[", "]")))
            .collect(Collectors.joining("\n")));
    for (Reconciliation x : r.all())
      assertEquals(x.read(), x.credited() + x.excludedCount() + x.rejected(), x.toString());
  }

  private static String ids(java.util.List<LineItem> lines) {
    return lines.stream().map(l -> l.deal() + " " + l.amount()).collect(Collectors.joining(", "));
  }
}
