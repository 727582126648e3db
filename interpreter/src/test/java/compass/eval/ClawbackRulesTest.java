package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.result.LineItem;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clawbacks by rate, by a schedule of months served and by the participant leaving (issue 15, point
 * 4), and the one rule that combines them with proration and holdbacks: the participant keeps the
 * served share; what is still held is cancelled first; only what was paid beyond the kept share is
 * clawed back. Every plan pays 10% of one deal D of 12,000 to ann: a commission of 1,200.00,
 * monthly, in 2027.
 */
class ClawbackRulesTest {
  @TempDir Path dir;

  private static final String INPUTS =
      """
      input people from "people.csv":
        id: text
        role: text
        end_date: date optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date
        term_months: integer
        cancel_date: date optional
        status: text

      credit deals where stage is closed_won to owner on close_date

      """;

  private static final String HOLDBACK_90 =
      "pay out 70% on close_date, 30% on close_date + 90 days";
  private static final String HOLDBACK_365 =
      "pay out 70% on close_date, 30% on close_date + 365 days";

  private Evaluation go(String rule, String payout, String deal, String endDate) {
    String plan =
        bare("USD", "monthly", "2027-01-01 to 2027-12-31")
            + INPUTS
            + rule.replace(" ;; ", "\n")
            + "\n\ncomponent \"Commission\":\n  pay amount * 10% per deal\n"
            + (payout.isEmpty() ? "" : "  " + payout + "\n");
    return runFiles(
        dir,
        plan,
        "people.csv",
        "id,role,end_date\nann,ae," + endDate + "\n",
        "deals.csv",
        "id,owner,amount,stage,close_date,term_months,cancel_date,status\n"
            + "D,ann,12000,closed_won,"
            + deal
            + "\n");
  }

  private static List<LineItem> dealLines(Evaluation ev, String period) {
    return ev.lines().stream()
        .filter(l -> l.period().equals(period) && l.deal().equals("D"))
        .toList();
  }

