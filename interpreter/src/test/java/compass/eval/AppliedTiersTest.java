package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.result.LineItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tier tables applied to another amount (issue 15, point 2): the band is chosen by where the base
 * lies, and its rate is paid on the amount after `applied to`, whole. Quota 100,000 a quarter, base
 * salary 20,000 a quarter; `overage` is bookings above the quota; `multi_year` sums the deals of 24
 * months or more.
 */
class AppliedTiersTest {
  @TempDir Path dir;

  private static String plan(String table) {
    String[] lines = table.strip().split(" ;; ");
    StringBuilder s =
        new StringBuilder(
            standard(
                """
                base_salary = 20_000 USD per quarter
                overage = max(bookings - quota, 0)
                multi_year = sum of amount where term_months >= 24

                component "Bonus":
                """));
    s.append("  ").append(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) s.append("    ").append(lines[i]).append('\n');
    return s.toString();
  }

  /** Deals written `A 60000 36`: id, amount, term in months; closed won in January to March. */
  private static String dealsOf(String written) {
    List<String> rows = new ArrayList<>();
    if (written != null) {
      int day = 10;
      for (String d : written.strip().split(", ")) {
        String[] p = d.split(" ");
        rows.add(deal(p[0], "ann", p[1], "closed_won", "2027-02-" + day++, Integer.parseInt(p[2])));
      }
    }
    return deals(rows.toArray(String[]::new));
  }

  private static final String BY_ATTAINMENT =
      "retroactive tiers on attainment applied to base_salary ;; from 0% to 50% pay 0% ;; from 50% to 100% pay 4% ;; from 100% pay 8%";

