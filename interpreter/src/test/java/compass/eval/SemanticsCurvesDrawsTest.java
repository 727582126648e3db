package compass.eval;

import static compass.eval.SemanticsSupport.*;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked examples of SEMANTICS.md sections 6 (payout curves) and 10 (draws). */
class SemanticsCurvesDrawsTest {
  @TempDir Path dir;

  // ---- SEMANTICS 6 ------------------------------------------------------------------------

  /**
   * Points (0%, 0%), (50%, 25%), (100%, 100%), (150%, 200%); TI 10,000 per quarter; quota 100,000
   * per quarter.
   */
  private static String curvePlan(String extrapolate) {
    return standard(
        "ti = 10_000 USD per quarter\n"
            + "factor = curve on attainment"
            + extrapolate
            + ":\n"
            + "  0% -> 0%\n"
            + "  50% -> 25%\n"
            + "  100% -> 100%\n"
            + "  150% -> 200%\n"
            + "\n"
            + "component \"Target incentive\":\n"
            + "  pay ti * factor\n");
  }

  @Test
  @DisplayName(
      "SEMANTICS 6: attainment 120% lies 40% of the way from 100% to 150%: curve 140%, TI 10,000 per quarter: payout 14,000.00")
  void curveOnTargetIncentive() {
    Evaluation ev = run(dir, curvePlan(""), ONE_AE, deals(won("A", "120000", "2027-02-10")));
    money("14000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("14000.00", lineTotal(ev, "ann", "2027-Q1", "Target incentive"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 6 (derived): at a point the curve takes its value: 50% -> 25% of 10,000 = 2,500.00; between 0% and 50%, 30% -> 15% = 1,500.00")
  void curveAtAndBetweenLowerPoints() {
    Evaluation ev =
        run(
            dir,
            curvePlan(""),
            ONE_AE,
            deals(won("A", "50000", "2027-02-10"), won("B", "30000", "2027-05-10")));
    money("2500.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("1500.00", payout(ev, "ann", "2027-Q2"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 6: flat beyond the last point: attainment 200% pays the last point's 200% = 20,000.00")
  void flatBeyondTheLastPoint() {
    Evaluation ev = run(dir, curvePlan(""), ONE_AE, deals(won("A", "200000", "2027-02-10")));
    money("20000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 6: `extrapolate` continues the last segment: attainment 200% -> 200% + 50/50 x 100% = 300%: 30,000.00")
  void extrapolateBeyondTheLastPoint() {
    Evaluation ev =
        run(dir, curvePlan(" extrapolate"), ONE_AE, deals(won("A", "200000", "2027-02-10")));
    money("30000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 6 (derived): at 120% the extrapolating curve is the same piecewise-linear 140%: 14,000.00")
  void extrapolateInsideThePointsIsUnchanged() {
    Evaluation ev =
        run(dir, curvePlan(" extrapolate"), ONE_AE, deals(won("A", "120000", "2027-02-10")));
    money("14000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  // ---- SEMANTICS 10 -----------------------------------------------------------------------

  /**
   * Monthly plan; "Commission" earns each deal's amount exactly, so earnings are the deal amounts.
   */
  private static String drawPlan(String draw) {
    return header("USD", "monthly", "2027-01-01 to 2027-12-31")
        + draw
        + "\n\n"
        + "component \"Commission\":\n"
        + "  pay amount per deal\n";
  }

  private static final String JAN_FEB_MAR =
      deals(
          won("J", "2000", "2027-01-20"),
          won("F", "6000", "2027-02-20"),
          won("M", "10000", "2027-03-20"));

  @Test
  @DisplayName(
      "SEMANTICS 10: recoverable draw 5,000 monthly: Jan earned 2,000 -> pay 5,000, B 3,000; Feb 6,000 -> pay 3,000, B 0; Mar 10,000 -> pay 10,000")
  void recoverableDraw() {
    Evaluation ev = run(dir, drawPlan("draw 5_000 per month recoverable"), ONE_AE, JAN_FEB_MAR);
    money("2000.00", row(ev, "ann", "2027-01").earned(), "Jan earned\n" + dump(ev));
    money("5000.00", payout(ev, "ann", "2027-01"), dump(ev));
    money("3000.00", row(ev, "ann", "2027-01").drawBalance(), "Jan B\n" + dump(ev));
    money("3000.00", payout(ev, "ann", "2027-02"), dump(ev));
    money("0.00", row(ev, "ann", "2027-02").drawBalance(), "Feb B\n" + dump(ev));
    money("10000.00", payout(ev, "ann", "2027-03"), dump(ev));
    money("0.00", row(ev, "ann", "2027-03").drawBalance(), "Mar B\n" + dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 10: recovery cap 50%, Jan 2,000 -> pay 5,000, B 3,000; Feb earned 5,000: r = 2,500, pay 2,500, B 500; Mar 10,000: r = 500, pay 9,500, B 0")
  void recoverableDrawWithRecoveryCap() {
    Evaluation ev =
        run(
            dir,
            drawPlan("draw 5_000 per month recoverable recovery cap 50%"),
            ONE_AE,
            deals(
                won("J", "2000", "2027-01-20"),
                won("F", "5000", "2027-02-20"),
                won("M", "10000", "2027-03-20")));
    money("5000.00", payout(ev, "ann", "2027-01"), dump(ev));
    money("3000.00", row(ev, "ann", "2027-01").drawBalance(), "Jan B\n" + dump(ev));
    money("2500.00", payout(ev, "ann", "2027-02"), dump(ev));
    money("500.00", row(ev, "ann", "2027-02").drawBalance(), "Feb B\n" + dump(ev));
    money("9500.00", payout(ev, "ann", "2027-03"), dump(ev));
    money("0.00", row(ev, "ann", "2027-03").drawBalance(), "Mar B\n" + dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 10: non-recoverable draw 5,000: payout = max(earned, D): Jan 2,000 -> 5,000 (shortfall forgiven), Feb 6,000 -> 6,000, Mar 10,000 -> 10,000")
  void nonRecoverableDraw() {
    Evaluation ev = run(dir, drawPlan("draw 5_000 per month non-recoverable"), ONE_AE, JAN_FEB_MAR);
    money("5000.00", payout(ev, "ann", "2027-01"), dump(ev));
    money("0.00", row(ev, "ann", "2027-01").drawBalance(), "nothing to recover\n" + dump(ev));
    money("6000.00", payout(ev, "ann", "2027-02"), dump(ev));
    money("10000.00", payout(ev, "ann", "2027-03"), dump(ev));
    money(
        "5000.00",
        payout(ev, "ann", "2027-04"),
        "a month with no earnings gets the draw\n" + dump(ev));
  }

  /** Earned 5,000 each month January to November, then 2,000 in December: B = 3,000 at year end. */
  private static final String DECEMBER_SHORT =
      deals(
          java.util.stream.IntStream.rangeClosed(1, 12)
              .mapToObj(m -> won("M" + m, m == 12 ? "2000" : "5000", "2027-%02d-10".formatted(m)))
              .toArray(String[]::new));

  @Test
  @DisplayName(
      "SEMANTICS 10: year end `forgiven`: Dec earned 2,000 -> pay 5,000; the balance of 3,000 is forgiven, B 0 after year end")
  void balanceForgivenAtYearEnd() {
    Evaluation ev =
        run(
            dir,
            drawPlan("draw 5_000 per month recoverable forgiven at year end"),
            ONE_AE,
            DECEMBER_SHORT);
    money("0.00", row(ev, "ann", "2027-11").drawBalance(), "Nov B\n" + dump(ev));
    money("5000.00", payout(ev, "ann", "2027-12"), dump(ev));
    money("0.00", row(ev, "ann", "2027-12").drawBalance(), "forgiven\n" + dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 10: year end `carried`: Dec earned 2,000 -> pay 5,000; the balance of 3,000 is carried into next year and shown as owed")
  void balanceCarriedAtYearEnd() {
    Evaluation ev =
        run(
            dir,
            drawPlan("draw 5_000 per month recoverable carried at year end"),
            ONE_AE,
            DECEMBER_SHORT);
    money("5000.00", payout(ev, "ann", "2027-12"), dump(ev));
    money("3000.00", row(ev, "ann", "2027-12").owed(), "carried, shown as owed\n" + dump(ev));
    money(
        "0.00",
        row(ev, "ann", "2027-12").drawBalance(),
        "moved from the draw balance to owed\n" + dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 10 (derived): a draw `for role sdr` does not apply to an ae: Jan earned 2,000 pays 2,000")
  void drawForRole() {
    Evaluation ev =
        run(dir, drawPlan("draw 5_000 per month recoverable for role sdr"), ONE_AE, JAN_FEB_MAR);
    money("2000.00", payout(ev, "ann", "2027-01"), dump(ev));
    money("0.00", row(ev, "ann", "2027-01").drawBalance(), dump(ev));
  }
}
