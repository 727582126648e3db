package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.result.LineItem;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples of SEMANTICS.md sections 11 (clawbacks), 11a (earned, payable, paid) and 12
 * (milestone payouts; the forecast is not covered here).
 */
class SemanticsClawbackScheduleTest {
  @TempDir Path dir;

  private static final String INPUTS =
      """
      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date
        term_months: integer
        cancel_date: date optional
        go_live_date: date optional

      credit deals where stage is closed_won to owner on close_date

      """;

  private static final String PEOPLE = "id,role\nann,ae\n";

  /**
   * One deals.csv row for ann: id, amount, close date, term, cancel date, go-live date ("" when
   * none).
   */
  private static String csv(
      String id, String amount, String close, int term, String cancel, String goLive) {
    return id
        + ",ann,"
        + amount
        + ",closed_won,"
        + close
        + ","
        + term
        + ","
        + cancel
        + ","
        + goLive
        + "\n";
  }

  private static String dealsCsv(String... rows) {
    return "id,owner,amount,stage,close_date,term_months,cancel_date,go_live_date\n"
        + String.join("", rows);
  }

  private static String plan(String pays, String rules, String rest) {
    return bare("USD", pays, "2027-01-01 to 2027-12-31") + INPUTS + rules + "\n" + rest;
  }

  private Evaluation go(String plan, String deals) {
    return runFiles(dir, plan, "people.csv", PEOPLE, "deals.csv", deals);
  }

