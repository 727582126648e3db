package compass.eval;

import static compass.eval.SemanticsSupport.lines;
import static compass.eval.SemanticsSupport.payout;
import static compass.eval.SemanticsSupport.runFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Shares and tiers on a credit source other than the deals (issue 14, part 2): meetings shared
 * 60/40 between the SDR who booked them and the host; tiers on the deals an SDR sourced, per
 * sourced deal and on the period's running total. Numbers worked by hand in the comments.
 */
class CreditSourcesSharesTest {
  static final String PLAN =
      """
      plan "Shares" version 1
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
        sourced_by: person
        amount: money
        stage: stage
        close_date: date

      input meetings from "meetings.csv":
        id: text
        booked_by: person
        host: person
        value: money
        meeting_date: date

      credit deals where stage is closed_won to owner on close_date
      credit deals where stage is closed_won to sourced_by on close_date as sourced
      credit meetings to booked_by share 60%, host share 40% on meeting_date

      sourced_won = sum of amount of sourced
      meeting_value = sum of value of meetings

      component "Meetings" for role sdr, host:
        pay value * 10% per meeting

      component "Sourced per deal" for role sdr:
        marginal tiers on sourced_won against 100_000 USD per sourced
          from 0% pay 1%
          from 50% pay 3%

      component "Sourced running" for role sdr:
        marginal tiers on sourced_won against 100_000 USD
          from 0% pay 1%
          from 50% pay 3%

      component "Meeting value" for role host:
        pay 1% of meeting_value
      """;

  static final String PEOPLE = "id,role\nann,ae\nsam,sdr\nhal,host\n";

  static final String DEALS =
      """
      id,owner,sourced_by,amount,stage,close_date
      D1,ann,sam,100000,closed_won,2027-02-10
      D2,ann,sam,20000,closed_won,2027-03-01
      D3,ann,sam,20000,closed_won,2027-05-01
      """;

  static final String MEETINGS =
      """
      id,booked_by,host,value,meeting_date
      M1,sam,hal,1000,2027-01-05
      M2,sam,hal,500,2027-02-06
      """;

  @TempDir static Path dir;
  static Evaluation ev;

  @BeforeAll
  static void run() {
    ev = runFiles(dir, PLAN, "people.csv", PEOPLE, "deals.csv", DEALS, "meetings.csv", MEETINGS);
  }

  static Stream<Arguments> amounts() {
    return Stream.of(
        // each meeting at sam's 60% share: 10% of 600 + 10% of 300
        Arguments.of("sam", "2027-Q1", "Meetings", "90.00"),
        // hal's 40%: 10% of 400 + 10% of 200
        Arguments.of("hal", "2027-Q1", "Meetings", "60.00"),
        // 1% of hal's share of the meetings' value, 400 + 200
        Arguments.of("hal", "2027-Q1", "Meeting value", "6.00"),
        // each sourced deal alone from the first band: D1 50,000 x 1% + 50,000 x 3% = 2,000;
        // D2 20,000 x 1% = 200
        Arguments.of("sam", "2027-Q1", "Sourced per deal", "2200.00"),
        // the quarter's running total 120,000: 50,000 x 1% + 70,000 x 3% = 2,600
        Arguments.of("sam", "2027-Q1", "Sourced running", "2600.00"),
        // Q2: D3 20,000 alone, 1%
        Arguments.of("sam", "2027-Q2", "Sourced running", "200.00"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("amounts")
  void paysOnTheSourcesRows(String person, String period, String component, String expected) {
    assertEquals(
        new BigDecimal(expected),
        lines(ev, person, period, component).stream()
            .map(l -> l.amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void tierLinesGoToEachSourcedDeal() {
    // SEMANTICS 5 per deal on the running total: D1 takes the tiers of 0 -> 100,000 (2,000),
    // D2 of 100,000 -> 120,000 (600)
    assertEquals(
        "D1 2000.00, D2 600.00",
        lines(ev, "sam", "2027-Q1", "Sourced running").stream()
            .filter(l -> !l.deal().isEmpty())
            .map(l -> l.deal() + " " + l.amount())
            .collect(Collectors.joining(", ")));
  }

  @Test
  void theOwnerIsPaidNothingHere() {
    assertEquals(new BigDecimal("0.00"), payout(ev, "ann", "2027-Q1"));
  }
}
