package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.result.LineItem;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * `first deal of account`: the earliest credited deal of each account (by crediting date, then id),
 * whoever it is credited to, over the plan year; and its misuse, one diagnostic each.
 */
class FirstDealTest {
  @TempDir Path dir;

  private static final String PLAN =
      bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
          + """
      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        account: text optional
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date

      new_logos = count of deals where first deal of account

      component "New logo bonus":
        pay 1_000 per deal where first deal of account
      """;

  // acme: D2 (bob, Jan 15) is before D1 (ann, Feb 10): bob's, whoever owns the later one.
  // beta: D3 and D4 close the same day; D3 < D4 by id: ann's.
  // gamma: D5 was lost (never credited), so the first credited is D6 (ann, Apr 10, Q2).
  // D7 has no account: it is the first of nothing.
  private static final String DEALS =
      """
      id,owner,account,amount,stage,close_date
      D1,ann,acme,10000,closed_won,2027-02-10
      D2,bob,acme,20000,closed_won,2027-01-15
      D3,ann,beta,5000,closed_won,2027-03-01
      D4,bob,beta,5000,closed_won,2027-03-01
      D5,ann,gamma,7000,closed_lost,2027-01-02
      D6,ann,gamma,7000,closed_won,2027-04-10
      D7,bob,,3000,closed_won,2027-01-20
      """;

  @Test
  void theEarliestCreditedDealOfEachAccountWhoeverOwnsIt() {
    Evaluation ev =
        runFiles(dir, PLAN, "people.csv", "id,role\nann,ae\nbob,ae\n", "deals.csv", DEALS);
    // ann Q1: D3 only (D1 is acme's second) -> 1 x 1,000; ann Q2: D6 -> 1,000
    money("1000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    assertEquals(
        "D3",
        lines(ev, "ann", "2027-Q1", "New logo bonus").stream()
            .map(LineItem::deal)
            .collect(Collectors.joining(",")));
    money("1000.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    // bob Q1: D2 (acme) -> 1,000; D4 is beta's second, D7 has no account
    money("1000.00", payout(ev, "bob", "2027-Q1"), dump(ev));
    assertEquals(
        "D2",
        lines(ev, "bob", "2027-Q1", "New logo bonus").stream()
            .map(LineItem::deal)
            .collect(Collectors.joining(",")));
    money("0.00", payout(ev, "bob", "2027-Q2"), dump(ev));
  }

  @Test
  void aSplitDealCountsOnceAndPaysEachShareHolder() {
    String plan =
        PLAN.replace(
                "account: text optional\n",
                "account: text optional\n  sdr: person optional\n  sdr_share: percent optional\n  owner_share: percent optional\n")
            .replace(
                "to owner on close_date",
                "to owner share owner_share, sdr share sdr_share on close_date");
    String deals =
        """
        id,owner,account,amount,stage,close_date,sdr,sdr_share,owner_share
        D1,ann,acme,10000,closed_won,2027-02-10,bob,40%,60%
        D2,ann,acme,10000,closed_won,2027-03-10,bob,40%,60%
        """;
    Evaluation ev =
        runFiles(dir, plan, "people.csv", "id,role\nann,ae\nbob,ae\n", "deals.csv", deals);
    // D1 is acme's first; both ann and bob are credited with it and `per deal` pays each 1,000
    money("1000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("1000.00", payout(ev, "bob", "2027-Q1"), dump(ev));
  }

  private String errors(String plan) {
    Diagnostics diags = checkOnly(dir, plan);
    return diags.all().stream()
        .filter(Diagnostic::isError)
        .map(d -> d.code().id() + " " + d.message() + (d.hint() == null ? "" : " | " + d.hint()))
        .collect(Collectors.joining("\n"));
  }

  @TestFactory
  Stream<DynamicTest> misuse() {
    String[][] cases = {
      {"count of deals where first deal of account", ""},
      {
        "count of deals where first deal of acount",
        "E0465 `deals` has no field `acount` | did you mean `account`?"
      },
      {
        "count of deals where first deal of amount",
        "E0466 `first deal of` groups deals by a text or person field, but `amount` is money |"
            + " name the field that says whose the deal is, e.g. `first deal of account`"
      },
      {"count of deals where first deal of owner", ""},
      {
        "count of deals where first meeting of account",
        "E0469 `first meeting of`: the rows looked at here are deals | write `first deal of"
            + " account`"
      },
    };
    return Stream.of(cases)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c[0], () -> assertEquals(c[1], errors(PLAN + "\nfirsts = " + c[0] + "\n"))));
  }

  @Test
  void notWhereNoDealIsLookedAt() {
    String plan = PLAN + "\ncomponent \"Bonus\":\n  pay 500 if first deal of account\n";
    String out = errors(plan);
    assertTrue(out.startsWith("E0467 `first deal of account` is about one deal"), out);
  }

  @Test
  void notInACreditRule() {
    String plan =
        PLAN.replace(
            "credit deals where stage is closed_won to",
            "credit deals where stage is closed_won and first deal of account to");
    assertEquals(
        "E0468 `first deal of` is decided among the credited deals, so it cannot choose which"
            + " deals are credited | credit the deals, then pay on the first: `pay 1_000 per deal"
            + " where first deal of account`",
        errors(plan));
  }

  @Test
  void fmtKeepsIt() {
    String text = PLAN.replace("where first deal of account\n", "where first   deal of  account\n");
    Diagnostics diags = new Diagnostics();
    String once =
        compass.format.Formatter.format(new compass.source.SourceFile("p.comp", text), diags);
    assertTrue(once.contains("  pay 1_000 per deal where first deal of account\n"), once);
    assertEquals(
        once,
        compass.format.Formatter.format(new compass.source.SourceFile("p.comp", once), diags));
  }
}
