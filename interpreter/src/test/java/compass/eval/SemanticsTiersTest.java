package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples of SEMANTICS.md section 5 (tiers), with the numbers exactly as written there.
 */
class SemanticsTiersTest {
  @TempDir Path dir;

  /** Quota 100,000 for Q1; deals A 60,000 (Jan 10) then B 70,000 (Feb 3): bookings 130,000. */
  private static final String A_AND_B =
      deals(won("A", "60000", "2027-01-10"), won("B", "70000", "2027-02-03"));

  private static String commission(String mode, String options) {
    return standard(
        "component \"Commission\":\n"
            + "  "
            + mode
            + " tiers on bookings"
            + options
            + "\n"
            + "    from 0% pay 5%\n"
            + "    from 50% pay 8%\n"
            + "    from 100% pay 12%\n");
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: marginal, quota 100,000, bookings 130,000: 2,500 + 4,000 + 3,600 = 10,100.00")
  void marginal() {
    Evaluation ev = run(dir, commission("marginal", ""), ONE_AE, A_AND_B);
    money("10100.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("10100.00", lineTotal(ev, "ann", "2027-Q1", "Commission"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: retroactive, quota 100,000, bookings 130,000: 130,000 x 12% = 15,600.00")
  void retroactive() {
    Evaluation ev = run(dir, commission("retroactive", ""), ONE_AE, A_AND_B);
    money("15600.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: at exactly 100% attainment retroactive uses the 12% band: 100,000 x 12% = 12,000.00")
  void retroactiveAtExactlyTheBound() {
    Evaluation ev =
        run(dir, commission("retroactive", ""), ONE_AE, deals(won("A", "100000", "2027-01-10")));
    money("12000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: interpolated, bands 0-1,000 -> 10 and 1,000-3,000 -> 40, base 1,500: 10 + (500 / 2,000) x 40 = 20")
  void interpolated() {
    String plan =
        standard(
            """
        component "Interpolated":
          interpolated tiers on bookings
            from 0 to 1_000 pay 10
            from 1_000 to 3_000 pay 40
        """);
    Evaluation ev = run(dir, plan, ONE_AE, deals(won("A", "1500", "2027-01-10")));
    money("20.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: per-deal attribution, marginal: A 60,000 (Jan 10) = 2,500 + 800 = 3,300; B 70,000 (Feb 3) = 3,200 + 3,600 = 6,800; sum 10,100")
  void perDealAttribution() {
    Evaluation ev = run(dir, commission("marginal", ""), ONE_AE, A_AND_B);
    exact("3300", attribution(ev, "ann", "2027-Q1", "Commission", "A"), "A");
    exact("6800", attribution(ev, "ann", "2027-Q1", "Commission", "B"), "B");
    money("10100.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: per-deal attribution takes deals by crediting date, not file order (B listed first)")
  void perDealAttributionOrderByDate() {
    Evaluation ev =
        run(
            dir,
            commission("marginal", ""),
            ONE_AE,
            deals(won("B", "70000", "2027-02-03"), won("A", "60000", "2027-01-10")));
    exact("3300", attribution(ev, "ann", "2027-Q1", "Commission", "A"), "A");
    exact("6800", attribution(ev, "ann", "2027-Q1", "Commission", "B"), "B");
  }

  @Test
  @DisplayName("SEMANTICS 5: per-deal attribution, same date: ordered by deal id (A before B)")
  void perDealAttributionTieBreakById() {
    Evaluation ev =
        run(
            dir,
            commission("marginal", ""),
            ONE_AE,
            deals(won("B", "70000", "2027-01-10"), won("A", "60000", "2027-01-10")));
    exact("3300", attribution(ev, "ann", "2027-Q1", "Commission", "A"), "A");
    exact("6800", attribution(ev, "ann", "2027-Q1", "Commission", "B"), "B");
  }

  /** Quota 100,000, 90,000 booked, then a new deal of 20,000; 10% below quota, 15% from 100%. */
  private Evaluation straddle(String policy) {
    String plan =
        standard(
            "component \"Commission\":\n"
                + "  marginal tiers on bookings"
                + policy
                + "\n"
                + "    from 0% pay 10%\n"
                + "    from 100% pay 15%\n");
    return run(
        dir, plan, ONE_AE, deals(won("X", "90000", "2027-01-10"), won("Y", "20000", "2027-02-03")));
  }

  @Test
  @DisplayName("SEMANTICS 5: straddle split (default): 10,000 x 10% + 10,000 x 15% = 2,500")
  void straddleSplitDefault() {
    Evaluation ev = straddle("");
    exact("2500", attribution(ev, "ann", "2027-Q1", "Commission", "Y"), "Y");
    exact("9000", attribution(ev, "ann", "2027-Q1", "Commission", "X"), "X");
    money("11500.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName("SEMANTICS 5: `straddle split` written out: the straddling deal pays 2,500")
  void straddleSplitExplicit() {
    Evaluation ev = straddle(" straddle split");
    exact("2500", attribution(ev, "ann", "2027-Q1", "Commission", "Y"), "Y");
    money("11500.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: `straddle end`: the whole deal at the band where it ends: 20,000 x 15% = 3,000")
  void straddleEnd() {
    Evaluation ev = straddle(" straddle end");
    exact("3000", attribution(ev, "ann", "2027-Q1", "Commission", "Y"), "Y");
    money("12000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: `straddle start` (derived): the whole deal at the band where it starts: 20,000 x 10% = 2,000")
  void straddleStart() {
    Evaluation ev = straddle(" straddle start");
    exact("2000", attribution(ev, "ann", "2027-Q1", "Commission", "Y"), "Y");
    money("11000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: basis each deal alone (derived): every deal starts in the first band: A 3,300 + B 4,100 = 7,400.00")
  void perDealBasis() {
    Evaluation ev = run(dir, commission("marginal", " per deal"), ONE_AE, A_AND_B);
    exact("3300", attribution(ev, "ann", "2027-Q1", "Commission", "A"), "A");
    exact(
        "4100",
        attribution(ev, "ann", "2027-Q1", "Commission", "B"),
        "B: 50,000 x 5% + 20,000 x 8%");
    money("7400.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  private String threshold(String keyword) {
    return standard(
        "component \"Commission\":\n"
            + "  retroactive tiers on bookings\n"
            + "    from 0% pay 5%\n"
            + "    "
            + keyword
            + " 80% pay 10%\n");
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: `from 80%` includes the bound: 80,000 at 80% pays 10% = 8,000.00 (derived)")
  void fromIncludesTheBound() {
    Evaluation ev = run(dir, threshold("from"), ONE_AE, deals(won("A", "80000", "2027-01-10")));
    money("8000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: `above 80%` excludes the bound: 80,000 at 80% pays 5% = 4,000.00; 80,000.01 pays 10% (derived)")
  void aboveExcludesTheBound() {
    Evaluation ev =
        run(
            dir,
            threshold("above"),
            ONE_AE,
            deals(won("A", "80000", "2027-01-10"), won("B", "80000.01", "2027-04-10")));
    money("4000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("8000.00", payout(ev, "ann", "2027-Q2"), dump(ev));
  }

  private void assertCheckerRejects(String bands, String what, Code code) {
    Diagnostics diags =
        checkOnly(
            dir, standard("component \"Commission\":\n  marginal tiers on bookings\n" + bands));
    assertTrue(diags.hasErrors(), what + " must be reported by the checker");
    assertTrue(
        diags.all().stream().anyMatch(d -> d.code() == code),
        () -> what + ": expected " + code + " in\n" + DiagnosticRenderer.renderAll(diags.all()));
    assertFalse(
        DiagnosticRenderer.renderAll(diags.all()).contains("people.csv"),
        () -> "reported before any data is read:\n" + DiagnosticRenderer.renderAll(diags.all()));
  }

  @Test
  @DisplayName("SEMANTICS 5: unordered bands are reported by the checker before any data is read")
  void unorderedBands() {
    assertCheckerRejects(
        "    from 50% pay 8%\n    from 0% pay 5%\n", "unordered bands", Code.E0401);
  }

  @Test
  @DisplayName(
      "SEMANTICS 5: a gap between bands is reported by the checker before any data is read")
  void gapBetweenBands() {
    assertCheckerRejects("    from 0% to 40% pay 5%\n    from 50% pay 8%\n", "a gap", Code.E0402);
  }

  @Test
  @DisplayName("SEMANTICS 5: overlapping bands are reported by the checker before any data is read")
  void overlappingBands() {
    assertCheckerRejects(
        "    from 0% to 60% pay 5%\n    from 50% pay 8%\n", "an overlap", Code.E0403);
  }
}
