package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.result.LineItem;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mixed modes in one table (issue 15 point 3, SEMANTICS 5): the retroactive bands are the bottom
 * run; the part of the base inside the run is paid at the rate of the highest retroactive band
 * reached, the marginal bands above pay their own part. Quota 100,000 a quarter; the table of
 * {@link #DECELERATOR}: 0-80% 3% retroactive, 80-100% 6% retroactive, from 100% 10% marginal.
 */
class MixedTiersTest {
  @TempDir Path dir;

  static final String DECELERATOR =
      "mixed tiers on bookings ;; from 0% to 80% pay 3% retroactive ;; from 80% to 100% pay 6% retroactive ;; from 100% pay 10% marginal";

  /** The component "Commission" of a standard plan: its first step, then its bands. */
  static String plan(String header, String table) {
    String[] lines = table.strip().split(" ;; ");
    StringBuilder s = new StringBuilder(standard("component \"Commission\"" + header + ":\n"));
    s.append("  ").append(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) {
      String indent = lines[i].startsWith("cap ") ? "  " : "    ";
      s.append(indent).append(lines[i]).append('\n');
    }
    return s.toString();
  }

  /** Deals written `A 60000`, closed won on consecutive February days (crediting order). */
  static String dealsOf(String written) {
    List<String> rows = new ArrayList<>();
    if (written != null) {
      int day = 10;
      for (String d : written.strip().split(", ")) {
        String[] p = d.split(" ");
        rows.add(won(p[0], p[1], "2027-02-" + day++));
      }
    }
    return deals(rows.toArray(String[]::new));
  }

  private static String table(String written) {
    return written.strip().replace("DECELERATOR", DECELERATOR);
  }

  @ParameterizedTest(name = "{0} | {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # inside the retroactive run: the band that holds the base pays on all of it
      DECELERATOR | A 70000             | 2100.00 | 70,000 x 3%
      DECELERATOR | A 90000             | 5400.00 | 90,000 x 6%
      DECELERATOR | A 80000             | 4800.00 | exactly 80% is in the band from 80%: 80,000 x 6%
      # past the run: all of it at the last retroactive rate, the marginal band its own part
      DECELERATOR | A 130000            | 9000.00 | 100,000 x 6% + 30,000 x 10%
      DECELERATOR | A 60000, B 70000    | 9000.00 | the same 130,000 in two deals
      DECELERATOR | A 100000            | 6000.00 | exactly 100%: 100,000 x 6%, the marginal band has nothing yet
      DECELERATOR |                     | 0.00    | no deals
      # the run need not start at 0: below its first band nothing is paid
      mixed tiers on bookings ;; from 50% to 100% pay 4% retroactive ;; from 100% pay 8% marginal | A 40000 | 0.00 | 40% is below 50%
      mixed tiers on bookings ;; from 50% to 100% pay 4% retroactive ;; from 100% pay 8% marginal | A 150000 | 8000.00 | 100,000 x 4% + 50,000 x 8%
      # several marginal bands above the run: 100,000 x 6% + 20,000 x 10% + 10,000 x 15%
      mixed tiers on bookings ;; from 0% pay 3% retroactive ;; from 80% pay 6% retroactive ;; from 100% pay 10% marginal ;; from 120% pay 15% marginal | A 130000 | 9500.00 | 6,000 + 2,000 + 1,500
      # bands in money: 0-50,000 at 2% retroactive, then 5% marginal: 50,000 x 2% + 20,000 x 5%
      mixed tiers on bookings ;; from 0 pay 2% retroactive ;; from 50_000 pay 5% marginal | A 70000 | 2000.00 | 1,000 + 1,000
      # a cap after the table cuts the total: 9,000 capped at 5,000
      DECELERATOR ;; cap 5_000 | A 130000 | 5000.00 | capped
      """)
  void pays(String table, String deals, String expected, String why) {
    Evaluation ev = run(dir, plan("", table(table)), ONE_AE, dealsOf(deals));
    money(expected, payout(ev, "ann", "2027-Q1"), why + "\n" + dump(ev));
  }

  /**
   * SEMANTICS 5, per-deal attribution: running total after the deal minus before it, deals in
   * crediting order. A 60,000 then B 70,000: A = f(60,000) = 60,000 x 3% = 1,800; B = f(130,000) -
   * f(60,000) = 9,000 - 1,800 = 7,200 (B lifts A's 60,000 from 3% to 6% and pays 30,000 at 10%).
   * Straddle: A 90,000 then B 20,000 (110,000 = 6,000 + 1,000 = 7,000 in all); split: A = 5,400, B
   * = 7,000 - 5,400 = 1,600; at the band where each ends: A 90,000 x 6% = 5,400, B 20,000 x 10% =
   * 2,000; where each starts: A 90,000 x 3% = 2,700, B 20,000 x 6% = 1,200.
   */
  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
                        | A 60000, B 70000 | 1800.00 | 7200.00
                        | A 90000, B 20000 | 5400.00 | 1600.00
      ' straddle end'   | A 90000, B 20000 | 5400.00 | 2000.00
      ' straddle start' | A 90000, B 20000 | 2700.00 | 1200.00
      """)
  void eachDealIsTheRunningTotalAfterItMinusBefore(
      String straddle, String deals, String a, String b) {
    String table =
        DECELERATOR.replace(
            "mixed tiers on bookings",
            "mixed tiers on bookings" + (straddle == null ? "" : straddle));
    Evaluation ev = run(dir, plan("", table), ONE_AE, dealsOf(deals));
    money(a, attribution(ev, "ann", "2027-Q1", "Commission", "A"), dump(ev));
    money(b, attribution(ev, "ann", "2027-Q1", "Commission", "B"), dump(ev));
  }

  /**
   * SEMANTICS 7 with a mixed table: Q1 90,000 -> 90,000 x 6% = 5,400. Q2 130,000 -> year to date
   * 220,000 against 200,000: 200,000 x 6% + 20,000 x 10% = 14,000; pays 14,000 - 5,400 = 8,600.
   */
  @Test
  void cumulativeOverTheYear() {
    Evaluation ev =
        run(
            dir,
            plan(" cumulative over year", DECELERATOR),
            ONE_AE,
            deals(won("A", "90000", "2027-02-10"), won("B", "130000", "2027-05-10")));
    money("5400.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("8600.00", payout(ev, "ann", "2027-Q2"), dump(ev));
  }

  /**
   * The tier step names each band that paid, with its slice, its rate and its mode; each deal's
   * line says what was computed for it. A 60,000, B 70,000, C 10,000: A = 60,000 x 3% = 1,800; B =
   * 9,000 - 1,800 = 7,200 (it moved A's slice to 6%, so both totals are shown); C, all above quota,
   * = 10,000 x 10% = 1,000. The whole: 100,000 x 6% + 40,000 x 10% = 10,000.
   */
  @Test
  void theNoteSaysWhichBandAndModePaidWhat() {
    Evaluation ev = run(dir, plan("", DECELERATOR), ONE_AE, dealsOf("A 60000, B 70000, C 10000"));
    List<LineItem> lines = lines(ev, "ann", "2027-Q1", "Commission");
    assertEquals(4, lines.size(), dump(ev));
    assertEquals(List.of("A", "B", "C", ""), lines.stream().map(LineItem::deal).toList(), dump(ev));
    assertEquals(
        "this deal's commission: 60,000.00 x 3% (band from 0%, retroactive) = 1,800.00",
        lines.get(0).note());
    assertEquals(
        "this deal's commission: 9,000.00 on 130,000.00 [100,000.00 x 6% (band from 80%,"
            + " retroactive) + 30,000.00 x 10% (band from 100%, marginal)] after it - 1,800.00 on"
            + " 60,000.00 [60,000.00 x 3% (band from 0%, retroactive)] before it = 7,200.00",
        lines.get(1).note());
    assertEquals(
        "this deal's commission: 10,000.00 x 10% (band from 100%, marginal) = 1,000.00",
        lines.get(2).note());
    String rest = lines.get(3).note();
    assertEquals(
        true,
        rest.contains(
            "mixed tiers on bookings 140,000.00 against quota 100,000.00: 100,000.00 x 6% (band"
                + " from 80%, retroactive) + 40,000.00 x 10% (band from 100%, marginal) ="
                + " 10,000.00"),
        rest);
    money("10000.00", sum(lines), dump(ev));
  }

  /**
   * `per deal`, each deal alone from the first band: A 90,000 alone = 90,000 x 6% = 5,400; B
   * 120,000 alone = 100,000 x 6% + 20,000 x 10% = 8,000.
   */
  @Test
  void eachDealAloneStartsInTheFirstBand() {
    Evaluation ev =
        run(
            dir,
            plan("", DECELERATOR.replace("bookings", "bookings per deal")),
            ONE_AE,
            dealsOf("A 90000, B 120000"));
    money("13400.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    LineItem b = lines(ev, "ann", "2027-Q1", "Commission").get(1);
    money("8000.00", b.amount(), dump(ev));
    assertEquals(
        "this deal alone: 100,000.00 x 6% (band from 80%, retroactive) + 20,000.00 x 10% (band"
            + " from 100%, marginal) = 8,000.00",
        b.note(), dump(ev));
  }

  /** `straddle end`: B (90,000 -> 110,000) is paid whole at the band where it ends: 2,000. */
  @Test
  void aStraddleNoteSaysTheBandItWasPaidAt() {
    Evaluation ev =
        run(
            dir,
            plan("", DECELERATOR.replace("bookings", "bookings straddle end")),
            ONE_AE,
            dealsOf("A 90000, B 20000"));
    LineItem b = lines(ev, "ann", "2027-Q1", "Commission").get(1);
    assertEquals(
        "this deal at the band where it ends: 20,000.00 x 10% (band from 100%, marginal) ="
            + " 2,000.00",
        b.note(), dump(ev));
  }

  static BigDecimal sum(List<LineItem> lines) {
    return lines.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