  private static BigDecimal dealLine(Evaluation ev, String period, String deal) {
    return ev.lines().stream()
        .filter(
            l ->
                l.participant().equals("ann")
                    && l.period().equals(period)
                    && l.component().equals("Commission")
                    && l.deal().equals(deal))
        .map(LineItem::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // ---- SEMANTICS 11 -----------------------------------------------------------------------

  private static final String TIERS =
      """
      quota = 100_000 USD per quarter
      bookings = sum of amount

      component "Commission"%s:
        marginal tiers on bookings
          from 0%% pay 5%%
          from 50%% pay 8%%
          from 100%% pay 12%%
      """;

  /**
   * Q1: A 60,000 (Jan 10) -> 3,300, B 70,000 (Feb 3) -> 6,800; Q2: C 130,000 (May 20) -> 10,100.
   */
  private static String abc(String bCancel) {
    return dealsCsv(
        csv("A", "60000", "2027-01-10", 12, "", ""),
        csv("B", "70000", "2027-02-03", 12, bCancel, ""),
        csv("C", "130000", "2027-05-20", 12, "", ""));
  }

  @Test
  @DisplayName(
      "SEMANTICS 11: B (6,800 attributed) cancelled 71 days after crediting, inside a 90-day window: -6,800 line in Q2, the cancellation's period")
  void cancelledInsideTheWindow() {
    Evaluation ev =
        go(
            plan(
                "quarterly",
                "clawback cancelled deals within 90 days on cancel_date",
                TIERS.formatted("")),
            abc("2027-04-15"));
    money("10100.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("-6800.00", dealLine(ev, "2027-Q2", "B"), dump(ev));
    money("3300.00", payout(ev, "ann", "2027-Q2"), "10,100 - 6,800\n" + dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 11: B cancelled 96 days after crediting, outside the 90-day window: nothing is reversed")
  void cancelledOutsideTheWindow() {
    Evaluation ev =
        go(
            plan(
                "quarterly",
                "clawback cancelled deals within 90 days on cancel_date",
                TIERS.formatted("")),
            abc("2027-05-10"));
    money("10100.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("0.00", dealLine(ev, "2027-Q2", "B"), dump(ev));
    money("10100.00", payout(ev, "ann", "2027-Q2"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 11: prorated by the unserved part: a 12-month contract cancelled after 6 months reverses 50% (10,000 commission -> -5,000)")
  void proratedByTerm() {
    String p =
        plan(
            "quarterly",
            "clawback cancelled deals within 365 days on cancel_date prorated by term_months",
            """
        component "Commission":
          pay amount * 10% per deal
        """);
    Evaluation ev =
        go(
            p,
            dealsCsv(
                csv("A", "100000", "2027-01-15", 12, "2027-07-15", ""),
                csv("C", "100000", "2027-08-01", 12, "", "")));
    money("10000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("-5000.00", dealLine(ev, "2027-Q3", "A"), dump(ev));
    money("5000.00", payout(ev, "ann", "2027-Q3"), "10,000 for C - 5,000\n" + dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 11: with a cumulative component the reversal re-enters the true-up: without B, YTD 260,000 vs 200,000 earns 20,200; Q2 pays 20,200 - 10,100 = 10,100")
  void reversalReentersTheTrueUp() {
    String deals =
        dealsCsv(
            csv("A", "60000", "2027-01-10", 12, "", ""),
            csv("B", "70000", "2027-02-03", 12, "2027-04-15", ""),
            csv("C", "200000", "2027-05-20", 12, "", ""));
    Evaluation ev =
        go(
            plan(
                "quarterly",
                "clawback cancelled deals within 90 days on cancel_date",
                TIERS.formatted(" cumulative over year")),
            deals);
    money("10100.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("10100.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    money("20200.00", row(ev, "ann", "2027-Q2").ytd(), "5,000 + 8,000 + 60,000 x 12%\n" + dump(ev));
  }

  // ---- SEMANTICS 11a ----------------------------------------------------------------------

  private static final String HOLDBACK =
      """
      component "Commission":
        pay amount * 10% per deal
        pay out 70% on close_date, 30% on close_date + 90 days
      """;

  @Test
  @DisplayName(
      "SEMANTICS 11a (derived): commission 1,200 with a 70/30 holdback: 840 paid at close (Jan), 360 held, paid when the window ends (Apr)")
  void holdbackPaysInParts() {
    Evaluation ev =
        go(plan("monthly", "", HOLDBACK), dealsCsv(csv("A", "12000", "2027-01-20", 12, "", "")));
    money("1200.00", row(ev, "ann", "2027-01").earned(), dump(ev));
    money("840.00", payout(ev, "ann", "2027-01"), dump(ev));
    money("360.00", row(ev, "ann", "2027-01").held(), dump(ev));
    money("360.00", payout(ev, "ann", "2027-04"), "close_date + 90 days = 2027-04-20\n" + dump(ev));
    money("0.00", row(ev, "ann", "2027-04").held(), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 11a: commission 1,200, 70/30 holdback, cancelled inside the window in a later period: clawback -840, the held 360 never paid")
  void clawbackTakesBackOnlyWhatWasPaid() {
    Evaluation ev =
        go(
            plan("monthly", "clawback cancelled deals within 90 days on cancel_date", HOLDBACK),
            dealsCsv(csv("A", "12000", "2027-01-20", 12, "2027-03-10", "")));
    money("840.00", payout(ev, "ann", "2027-01"), dump(ev));
    money("-840.00", dealLine(ev, "2027-03", "A"), "the clawback\n" + dump(ev));
    money("0.00", dealLine(ev, "2027-04", "A"), "the held 360 is never paid\n" + dump(ev));
    money("0.00", payout(ev, "ann", "2027-04"), dump(ev));
    BigDecimal yearOnA =
        ev.lines().stream()
            .filter(l -> l.deal().equals("A"))
            .map(LineItem::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    money("0.00", yearOnA, "840 paid - 840 clawed back\n" + dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 11a: the held 360 is cancelled by the clawback: nothing is held from the cancellation's period on")
  void clawbackCancelsWhatIsHeld() {
    Evaluation ev =
        go(
            plan("monthly", "clawback cancelled deals within 90 days on cancel_date", HOLDBACK),
            dealsCsv(csv("A", "12000", "2027-01-20", 12, "2027-03-10", "")));
    money("360.00", row(ev, "ann", "2027-02").held(), dump(ev));
    money("0.00", row(ev, "ann", "2027-03").held(), "what was held is cancelled\n" + dump(ev));
    money("0.00", row(ev, "ann", "2027-12").held(), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 11 with 11a (the combined rule, README): 1,200 under a 70/30 holdback, 12-month contract cancelled after 6 months: keep 600, the held 360 cancelled, clawback -240")
  void proratedUnderAHoldback() {
    // SEMANTICS 11 and 11a do not say how proration and a holdback combine; the rule: the
    // participant keeps the served share (1,200 x 6/12 = 600); what is held (360, due
    // 2028-01-20, after the year) is cancelled first; only the rest of the 600 reversed is
    // clawed back from the 840 paid: 600 - 360 = 240. Before the fix: 840 x 50% + 360 = 780 (65%).
    String p =
        plan(
            "monthly",
            "clawback cancelled deals within 365 days on cancel_date prorated by term_months",
            """
        component "Commission":
          pay amount * 10% per deal
          pay out 70% on close_date, 30% on close_date + 365 days
        """);
    Evaluation ev = go(p, dealsCsv(csv("A", "12000", "2027-01-20", 12, "2027-07-20", "")));
    money("840.00", payout(ev, "ann", "2027-01"), dump(ev));
    money("-240.00", dealLine(ev, "2027-07", "A"), dump(ev));
    money(
        "-600.00",
        row(ev, "ann", "2027-07").earned(),
        "360 cancelled + 240 clawed back\n" + dump(ev));
    money("0.00", row(ev, "ann", "2027-12").held(), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 11a: paid as collected: invoice 5,000 paid of a 10,000 deal makes 50% of its 1,000 earnings payable (500.00)")
  void payableAsCollected() {
    String p =
        plan(
            "monthly",
            """
        input payments from "payments.csv":
          deal: text
          date: date
          amount: money
        """,
            """
        component "Commission":
          pay amount * 10% per deal
          pay out as collected by payments
        """);
    Evaluation ev =
        runFiles(
            dir,
            p,
            "people.csv",
            PEOPLE,
            "deals.csv",
            dealsCsv(csv("A", "10000", "2027-01-20", 12, "", "")),
            "payments.csv",
            "deal,date,amount\nA,2027-02-15,5000\n");
    money("1000.00", row(ev, "ann", "2027-01").earned(), dump(ev));
    money("0.00", payout(ev, "ann", "2027-01"), "nothing collected in January\n" + dump(ev));
    money("500.00", payout(ev, "ann", "2027-02"), dump(ev));
    money("500.00", row(ev, "ann", "2027-02").held(), "the rest waits for cash\n" + dump(ev));
  }

  // ---- SEMANTICS 12 -----------------------------------------------------------------------

  @Test
  @DisplayName(
      "SEMANTICS 12: milestones 50% when closed won, 50% at go-live, each part in the period of its date (1,000 -> Q1 500, Q2 500)")
  void milestones() {
    String p =
        plan(
            "quarterly",
            "",
            """
        component "Commission":
          pay amount * 10% per deal
          pay out 50% on close_date, 50% on go_live_date
        """);
    Evaluation ev = go(p, dealsCsv(csv("A", "10000", "2027-01-20", 12, "", "2027-04-05")));
    money("500.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("500.00", dealLine(ev, "2027-Q1", "A"), dump(ev));
    money("500.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    money("500.00", dealLine(ev, "2027-Q2", "A"), dump(ev));
    assertTrue(
        ev.lines().stream().noneMatch(l -> l.period().equals("2027-Q3") && l.deal().equals("A")),
        dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 12: a deal's stage decides whether it is credited: a closed_lost deal earns nothing")
  void stageDecidesCredit() {
    String p =
        plan(
            "quarterly",
            "",
            """
        component "Commission":
          pay amount * 10% per deal
        """);
    Evaluation ev =
        go(
            p,
            dealsCsv(
                csv("A", "10000", "2027-01-20", 12, "", ""),
                "L,ann,50000,closed_lost,2027-01-25,12,,\n"));
    money("1000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }
}
