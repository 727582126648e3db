package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.result.LineItem;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples of SEMANTICS.md sections 7 (cumulative plans and true-up) and 8 (caps,
 * floors, gates, multipliers), with the numbers exactly as written there.
 */
class SemanticsCumulativeModifiersTest {
  @TempDir Path dir;

  private static final String CUMULATIVE_MARGINAL =
      """
      component "Commission" cumulative over year:
        marginal tiers on bookings
          from 0% pay 5%
          from 50% pay 8%
          from 100% pay 12%
      """;

  private static BigDecimal yearTotal(Evaluation ev, String person) {
    return ev.rows().stream()
        .filter(r -> r.participant().equals(person))
        .map(r -> r.payout())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // ---- SEMANTICS 7 ------------------------------------------------------------------------

  @Test
  @DisplayName(
      "SEMANTICS 7: cumulative marginal, Q1 bookings 130,000 -> earned_ytd 10,100, pay 10,100; Q2 40,000 -> YTD 10,600, pay 500.00")
  void trueUp() {
    Evaluation ev =
        run(
            dir,
            standard(CUMULATIVE_MARGINAL),
            ONE_AE,
            deals(
                won("A", "60000", "2027-01-10"),
                won("B", "70000", "2027-02-03"),
                won("C", "40000", "2027-04-15")));
    money("10100.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("500.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    money("10600.00", row(ev, "ann", "2027-Q2").ytd(), "YTD after Q2\n" + dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 7: a negative true-up is carried as a balance owed, not paid as negative cash (derived: Q2 7,400 - 10,100 -> pay 0.00; Q3 19,500 - 10,100 = 9,400.00)")
  void negativeTrueUpIsNotPaid() {
    // Q1 130,000 -> 10,100. Q2 nothing: YTD 130,000 vs 200,000 -> 100,000 x 5% + 30,000 x 8% =
    // 7,400.
    // Q3 170,000: YTD 300,000 vs 300,000 -> 150,000 x 5% + 150,000 x 8% = 19,500; minus 10,100
    // paid.
    Evaluation ev =
        run(
            dir,
            standard(CUMULATIVE_MARGINAL),
            ONE_AE,
            deals(
                won("A", "60000", "2027-01-10"),
                won("B", "70000", "2027-02-03"),
                won("C", "170000", "2027-07-15")));
    money("10100.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("0.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    money("9400.00", payout(ev, "ann", "2027-Q3"), dump(ev));
    money("19500.00", row(ev, "ann", "2027-Q3").ytd(), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 7: cumulative against the annual quota when the plan says so (derived: `against 400_000 USD`, YTD 130,000 -> 6,500.00; YTD 250,000 -> 10,000 + 4,000 = 14,000, pay 7,500.00)")
  void cumulativeAgainstAnnualQuota() {
    String plan =
        standard(
            """
        component "Commission" cumulative over year:
          marginal tiers on bookings against 400_000 USD
            from 0% pay 5%
            from 50% pay 8%
            from 100% pay 12%
        """);
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(
                won("A", "60000", "2027-01-10"),
                won("B", "70000", "2027-02-03"),
                won("C", "120000", "2027-04-15")));
    money("6500.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("7500.00", payout(ev, "ann", "2027-Q2"), dump(ev));
  }

  // ---- SEMANTICS 8 ------------------------------------------------------------------------

  @Test
  @DisplayName(
      "SEMANTICS 8: cap 2 x target incentive per year, TI 20,000: year earnings stop at 40,000 (cumulative tiers)")
  void capPerYearCumulative() {
    String plan =
        standard(
            """
        component "Commission" cumulative over year:
          marginal tiers on bookings
            from 0% pay 10%
          cap 2 x target_incentive per year
        """);
    // 10% of 300,000 + 200,000 + 100,000 + 100,000 = 70,000 uncapped
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(
                won("A", "300000", "2027-01-10"),
                won("B", "200000", "2027-04-10"),
                won("C", "100000", "2027-07-10"),
                won("D", "100000", "2027-10-10")));
    money("30000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("10000.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    money("0.00", payout(ev, "ann", "2027-Q3"), dump(ev));
    money("0.00", payout(ev, "ann", "2027-Q4"), dump(ev));
    money("40000.00", yearTotal(ev, "ann"), dump(ev));
    List<LineItem> q2 = lines(ev, "ann", "2027-Q2", "Commission");
    assertTrue(
        q2.stream().anyMatch(l -> l.note() != null && l.note().toLowerCase().contains("cap")),
        () -> "the line items say what was cut:\n" + dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 8: cap 2 x target incentive per year, TI 20,000: year earnings stop at 40,000 (per-period component)")
  void capPerYearPerPeriod() {
    String plan =
        standard(
            """
        component "Commission":
          pay 10% of bookings
          cap 2 x target_incentive per year
        """);
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(
                won("A", "300000", "2027-01-10"),
                won("B", "200000", "2027-04-10"),
                won("C", "100000", "2027-07-10")));
    money("30000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("10000.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    money("0.00", payout(ev, "ann", "2027-Q3"), dump(ev));
    money("40000.00", yearTotal(ev, "ann"), dump(ev));
  }

  private static String bonus(String modifiers) {
    return standard(
        """
        payout_factor = curve on attainment:
          0% -> 0%
          100% -> 80%

        component "Bonus":
          pay target_incentive * payout_factor
        """
            + modifiers);
  }

  private static final String TI_10K = "id,role,target_incentive\nann,ae,10000\n";

  @Test
  @DisplayName(
      "SEMANTICS 8: curve result 80% of target, cap 80% then modifier 125%: 100% of target (10,000.00 of TI 10,000)")
  void capThenModifier() {
    Evaluation ev =
        run(
            dir,
            bonus("  cap 80% * target_incentive\n  multiply by 125%\n"),
            TI_10K,
            deals(won("A", "100000", "2027-01-10")));
    money("10000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 8: curve result 80% of target, modifier 125% then cap 80%: 80% of target (8,000.00 of TI 10,000)")
  void modifierThenCap() {
    Evaluation ev =
        run(
            dir,
            bonus("  multiply by 125%\n  cap 80% * target_incentive\n"),
            TI_10K,
            deals(won("A", "100000", "2027-01-10")));
    money("8000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 8: floor is a minimum for a component in a period (derived: 1% of 50,000 = 500 -> floor 1,000.00; 1% of 200,000 = 2,000.00)")
  void floor() {
    String plan =
        standard(
            """
        component "Commission":
          pay 1% of bookings
          floor 1_000
        """);
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(won("A", "50000", "2027-01-10"), won("B", "200000", "2027-04-10")));
    money("1000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("2000.00", payout(ev, "ann", "2027-Q2"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 8: gate attainment >= 50% on a cumulative component: withheld in Q1 (40%), released in Q2 via true-up (derived: 6,600.00)")
  void gateReleasedByTrueUp() {
    String plan =
        standard(
            """
        component "Commission" cumulative over year:
          marginal tiers on bookings
            from 0% pay 5%
            from 50% pay 8%
            from 100% pay 12%
          gate attainment >= 50%
        """);
    // Q1: 40,000 of 100,000 = 40% -> gate shut (2,000 withheld). Q2: YTD 120,000 of 200,000 = 60%:
    // 100,000 x 5% + 20,000 x 8% = 6,600, all paid in Q2.
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(won("A", "40000", "2027-01-10"), won("B", "80000", "2027-04-10")));
    money("0.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("6600.00", payout(ev, "ann", "2027-Q2"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 8: multiplier on a deal's commission under a condition: multi-year deals x 1.2 (derived: 6,000 + 5,000 = 11,000.00)")
  void multiplierOnMultiYearDeals() {
    String plan =
        standard(
            """
        component "Commission":
          marginal tiers on bookings
            from 0% pay 10%
          multiply by 120% where term_months >= 24
        """);
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(
                deal("A", "ann", "50000", "closed_won", "2027-01-10", 36),
                deal("B", "ann", "50000", "closed_won", "2027-02-10", 12)));
    money("11000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }
}