  @ParameterizedTest(name = "{0} | {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # "% of base salary by attainment band": the band of the attainment, its rate x 20,000
      BY_ATTAINMENT | A 60000 12, B 52000 12 | 1600.00 | 112% is in the band from 100%: 8% x 20,000 = 1,600
      BY_ATTAINMENT | A 40000 12             | 0.00    | 40%: 0% x 20,000 = 0
      BY_ATTAINMENT | A 50000 12             | 800.00  | exactly 50% is in the band from 50%: 4% x 20,000 = 800
      BY_ATTAINMENT | A 99999.99 12          | 800.00  | 99.99999%: still 4% x 20,000 = 800
      BY_ATTAINMENT | A 100000 12            | 1600.00 | exactly 100%: 8% x 20,000 = 1,600
      BY_ATTAINMENT |                        | 0.00    | no deals: attainment 0%, 0% x 20,000 = 0
      # `above` leaves its bound out: exactly 100% stays in the 4% band: 4% x 20,000 = 800
      retroactive tiers on attainment applied to base_salary ;; from 0% pay 4% ;; above 100% pay 8% | A 100000 12 | 800.00 | 100% is not above 100%
      # below the first band nothing is paid
      retroactive tiers on attainment applied to base_salary ;; from 50% pay 4% | A 40000 12 | 0.00 | 40% is below 50%
      # bands on an amount in percent of the quota: 130,000 / 100,000 = 130%: 8% x 20,000 = 1,600
      retroactive tiers on bookings applied to base_salary ;; from 0% pay 4% ;; from 100% pay 8% | A 130000 12 | 1600.00 | 130% of quota
      # ... of `against`: 130,000 / 200,000 = 65%, in the band from 50%: 5% x 20,000 = 1,000
      retroactive tiers on bookings against 200_000 USD applied to base_salary ;; from 0% pay 1% ;; from 50% pay 5% ;; from 100% pay 10% | A 130000 12 | 1000.00 | 65% of 200,000
      # ... in money: 130,000 >= 120,000: 10% x 20,000 = 2,000; 119,999.99 is in the 0% band
      retroactive tiers on bookings applied to base_salary ;; from 0 pay 0% ;; from 120_000 pay 10% | A 130000 12   | 2000.00 | 130,000 from 120,000
      retroactive tiers on bookings applied to base_salary ;; from 0 pay 0% ;; from 120_000 pay 10% | A 119999.99 12 | 0.00   | 119,999.99 below 120,000
      # "the whole overage at the rate of the highest band reached": 130%: 30,000 x 15% = 4,500
      retroactive tiers on attainment applied to overage ;; from 0% pay 10% ;; from 120% pay 15% ;; from 150% pay 20% | A 130000 12 | 4500.00 | overage 30,000 x 15%
      # 160%: 60,000 x 20% = 12,000; a multiplier of 1.5 on the overage is 150%: 60,000 x 150% = 90,000
      retroactive tiers on attainment applied to overage ;; from 0% pay 10% ;; from 120% pay 15% ;; from 150% pay 20% | A 160000 12 | 12000.00 | overage 60,000 x 20%
      retroactive tiers on attainment applied to overage ;; from 100% pay 100% ;; from 150% pay 150%                 | A 160000 12 | 90000.00 | multiplier 1.5 on 60,000
      # applied to deal money: 160,000 booked (160%), multi-year deals A and C 90,000 x 5% = 4,500
      retroactive tiers on attainment applied to multi_year ;; from 0% pay 2% ;; from 100% pay 5% | A 60000 36, B 70000 12, C 30000 24 | 4500.00 | 90,000 x 5%
      # 90,000 booked (90%): 2% x 90,000 multi-year = 1,800
      retroactive tiers on attainment applied to multi_year ;; from 0% pay 2% ;; from 100% pay 5% | A 60000 36, C 30000 24 | 1800.00 | 90,000 x 2%
      """)
  void pays(String table, String deals, String expected, String why) {
    String written = table.strip().equals("BY_ATTAINMENT") ? BY_ATTAINMENT : table;
    Evaluation ev = run(dir, plan(written), ONE_AE, dealsOf(deals));
    money(expected, payout(ev, "ann", "2027-Q1"), why + "\n" + dump(ev));
  }

  /**
   * Each deal's line is its part of `multi_year` at the rate of the band the attainment reached:
   * 160% -> 5%; A 60,000 x 5% = 3,000, C 30,000 x 5% = 1,500; B (12 months) adds nothing to
   * multi_year, so it has no line. 3,000 + 1,500 = 4,500, the whole.
   */
  @Test
  void eachDealsLineIsItsPartAtTheRateReached() {
    Evaluation ev =
        run(
            dir,
            plan(
                "retroactive tiers on attainment applied to multi_year ;; from 0% pay 2% ;; from 100% pay 5%"),
            ONE_AE,
            dealsOf("A 60000 36, B 70000 12, C 30000 24"));
    money("3000.00", attribution(ev, "ann", "2027-Q1", "Bonus", "A"), dump(ev));
    money("1500.00", attribution(ev, "ann", "2027-Q1", "Bonus", "C"), dump(ev));
    assertEquals(
        List.of("A", "C"),
        ev.attributions().stream().map(Evaluation.Attribution::deal).toList(),
        dump(ev));
    money("4500.00", lineTotal(ev, "ann", "2027-Q1", "Bonus"), dump(ev));
  }

  /** The note says where the attainment lies, the band, the rate and what it was applied to. */
  @Test
  void theNoteSaysWhichBandAndWhatItWasAppliedTo() {
    Evaluation ev = run(dir, plan(BY_ATTAINMENT), ONE_AE, dealsOf("A 60000 12, B 52000 12"));
    List<LineItem> lines = lines(ev, "ann", "2027-Q1", "Bonus");
    assertEquals(
        "attainment 112% is in the band from 100%: 8% x base_salary 20,000.00 = 1,600.00",
        lines.get(lines.size() - 1).note(), dump(ev));
  }

  /** Below the first band the note names it: 40,000 is 40%, below the band from 50%. */
  @Test
  void theNoteBelowTheFirstBand() {
    Evaluation ev =
        run(
            dir,
            plan(
                "retroactive tiers on bookings applied to base_salary ;; from 50% pay 4% ;; from 100% pay 8%"),
            ONE_AE,
            dealsOf("A 40000 12"));
    List<LineItem> lines = lines(ev, "ann", "2027-Q1", "Bonus");
    assertEquals(
        "bookings 40,000.00 against quota 100,000.00 is below the first band (from 50%): nothing paid on base_salary",
        lines.get(lines.size() - 1).note(), dump(ev));
  }
}
