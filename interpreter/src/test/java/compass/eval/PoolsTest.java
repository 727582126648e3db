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
 * SPIF pools (issue 15, the new-product plan): `pay 500 per deal` then `from pool P [per UNIT] in
 * close_date order`. Across all participants, deals are taken by close date, then deal id; each is
 * paid its 500 while the pool lasts, the deal that exhausts it gets what is left, later deals 0.
 * Quarterly plan, calendar 2027; ann and bob are AEs, cy an SDR.
 */
class PoolsTest {
  @TempDir Path dir;

  private static final String PEOPLE =
      "id,role,target_incentive\nann,ae,20000\nbob,ae,20000\ncy,sdr,10000\n";

  private static String plan(String pool) {
    return header("USD", "quarterly", "2027-01-01 to 2027-12-31")
        + "component \"Launch SPIF\" for role ae:\n  pay 500 per deal where term_months >= 12\n  "
        + pool
        + "\n";
  }

  /** Deals written `D1 ann 2027-01-03`: id, owner, close date; 12 months, won, 10,000. */
  private static String dealsOf(String written) {
    List<String> rows = new ArrayList<>();
    for (String d : written.strip().split(", ")) {
      String[] p = d.split(" ");
      int term = p.length > 3 ? Integer.parseInt(p[3]) : 12;
      rows.add(deal(p[0], p[1], "10000", "closed_won", p[2], term));
    }
    return deals(rows.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # the worked example: pool 1,200: D1 500 (700 left), D2 500 (200 left), D3 the last 200, D4 0
      from pool 1_200 in close_date order | D1 ann 2027-01-03, D2 bob 2027-01-05, D3 ann 2027-01-09, D4 bob 2027-02-01 | D1 500.00, D2 500.00, D3 200.00, D4 0.00
      # the file's order does not matter: by close date, D3 (Jan 9) before D4 (Feb 1)
      from pool 1_200 in close_date order | D4 bob 2027-02-01, D3 ann 2027-01-09, D2 bob 2027-01-05, D1 ann 2027-01-03 | D1 500.00, D2 500.00, D3 200.00, D4 0.00
      # one day: by deal id, so D1 before D2 before D3
      from pool 1_000 in close_date order | D3 ann 2027-01-05, D2 bob 2027-01-05, D1 ann 2027-01-05 | D1 500.00, D2 500.00, D3 0.00
      # a pool exactly spent: the third deal gets 0 (nothing left), not a remainder
      from pool 1_000 in close_date order | D1 ann 2027-01-03, D2 bob 2027-01-05, D3 ann 2027-01-09 | D1 500.00, D2 500.00, D3 0.00
      # deals that do not qualify (`where term_months >= 12`) take nothing: D2 has no line, D3 gets 500
      from pool 1_000 in close_date order | D1 ann 2027-01-03, D2 bob 2027-01-05 6, D3 ann 2027-01-09 | D1 500.00, D3 500.00
      # an SDR's deal (the component is for role ae) takes nothing either
      from pool 1_000 in close_date order | D1 cy 2027-01-02, D2 ann 2027-01-03, D3 bob 2027-01-05 | D2 500.00, D3 500.00
      # a pool per quarter starts again in Q2: D3 gets 0 in Q1, D4 a full 500 from Q2's pool
      from pool 1_000 per quarter in close_date order | D1 ann 2027-01-03, D2 bob 2027-02-05, D3 ann 2027-03-09, D4 bob 2027-04-02 | D1 500.00, D2 500.00, D3 0.00, D4 500.00
      # ... one pool for the year: D4 in Q2 finds it spent
      from pool 1_000 in close_date order | D1 ann 2027-01-03, D2 bob 2027-02-05, D3 ann 2027-03-09, D4 bob 2027-04-02 | D1 500.00, D2 500.00, D3 0.00, D4 0.00
      # a pool larger than what is claimed pays every deal in full
      from pool 20_000 in close_date order | D1 ann 2027-01-03, D2 bob 2027-06-05 | D1 500.00, D2 500.00
      # cents: pool 1,000.01 leaves 0.01 for the third deal
      from pool 1_000.01 in close_date order | D1 ann 2027-01-03, D2 bob 2027-01-05, D3 ann 2027-01-09 | D1 500.00, D2 500.00, D3 0.01
      """)
  void sharesThePoolInDateOrder(String pool, String deals, String expected) {
    Evaluation ev = run(dir, plan(pool), PEOPLE, dealsOf(deals));
    List<String> paid = new ArrayList<>();
    for (LineItem l : ev.lines())
      if (l.component().equals("Launch SPIF") && !l.deal().isEmpty())
        paid.add(l.deal() + " " + l.amount().toPlainString());
    paid.sort(null);
    assertEquals(expected, String.join(", ", paid), dump(ev));
  }

  /**
   * The worked example, statements: ann D1 500 + D3 200 = 700; bob D2 500 + D4 0 = 500; the lines
   * add up to the pool, 1,200.
   */
  @Test
  void statementsAddUpToThePool() {
    Evaluation ev =
        run(
            dir,
            plan("from pool 1_200 in close_date order"),
            PEOPLE,
            dealsOf("D1 ann 2027-01-03, D2 bob 2027-01-05, D3 ann 2027-01-09, D4 bob 2027-02-01"));
    money("700.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("500.00", payout(ev, "bob", "2027-Q1"), dump(ev));
  }

  /**
   * Each deal's note says what it claimed (500, not the component's total) and what the pool paid.
   */
  @Test
  void eachLineSaysWhatThePoolPaid() {
    Evaluation ev =
        run(
            dir,
            plan("from pool 1_200 in close_date order"),
            PEOPLE,
            dealsOf("D1 ann 2027-01-03, D2 bob 2027-01-05, D3 ann 2027-01-09, D4 bob 2027-02-01"));
    assertEquals(
        "500 per deal where term_months >= 12 = 500.00; pool of 1,200.00: 500.00 paid,"
            + " 700.00 left",
        note(ev, "D1"));
    assertEquals(
        "500 per deal where term_months >= 12 = 500.00; pool of 1,200.00: its last 200.00 of"
            + " 500.00 paid; pool spent",
        note(ev, "D3"));
    assertEquals(
        "500 per deal where term_months >= 12 = 500.00; pool of 1,200.00 spent: 0.00 of"
            + " 500.00 paid",
        note(ev, "D4"));
  }

  /** A pool per quarter names the quarter it drew from. */
  @Test
  void aPoolPerQuarterNamesItsQuarter() {
    Evaluation ev =
        run(
            dir,
            plan("from pool 500 per quarter in close_date order"),
            PEOPLE,
            dealsOf("D1 ann 2027-04-03"));
    assertEquals(
        "500 per deal where term_months >= 12 = 500.00; pool of 500.00 per quarter (2027-Q2):"
            + " 500.00 paid, 0.00 left",
        note(ev, "D1"));
  }

  /**
   * SEMANTICS 11 with a pool: D1 (ann, Jan 20) took 500, D2 (bob, Jan 25) 500, D3 (ann, Feb 1)
   * found the pool of 1,000 spent. D1 is cancelled on Apr 10, within 90 days: ann's 500 is clawed
   * back in Q2 (-500), and the pool is not refilled: D3 stays at 0, paid in the order it came.
   */
  @Test
  void aCancelledDealIsClawedBackAndThePoolIsNotRefilled() {
    String plan =
        header("USD", "quarterly", "2027-01-01 to 2027-12-31")
                .replace(
                    "  term_months: integer\n",
                    "  term_months: integer\n  cancel_date: date optional\n")
            + "clawback cancelled deals within 90 days on cancel_date\n\n"
            + "component \"Launch SPIF\" for role ae:\n  pay 500 per deal\n"
            + "  from pool 1_000 in close_date order\n";
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            PEOPLE,
            "deals.csv",
            "id,owner,amount,stage,close_date,term_months,cancel_date\n"
                + "D1,ann,10000,closed_won,2027-01-20,12,2027-04-10\n"
                + "D2,bob,10000,closed_won,2027-01-25,12,\n"
                + "D3,ann,10000,closed_won,2027-02-01,12,\n");
    money("500.00", payout(ev, "ann", "2027-Q1"), dump(ev)); // D1 500 + D3 0
    money("500.00", payout(ev, "bob", "2027-Q1"), dump(ev));
    money("-500.00", lineTotal(ev, "ann", "2027-Q2", "Launch SPIF"), dump(ev));
  }

  /**
   * A split deal makes one claim per participant, at their share (SEMANTICS 3: `pay 500 per deal`
   * pays 500 x share), taken in participant id order: D1 (Jan 3) split 60% bob, 40% ann: ann claims
   * 200, bob 300. Pool 400: ann's 200 is paid (200 left), bob's 300 gets the last 200.
   */
  @Test
  void aSplitDealMakesOneClaimPerParticipant() {
    String plan =
        bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
            + "input people from \"people.csv\":\n  id: text\n\n"
            + "input deals from \"deals.csv\":\n  id: text\n  owner: person\n  second: person\n"
            + "  owner_share: percent\n  second_share: percent\n  amount: money\n"
            + "  close_date: date\n\n"
            + "credit deals to owner share owner_share, second share second_share on close_date\n\n"
            + "component \"Launch SPIF\":\n  pay 500 per deal\n"
            + "  from pool 400 in close_date order\n";
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id\nann\nbob\n",
            "deals.csv",
            "id,owner,second,owner_share,second_share,amount,close_date\n"
                + "D1,bob,ann,60%,40%,10000,2027-01-03\n");
    money("400.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("0.00", payout(ev, "bob", "2027-Q1"), dump(ev));
  }

  private static String note(Evaluation ev, String deal) {
    return ev.lines().stream().filter(l -> l.deal().equals(deal)).findFirst().orElseThrow().note();
  }
}
