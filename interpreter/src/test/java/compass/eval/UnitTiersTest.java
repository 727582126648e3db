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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Amounts per unit of a count (issue 15 point 3): "250 per deal for deals 1-3, 400 per deal for
 * deals 4-6, 500 per deal from the 7th" is {@link #LADDER}. The k-th credited deal of the period
 * (crediting order, then id) is paid the amount of the band holding k; each deal is its own line.
 */
class UnitTiersTest {
  @TempDir Path dir;

  static final String LADDER =
      "marginal tiers on count of deals ;; from 1 pay 250 per deal ;; from 4 pay 400 per deal ;; from 7 pay 500 per deal";

  private static String plan(String header, String table) {
    String[] lines = table.strip().replace("LADDER", LADDER).split(" ;; ");
    StringBuilder s =
        new StringBuilder(
            standard(
                "large = count of deals where amount >= 50_000\n\ncomponent \"Deal bonus\""
                    + header
                    + ":\n"));
    s.append("  ").append(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) {
      String indent = lines[i].startsWith("cap ") ? "  " : "    ";
      s.append(indent).append(lines[i]).append('\n');
    }
    return s.toString();
  }

  /** N deals D1, D2 ... of 60,000 each, or deals written `A 60000`, on consecutive days of Feb. */
  private static String dealsOf(String written) {
    List<String> rows = new ArrayList<>();
    if (written == null) return deals();
    if (written.strip().matches("\\d+")) {
      int n = Integer.parseInt(written.strip());
      for (int i = 1; i <= n; i++) rows.add(won("D" + i, "60000", "2027-02-" + (9 + i)));
    } else {
      int day = 10;
      for (String d : written.strip().split(", ")) {
        String[] p = d.split(" ");
        rows.add(won(p[0], p[1], "2027-02-" + day++));
      }
    }
    return deals(rows.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0} | {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # the worked example: 5 deals -> 3 x 250 + 2 x 400
      LADDER | 5 | 1550.00 | 750 + 800
      LADDER | 3 | 750.00  | 3 x 250
      LADDER | 8 | 2950.00 | 3 x 250 + 3 x 400 + 2 x 500
      LADDER |   | 0.00    | no deals
      # `to` ends a band before the number it names, as every band does
      marginal tiers on count of deals ;; from 1 to 4 pay 250 per deal ;; from 4 to 7 pay 400 per deal ;; from 7 pay 500 per deal | 5 | 1550.00 | the same table
      # a first band from the 3rd deal: deals 1 and 2 pay nothing; 5 deals -> 3 x 100
      marginal tiers on count of deals ;; from 3 pay 100 per deal | 5 | 300.00 | deals 3, 4, 5
      # retroactive: the band of the last deal pays every deal: 5 -> 5 x 400; 4 -> 4 x 400; 3 -> 3 x 250
      retroactive tiers on count of deals ;; from 1 pay 250 per deal ;; from 4 pay 400 per deal | 5 | 2000.00 | 5 x 400
      retroactive tiers on count of deals ;; from 1 pay 250 per deal ;; from 4 pay 400 per deal | 4 | 1600.00 | 4 x 400
      retroactive tiers on count of deals ;; from 1 pay 250 per deal ;; from 4 pay 400 per deal | 3 | 750.00  | 3 x 250
      # mixed: deals 1-6 retroactive, from the 7th marginal: 8 -> 6 x 400 + 2 x 500; 5 -> 5 x 400
      mixed tiers on count of deals ;; from 1 pay 250 per deal retroactive ;; from 4 pay 400 per deal retroactive ;; from 7 pay 500 per deal marginal | 8 | 3400.00 | 2,400 + 1,000
      mixed tiers on count of deals ;; from 1 pay 250 per deal retroactive ;; from 4 pay 400 per deal retroactive ;; from 7 pay 500 per deal marginal | 5 | 2000.00 | 5 x 400
      # a count through a definition, with a filter: A, C, D, E count (B is under 50,000): 3 x 250 + 400
      marginal tiers on large ;; from 1 pay 250 per deal ;; from 4 pay 400 per deal | A 60000, B 10000, C 70000, D 80000, E 90000 | 1150.00 | 4 counted
      # a cap after the table: 1,550 capped at 1,000
      LADDER ;; cap 1_000 | 5 | 1000.00 | capped
      """)
  void pays(String table, String deals, String expected, String why) {
    Evaluation ev = run(dir, plan("", table), ONE_AE, dealsOf(deals));
    money(expected, payout(ev, "ann", "2027-Q1"), why + "\n" + dump(ev));
  }

  /** Each deal is its own line, with its ordinal and its band's amount; they add up to 1,550. */
  @Test
  void eachDealIsALineSayingItsNumber() {
    Evaluation ev = run(dir, plan("", LADDER), ONE_AE, dealsOf("5"));
    List<LineItem> lines = lines(ev, "ann", "2027-Q1", "Deal bonus");
    List<String> shown = new ArrayList<>();
    for (LineItem l : lines)
      if (!l.deal().isEmpty()) shown.add(l.deal() + " " + l.amount() + " " + l.note());
    assertEquals(
        List.of(
            "D1 250.00 deal 1 of the quarter: 250.00 per deal (band from 1)",
            "D2 250.00 deal 2 of the quarter: 250.00 per deal (band from 1)",
            "D3 250.00 deal 3 of the quarter: 250.00 per deal (band from 1)",
            "D4 400.00 deal 4 of the quarter: 400.00 per deal (band from 4)",
            "D5 400.00 deal 5 of the quarter: 400.00 per deal (band from 4)"),
        shown,
        dump(ev));
    money("1550.00", MixedTiersTest.sum(lines), dump(ev));
    String rest = lines.get(lines.size() - 1).note();
    assertEquals(
        true,
        rest.contains(
            "marginal tiers on count of deals 5: 3 deals x 250.00 (band from 1) + 2 deals x 400.00"
                + " (band from 4) = 1,550.00"),
        rest);
  }

  /**
   * Retroactive per deal: the 4th deal lifts the first three from 250 to 400, so its line is 4 x
   * 400 - 3 x 250 = 1,600 - 750 = 850.
   */
  @Test
  void aRetroactiveDealLineShowsBothTotals() {
    Evaluation ev =
        run(
            dir,
            plan(
                "",
                "retroactive tiers on count of deals ;; from 1 pay 250 per deal ;; from 4 pay 400 per deal"),
            ONE_AE,
            dealsOf("4"));
    money("850.00", attribution(ev, "ann", "2027-Q1", "Deal bonus", "D4"), dump(ev));
    LineItem d4 =
        lines(ev, "ann", "2027-Q1", "Deal bonus").stream()
            .filter(l -> l.deal().equals("D4"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "deal 4 of the quarter: 1,600.00 on 4 [4 deals x 400.00 (band from 4)] after it - 750.00"
            + " on 3 [3 deals x 250.00 (band from 1)] before it = 850.00",
        d4.note());
  }

  /**
   * `cumulative over year`: deals are numbered over the year to date. Q1: 5 deals -> 1,550. Q2: 3
   * deals, the 6th to 8th of the year: 400 + 500 + 500 = 1,400 (year to date 2,950 - 1,550).
   */
  @Test
  void cumulativeNumbersTheDealsOfTheYear() {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 5; i++) rows.add(won("Q1-" + i, "60000", "2027-02-1" + i));
    for (int i = 1; i <= 3; i++) rows.add(won("Q2-" + i, "60000", "2027-05-1" + i));
    Evaluation ev =
        run(dir, plan(" cumulative over year", LADDER), ONE_AE, deals(rows.toArray(String[]::new)));
    money("1550.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("1400.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    LineItem sixth =
        lines(ev, "ann", "2027-Q2", "Deal bonus").stream()
            .filter(l -> l.deal().equals("Q2-1"))
            .findFirst()
            .orElseThrow();
    money("400.00", sixth.amount(), dump(ev));
    assertEquals("deal 6 of the year to date: 400.00 per deal (band from 4)", sixth.note());
  }

  /**
   * A clawback reverses a cancelled deal's line as any per-deal commission: D5 (the 5th deal, 400)
   * is cancelled on 2027-04-15, 60 days after it was credited (2027-02-15): a -400 line in Q2.
   */
  @Test
  void aCancelledDealsLineIsReversed() {
    String plan =
        bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
            + """
            input people from "people.csv":
              id: text

            input deals from "deals.csv":
              id: text
              owner: person
              amount: money
              stage: stage
              close_date: date
              cancel_date: date optional

            credit deals where stage is closed_won to owner on close_date
            clawback cancelled deals within 90 days on cancel_date

            component "Deal bonus":
              marginal tiers on count of deals
                from 1 pay 250 per deal
                from 4 pay 400 per deal
            """;
    StringBuilder deals = new StringBuilder("id,owner,amount,stage,close_date,cancel_date\n");
    for (int i = 1; i <= 5; i++)
      deals
          .append("D")
          .append(i)
          .append(",ann,60000,closed_won,2027-02-1")
          .append(i)
          .append(i == 5 ? ",2027-04-15\n" : ",\n");
    Evaluation ev = runFiles(dir, plan, "people.csv", "id\nann\n", "deals.csv", deals.toString());
    money("1550.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    BigDecimal reversed =
        ev.lines().stream()
            .filter(l -> l.period().equals("2027-Q2") && l.deal().equals("D5"))
            .map(LineItem::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    money("-400.00", reversed, dump(ev));
    // nothing else earned in Q2: the -400 is carried as owed, not paid as negative cash
    money("-400.00", row(ev, "ann", "2027-Q2").earned(), dump(ev));
  }

  /**
   * Another credit source: held meetings numbered in meeting-date order, 40 per meeting for the 1st
   * and 2nd, 60 from the 3rd. M1, M2, M4, M5 are held (M3 is not, so it is not counted): 2 x 40 + 2
   * x 60 = 200; M4 is the 3rd meeting held. The same whether the count is a definition or written
   * on the table's first line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"meetings_held", "count of meetings"})
  void onAnotherSourceTheRowsAreItsOwn(String base) {
    String plan =
        bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
            + """
            input people from "people.csv":
              id: text

            input deals from "deals.csv":
              id: text
              owner: person
              amount: money
              stage: stage
              close_date: date

            input meetings from "meetings.csv":
              id: text
              booked_by: person
              status: text
              meeting_date: date

            credit deals where stage is closed_won to owner on close_date
            credit meetings where status is held to booked_by on meeting_date

            meetings_held = count of meetings

            component "Meeting ladder":
              marginal tiers on BASE
                from 1 pay 40 per meeting
                from 3 pay 60 per meeting
            """
                .replace("BASE", base);
    String meetings =
        "id,booked_by,status,meeting_date\n"
            + "M1,sam,held,2027-01-05\n"
            + "M2,sam,held,2027-01-06\n"
            + "M3,sam,no_show,2027-01-07\n"
            + "M4,sam,held,2027-01-08\n"
            + "M5,sam,held,2027-01-09\n";
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id\nsam\n",
            "deals.csv",
            "id,owner,amount,stage,close_date\n",
            "meetings.csv",
            meetings);
    money("200.00", payout(ev, "sam", "2027-Q1"), dump(ev));
    LineItem m4 =
        lines(ev, "sam", "2027-Q1", "Meeting ladder").stream()
            .filter(l -> l.deal().equals("M4"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(dump(ev)));
    money("60.00", m4.amount(), dump(ev));
    assertEquals("meeting 3 of the quarter: 60.00 per meeting (band from 3)", m4.note());
  }
}
