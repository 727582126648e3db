package compass.eval;

import static compass.eval.SemanticsSupport.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A draw paid in advance (issue 15.5): the draw D is paid on the period's first day and netted
 * against the period's earnings E at its end. The statement shows the advance (+D), the netting
 * (-min(D, E)), and, when E > D, the recovery of the draw balance from the excess (SEMANTICS 10);
 * when E < D the shortfall D - E is owed (recoverable) or forgiven (non-recoverable).
 */
class DrawAdvanceTest {
  @TempDir Path dir;

  /** Monthly; "Commission" earns each deal's amount exactly, so earnings are the deal amounts. */
  private static String plan(String draw) {
    return header("USD", "monthly", "2027-01-01 to 2027-12-31")
        + draw
        + "\n\ncomponent \"Commission\":\n  pay amount per deal\n";
  }

  private static String advance(String period) {
    return "Draw advance, paid " + period + "-01";
  }

  @ParameterizedTest(name = "{0}, Feb earned {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # D = 5,000 recoverable; earned Jan 2,000, Feb 6,000, Mar 10,000.
      # Jan: advance 5,000 paid Jan 1; the advance paid all 2,000 earned; the shortfall 3,000 is
      # owed: B = 3,000; the month pays 5,000 (2,000 + 5,000 - 2,000)
      recoverable | 6000 | 2027-01 | 5000.00 | -2000.00 | 0.00     | 5000.00  | 3000.00
      # Feb: advance 5,000; 6,000 earned, 5,000 of it already paid; the 1,000 above the advance
      # recovers 1,000 of the 3,000: 6,000 - 5,000 advance - 3,000 owed = -2,000, so nothing more
      # is paid and B = 2,000; the month pays the advance, 5,000
      recoverable | 6000 | 2027-02 | 5000.00 | -5000.00 | -1000.00 | 5000.00  | 2000.00
      # Mar: 10,000 earned, 5,000 above the advance: recovers the 2,000 left, pays 3,000 more:
      # 8,000 in all, B = 0
      recoverable | 6000 | 2027-03 | 5000.00 | -5000.00 | -2000.00 | 8000.00  | 0.00
      # with a 50% recovery cap and Feb earned 5,000 (SEMANTICS 10's example): Feb has nothing
      # above the advance, so nothing is recovered, B stays 3,000
      recoverable recovery cap 50% | 5000 | 2027-02 | 5000.00 | -5000.00 | 0.00 | 5000.00 | 3000.00
      # Mar: 5,000 above the advance, at most 50% x 10,000 = 5,000: recovers all 3,000, pays 2,000
      # more: 7,000 in all
      recoverable recovery cap 50% | 5000 | 2027-03 | 5000.00 | -5000.00 | -3000.00 | 7000.00 | 0.00
      # non-recoverable: the advance is a guaranteed minimum, max(E, D): Jan 5,000, shortfall
      # forgiven; Feb 6,000 (1,000 more at the end); Mar 10,000
      non-recoverable | 6000 | 2027-01 | 5000.00 | -2000.00 | 0.00 | 5000.00  | 0.00
      non-recoverable | 6000 | 2027-02 | 5000.00 | -5000.00 | 0.00 | 6000.00  | 0.00
      non-recoverable | 6000 | 2027-03 | 5000.00 | -5000.00 | 0.00 | 10000.00 | 0.00
      """)
  void advanceNettingAndRecovery(
      String kind,
      String febEarned,
      String period,
      String advance,
      String netted,
      String recovery,
      String payout,
      String balance) {
    String draw = "draw 5_000 per month " + kind.replace(" recovery", " paid in advance recovery");
    if (!draw.contains("paid in advance")) draw += " paid in advance";
    Evaluation ev =
        run(
            dir,
            plan(draw),
            ONE_AE,
            deals(
                won("J", "2000", "2027-01-20"),
                won("F", febEarned, "2027-02-20"),
                won("M", "10000", "2027-03-20")));
    String what = draw + " " + period + "\n" + dump(ev);
    money(advance, lineTotal(ev, "ann", period, advance(period)), "advance " + what);
    money(
        netted,
        lineTotal(ev, "ann", period, "Draw advance netted against earnings"),
        "netted " + what);
    money(recovery, lineTotal(ev, "ann", period, "Draw recovery"), "recovery " + what);
    money(payout, payout(ev, "ann", period), "payout " + what);
    money(balance, row(ev, "ann", period).drawBalance(), "balance " + what);
  }

  @Test
  void overJanuaryToMarchItPaysWhatSemantics10Pays() {
    // SEMANTICS 10 pays 5,000 + 3,000 + 10,000 = 18,000; in advance 5,000 + 5,000 + 8,000
    Evaluation ev =
        run(
            dir,
            plan("draw 5_000 per month recoverable paid in advance"),
            ONE_AE,
            deals(
                won("J", "2000", "2027-01-20"),
                won("F", "6000", "2027-02-20"),
                won("M", "10000", "2027-03-20")));
    money("18000.00", row(ev, "ann", "2027-03").ytd(), dump(ev));
    money("2000.00", row(ev, "ann", "2027-01").earned(), dump(ev));
  }
}
