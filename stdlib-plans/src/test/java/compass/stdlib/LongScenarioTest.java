package compass.stdlib;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.diag.DiagnosticRenderer;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One rep's year, worked out by hand (src/test/resources/long-scenario): rae starts on 2027-04-01
 * on a 0% / 50% / 100% ramp with a recoverable draw of 3,000 a month (recovery capped at 50% of a
 * month's earnings, forgiven at year end); her quota of 40,000 a month rises to 60,000 from
 * 2027-08-16 (an override inside Q3, prorated by days in August); she shares two deals with cole
 * (S1 60/40 as owner, S2 50/50 as partner); deal R3 is cancelled inside the 90-day window and
 * clawed back; R2 is cancelled outside it and kept. Commission: marginal tiers, 10% up to quota,
 * 15% above; a zero quota takes attainment as 0%.
 *
 * <p>Hand computation, month by month (D = draw 3,000; B = draw balance after the month; r =
 * recovery = min(B, 50% of the month's earnings, rounded to the cent)):
 *
 * <pre>
 * 2027-01..03  rae has not started: quota 0, no deals, no draw (the draw guarantees earnings of
 *              someone employed; before the start date there is nothing to guarantee).
 *              payout 0.00, earned 0.00, payable 0.00, B 0.00, owed 0.00
 * 2027-04      ramp month 1, quota 40,000 x 0% = 0 -> attainment 0% by the rule.
 *              R1 20,000 x 10% = 2,000.00 earned. 2,000 < D: draw tops up 1,000, B = 1,000.
 *              payout 3,000.00 (ytd 3,000.00)
 * 2027-05      ramp month 2, quota 40,000 x 50% = 20,000. R2 30,000:
 *              20,000 x 10% + 10,000 x 15% = 2,000 + 1,500 = 3,500.00 earned.
 *              r = min(1,000, 1,750) = 1,000 -> payout 2,500.00, B = 0 (ytd 5,500.00)
 * 2027-06      full quota 40,000. S1 100,000 x 60% = 60,000 (Jun 15), R3 10,000 (Jun 25):
 *              70,000: 40,000 x 10% + 30,000 x 15% = 4,000 + 4,500 = 8,500.00 earned.
 *              Attribution (SEMANTICS 5): S1 alone 40,000 x 10% + 20,000 x 15% = 7,000;
 *              R3 = 8,500 - 7,000 = 1,500. B = 0: payout 8,500.00 (ytd 14,000.00)
 *              cole: S1 100,000 x 40% = 40,000 x 10% = 4,000.00
 * 2027-07      nothing booked: draw 3,000, B = 3,000. payout 3,000.00 (ytd 17,000.00)
 * 2027-08      quota: 40,000 x 15/31 + 60,000 x 16/31 = 1,560,000 / 31 = 50,322.580645...
 *              R4 80,000: q x 10% + (80,000 - q) x 15% = 12,000 - 0.05 q
 *              = 12,000 - 2,516.129032 = 9,483.870968 -> 9,483.87
 *              R3 cancelled 2027-08-05, 41 days after closing: clawback -1,500.00
 *              (R2, cancelled 2027-09-30, 143 days after closing, is outside the window: kept).
 *              earned = payable = 9,483.87 - 1,500.00 = 7,983.87
 *              r = min(3,000, 50% x 7,983.87 = 3,991.94) = 3,000 -> payout 4,983.87, B = 0
 *              (ytd 21,983.87)
 * 2027-09      quota 60,000, nothing booked: draw 3,000, B = 3,000 (ytd 24,983.87)
 * 2027-10      S2 150,000 x 50% = 75,000: 60,000 x 10% + 15,000 x 15% = 6,000 + 2,250
 *              = 8,250.00. r = min(3,000, 4,125) = 3,000 -> payout 5,250.00, B = 0
 *              (ytd 30,233.87). cole: S2 75,000 x 10% = 7,500.00
 * 2027-11      R5 30,000 x 10% = 3,000.00 = D (not below it): no draw, B = 0, nothing to
 *              recover. payout 3,000.00 (ytd 33,233.87)
 * 2027-12      R6 is lost; nothing booked: draw 3,000, B = 3,000, forgiven at year end:
 *              balance shown 0.00. payout 3,000.00 (ytd 36,233.87)
 * Year: earned 2,000 + 3,500 + 8,500 + 7,983.87 + 8,250 + 3,000 = 33,233.87; paid 36,233.87;
 * the 3,000 difference is the December draw, forgiven.
 * </pre>
 */
class LongScenarioTest {
  static final Path PLAN = Path.of("src/test/resources/long-scenario/long-scenario.comp");
  static RunResult result;

  @BeforeAll
  static void run() {
    result = Compass.run(new RunRequest(PLAN, null, null));
    assertTrue(result.ok(), () -> DiagnosticRenderer.renderAll(result.diagnostics()));
  }

  /** participant, period, payout, ytd, earned, payable, held, draw balance, owed. */
  static final String[][] EXPECTED = {
    {"rae", "2027-01", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"rae", "2027-02", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"rae", "2027-03", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"rae", "2027-04", "3000.00", "3000.00", "2000.00", "2000.00", "0.00", "1000.00", "0.00"},
    {"rae", "2027-05", "2500.00", "5500.00", "3500.00", "3500.00", "0.00", "0.00", "0.00"},
    {"rae", "2027-06", "8500.00", "14000.00", "8500.00", "8500.00", "0.00", "0.00", "0.00"},
    {"rae", "2027-07", "3000.00", "17000.00", "0.00", "0.00", "0.00", "3000.00", "0.00"},
    {"rae", "2027-08", "4983.87", "21983.87", "7983.87", "7983.87", "0.00", "0.00", "0.00"},
    {"rae", "2027-09", "3000.00", "24983.87", "0.00", "0.00", "0.00", "3000.00", "0.00"},
    {"rae", "2027-10", "5250.00", "30233.87", "8250.00", "8250.00", "0.00", "0.00", "0.00"},
    {"rae", "2027-11", "3000.00", "33233.87", "3000.00", "3000.00", "0.00", "0.00", "0.00"},
    {"rae", "2027-12", "3000.00", "36233.87", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-01", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-02", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-03", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-04", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-05", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-06", "4000.00", "4000.00", "4000.00", "4000.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-07", "0.00", "4000.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-08", "0.00", "4000.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-09", "0.00", "4000.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-10", "7500.00", "11500.00", "7500.00", "7500.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-11", "0.00", "11500.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
    {"cole", "2027-12", "0.00", "11500.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
  };

  @Test
  void everyPeriodOfTheStatementMatchesTheHandComputation() {
    List<StatementRow> rows = result.rows();
    assertEquals(EXPECTED.length, rows.size(), "rows: " + rows);
    List<Executable> checks = new ArrayList<>();
    for (String[] e : EXPECTED) {
      StatementRow r =
          rows.stream()
              .filter(x -> x.participant().equals(e[0]) && x.period().equals(e[1]))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for " + e[0] + " " + e[1]));
      String at = e[0] + " " + e[1] + " ";
      checks.add(() -> assertEquals(new BigDecimal(e[2]), r.payout(), at + "payout"));
      checks.add(() -> assertEquals(new BigDecimal(e[3]), r.ytd(), at + "ytd"));
      checks.add(() -> assertEquals(new BigDecimal(e[4]), r.earned(), at + "earned"));
      checks.add(() -> assertEquals(new BigDecimal(e[5]), r.payable(), at + "payable"));
      checks.add(() -> assertEquals(new BigDecimal(e[6]), r.held(), at + "held"));
      checks.add(() -> assertEquals(new BigDecimal(e[7]), r.drawBalance(), at + "draw balance"));
      checks.add(() -> assertEquals(new BigDecimal(e[8]), r.owed(), at + "owed"));
      checks.add(() -> assertEquals("USD", r.currency(), at + "currency"));
    }
    assertAll(checks);
  }

  @Test
  void theKeyLineItemsMatchTheHandComputation() {
    assertAll(
        // the period's commission: its deal lines (SEMANTICS 5) and the rest line together
        () -> assertEquals(new BigDecimal("2000.00"), earned("rae", "2027-04", "Commission")),
        () -> assertEquals(new BigDecimal("3500.00"), earned("rae", "2027-05", "Commission")),
        () -> assertEquals(new BigDecimal("8500.00"), earned("rae", "2027-06", "Commission")),
        // June's deals, each at its attributed commission: S1 alone 7,000, then R3 8,500 - 7,000
        () -> assertEquals(new BigDecimal("7000.00"), amount("rae", "2027-06", "Commission", "S1")),
        () -> assertEquals(new BigDecimal("1500.00"), amount("rae", "2027-06", "Commission", "R3")),
        // the quota prorated by days in August: 40,000 x 15/31 + 60,000 x 16/31
        () -> assertEquals(new BigDecimal("9483.87"), earned("rae", "2027-08", "Commission")),
        // R3's commission as attributed in June (SEMANTICS 5), reversed in August
        () ->
            assertEquals(
                new BigDecimal("-1500.00"), clawedBack("rae", "2027-08", "Commission", "R3")),
        () -> assertEquals(new BigDecimal("8250.00"), earned("rae", "2027-10", "Commission")),
        () ->
            assertEquals(
                new BigDecimal("4000.00"), earned("cole", "2027-06", "Partner commission")),
        () ->
            assertEquals(
                new BigDecimal("7500.00"), earned("cole", "2027-10", "Partner commission")),
        // R2 was cancelled outside the window: never reversed
        () ->
            assertTrue(
                result.lines().stream().noneMatch(l -> "R2".equals(l.deal()) && isClawback(l)),
                "R2 reversed"));
  }

  private static boolean isClawback(LineItem l) {
    return l.note() != null && l.note().startsWith("clawback");
  }

  /** The component's lines of the period that are not clawbacks: what it earned there. */
  private static BigDecimal earned(String who, String period, String component) {
    return result.lines().stream()
        .filter(
            l ->
                l.participant().equals(who)
                    && l.period().equals(period)
                    && l.component().equals(component)
                    && !isClawback(l))
        .map(LineItem::amount)
        .reduce(BigDecimal::add)
        .orElseThrow(() -> new AssertionError("no line " + who + " " + period + " " + component));
  }

  private static BigDecimal clawedBack(String who, String period, String component, String deal) {
    return result.lines().stream()
        .filter(
            l ->
                l.participant().equals(who)
                    && l.period().equals(period)
                    && l.component().equals(component)
                    && deal.equals(l.deal())
                    && isClawback(l))
        .map(LineItem::amount)
        .reduce(BigDecimal::add)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no clawback " + who + " " + period + " " + component + " " + deal));
  }

  @Test
  void everyDealIsAccountedFor() {
    assertEquals(8, result.reconciliation().read());
    assertEquals(7, result.reconciliation().credited());
  }

  private static BigDecimal amount(String who, String period, String component, String deal) {
    return result.lines().stream()
        .filter(
            l ->
                l.participant().equals(who)
                    && l.period().equals(period)
                    && l.component().equals(component)
                    && (l.deal() == null ? "" : l.deal()).equals(deal))
        .map(LineItem::amount)
        .reduce(BigDecimal::add)
        .orElseThrow(
            () ->
                new AssertionError("no line " + who + " " + period + " " + component + " " + deal));
  }
}