  private static BigDecimal sum(List<LineItem> lines) {
    return lines.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Each row: the clawback rule (` ;; ` between lines), the payout step (empty: paid at once), the
   * deal's close date, term, cancel date and status, ann's end date, the period of the reversal,
   * the deal's lines in that period (the reversal, and a held part released there), the deal's
   * lines over the year (what ann keeps), and a part of the reversal's note.
   */
  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # SEMANTICS 11: cancelled 2027-03-10, 49 days after 2027-01-20: reversed whole in March
      clawback cancelled deals within 90 days on cancel_date | | 2027-01-20,12,2027-03-10,open | | 2027-03 | -1200.00 | 0.00 | within the window; commission 1,200.00
      # SEMANTICS 11a: 840 paid in January; the held 360 is cancelled, the clawback is -840
      clawback cancelled deals within 90 days on cancel_date | HOLDBACK_90 | 2027-01-20,12,2027-03-10,open | | 2027-03 | -840.00 | 0.00 | paid 840.00 of 1,200.00; held 360.00 cancelled
      # the combined rule: 12 months, cancelled after 6 (2027-01-20 to 2027-07-20): keep 600;
      # held 360 cancelled (due 2028-01-20, after the year); clawback 600 - 360 = -240
      clawback cancelled deals within 365 days on cancel_date prorated by term_months | HOLDBACK_365 | 2027-01-20,12,2027-07-20,open | | 2027-07 | -240.00 | 600.00 | kept 600.00, reversed 600.00 = held 360.00 cancelled + 240.00 clawed back
      # without a holdback the same proration reverses 50% of 1,200
      clawback cancelled deals within 365 days on cancel_date prorated by term_months | | 2027-01-20,12,2027-07-20,open | | 2027-07 | -600.00 | 600.00 | unserved share 50%
      # by rate: 50% of 1,200
      clawback 50% of cancelled deals within 90 days on cancel_date | | 2027-01-20,12,2027-03-10,open | | 2027-03 | -600.00 | 600.00 | cancelled after 1 month: 50% reversed (clawback 50%)
      # by rate under a holdback: reverse 600 = the held 360 + 240 of the 840 paid
      clawback 50% of cancelled deals within 90 days on cancel_date | HOLDBACK_90 | 2027-01-20,12,2027-03-10,open | | 2027-03 | -240.00 | 600.00 | held 360.00 cancelled
      # 20% is 240, less than the 360 held: 240 of it cancelled, nothing clawed back, and the
      # other 120 is paid at its date (2027-04-20): ann keeps 840 + 120 = 960 = 80%
      clawback 20% of cancelled deals within 90 days on cancel_date | HOLDBACK_90 | 2027-01-20,12,2027-03-10,open | | 2027-03 | 0.00 | 960.00 | held 240.00 of 360.00 cancelled, 120.00 stays payable
      # rate and proration multiply: 50% x the unserved 50% = 25% of 1,200 = 300
      clawback 50% of cancelled deals within 365 days on cancel_date prorated by term_months | | 2027-01-20,12,2027-07-20,open | | 2027-07 | -300.00 | 900.00 | 25% reversed (clawback 50% x unserved 50% of the contract)
      # a schedule by months served: 2 months 30 days served are 2 whole months: 100%
      SCHEDULE | | 2027-01-20,12,2027-04-19,open | | 2027-04 | -1200.00 | 0.00 | cancelled after 2 months: 100% reversed (schedule from 0 to 3 months reverse 100%)
      # 3 whole months (2027-01-20 to 2027-04-20): the band from 3 to 6: 50%
      SCHEDULE | | 2027-01-20,12,2027-04-20,open | | 2027-04 | -600.00 | 600.00 | cancelled after 3 months: 50% reversed (schedule from 3 to 6 months reverse 50%)
      SCHEDULE | | 2027-01-20,12,2027-07-19,open | | 2027-07 | -600.00 | 600.00 | cancelled after 5 months: 50% reversed
      # 6 months served: the band from 6 reverses 0%: nothing is taken back, no line
      SCHEDULE | | 2027-01-20,12,2027-07-20,open | | 2027-07 | 0.00 | 1200.00 |
      # 31 January to 28 February is not a whole month: 0 months served
      SCHEDULE | | 2027-01-31,12,2027-02-28,open | | 2027-02 | -1200.00 | 0.00 | cancelled after 0 months: 100% reversed
      # a schedule under a holdback: 1 month served, 100%: the held 360 cancelled, -840
      SCHEDULE | HOLDBACK_90 | 2027-01-20,12,2027-02-25,open | | 2027-02 | -840.00 | 0.00 | paid 840.00 of 1,200.00; held 360.00 cancelled
      # leaving: credited 2027-03-15, 77 days before ann leaves on 2027-05-31 (16 + 30 + 31)
      clawback deals within 90 days before leaving on end_date | | 2027-03-15,12,,open | 2027-05-31 | 2027-05 | -1200.00 | 0.00 | clawback: ann left in 2027-05; ann left on 2027-05-31, 2 months after the deal was credited: 100% reversed
      # credited 2027-02-20, 100 days before (8 + 31 + 30 + 31): outside the window
      clawback deals within 90 days before leaving on end_date | | 2027-02-20,12,,open | 2027-05-31 | 2027-05 | 0.00 | 1200.00 |
      # credited after leaving: not a deal ann is paid back for
      clawback deals within 90 days before leaving on end_date | | 2027-06-10,12,,open | 2027-05-31 | 2027-06 | 1200.00 | 1200.00 |
      # leaving, by a condition: a contract not paid in full when ann leaves, at 50%
      clawback 50% of deals before leaving on end_date where status is not "paid" | | 2027-01-20,12,,open | 2027-09-30 | 2027-09 | -600.00 | 600.00 | 50% reversed (clawback 50%)
      clawback 50% of deals before leaving on end_date where status is not "paid" | | 2027-01-20,12,,paid | 2027-09-30 | 2027-09 | 0.00 | 1200.00 |
      # leaving under a holdback: 840 paid in April, the 360 due 2027-07-09 cancelled in May
      clawback deals within 90 days before leaving on end_date | HOLDBACK_90 | 2027-04-10,12,,open | 2027-05-31 | 2027-05 | -840.00 | 0.00 | held 360.00 cancelled
      # cancelled 2027-06-15 but ann left 2027-05-31 first: taken back once, when she left
      clawback cancelled deals within 90 days on cancel_date ;; clawback deals within 90 days before leaving on end_date | | 2027-04-10,12,2027-06-15,open | 2027-05-31 | 2027-05 | -1200.00 | 0.00 | ann left in 2027-05
      # cancelled 2027-05-15, before ann leaves on 2027-05-31: taken back by the cancellation
      clawback cancelled deals within 90 days on cancel_date ;; clawback deals within 90 days before leaving on end_date | | 2027-04-10,12,2027-05-15,open | 2027-05-31 | 2027-05 | -1200.00 | 0.00 | deal cancelled in 2027-05 within the window
      """)
  void reversals(
      String rule,
      String payout,
      String deal,
      String endDate,
      String period,
      String inPeriod,
      String overYear,
      String note) {
    String r =
        rule.equals("SCHEDULE")
            ? "clawback cancelled deals on cancel_date by months served: ;;   from 0 to 3 months"
                + " reverse 100% ;;   from 3 to 6 months reverse 50% ;;   from 6 months reverse 0%"
            : rule;
    String p =
        payout == null
            ? ""
            : payout.equals("HOLDBACK_90")
                ? HOLDBACK_90
                : payout.equals("HOLDBACK_365") ? HOLDBACK_365 : payout;
    Evaluation ev = go(r, p, deal, endDate == null ? "" : endDate);
    money(inPeriod, sum(dealLines(ev, period)), "the deal's lines in " + period + "\n" + dump(ev));
    money(overYear, sum(ev.lines().stream().filter(l -> l.deal().equals("D")).toList()), dump(ev));
    if (note != null) {
      assertTrue(
          dealLines(ev, period).stream().anyMatch(l -> l.note().contains(note)),
          () -> "no note with \"" + note + "\" in " + period + ":\n" + dump(ev));
    }
    money("0.00", row(ev, "ann", "2027-12").held(), "nothing held at year end\n" + dump(ev));
  }

  @Test
  void theWorkedExampleHoldsAndStatementAddsUp() {
    // commission 1,200, 70/30 holdback, 12-month contract cancelled after 6 months inside the
    // window: January pays 840 and holds 360; July: the held 360 is cancelled and -240 clawed
    // back; ann keeps 840 - 240 = 600 = the served 50%, nothing is held at year end
    Evaluation ev =
        go(
            "clawback cancelled deals within 365 days on cancel_date prorated by term_months",
            HOLDBACK_365,
            "2027-01-20,12,2027-07-20,open",
            "");
    money("1200.00", row(ev, "ann", "2027-01").earned(), dump(ev));
    money("840.00", payout(ev, "ann", "2027-01"), dump(ev));
    money("360.00", row(ev, "ann", "2027-06").held(), dump(ev));
    money("-600.00", row(ev, "ann", "2027-07").earned(), "-360 held cancelled - 240\n" + dump(ev));
    money("0.00", row(ev, "ann", "2027-07").held(), dump(ev));
    money("0.00", row(ev, "ann", "2027-12").held(), dump(ev));
  }

  @Test
  void aCumulativeComponentRecomputesWithTheKeptShare() {
    // quarterly, cumulative marginal tiers 5% to 100,000 of quota, 10% above; A 120,000 closed
    // 2027-01-20, B 60,000 closed 2027-02-10; A cancelled 2027-05-05 after 3 whole months:
    // the schedule reverses 50%, so the year to date keeps 60,000 of A.
    // Q1: 180,000 vs quota 100,000: 100,000 x 5% + 80,000 x 10% = 13,000.
    // Q2: YTD 60,000 + 60,000 = 120,000 vs 200,000: x 5% = 6,000; 6,000 - 13,000 = -7,000 owed.
    String plan =
        bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
            + INPUTS
            + """
            clawback cancelled deals on cancel_date by months served:
              from 0 to 3 months reverse 100%
              from 3 months reverse 50%

            quota = 100_000 USD per quarter
            bookings = sum of amount

            component "Commission" cumulative over year:
              marginal tiers on bookings
                from 0% pay 5%
                from 100% pay 10%
            """;
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id,role,end_date\nann,ae,\n",
            "deals.csv",
            "id,owner,amount,stage,close_date,term_months,cancel_date,status\n"
                + "A,ann,120000,closed_won,2027-01-20,12,2027-05-05,open\n"
                + "B,ann,60000,closed_won,2027-02-10,12,,open\n");
    money("13000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("0.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    money("7000.00", row(ev, "ann", "2027-Q2").owed(), dump(ev));
  }
}
