package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.check.CheckedPlan;
import compass.diag.Diagnostics;
import compass.result.TeamSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Team budgets (issue 15, the sales-budget plan): `budget earnings by team from budgets against
 * bookings scaled pro rata, remainder to largest`. Commission is 10% of each deal, so a deal of
 * 60,000 earns 6,000. When a team's earnings in a quarter exceed its budget, each member's are
 * multiplied by budget / total, rounded down to the cent, and the cents left over go to the largest
 * remainders (ties: participant id), so the team's total is exactly the budget.
 */
class TeamBudgetsTest {
  @TempDir Path dir;

  static final String PLAN =
      """
      plan "Budgets" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      input people from "people.csv":
        id: text
        team: text optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        close_date: date

      input budgets from "budgets.csv":
        team: text
        period: period
        amount: money

      credit deals to owner on close_date

      bookings = sum of amount

      budget earnings by team from budgets against bookings scaled pro rata, remainder to largest

      component "Commission":
        pay 10% of amount per deal
      """;

  static final String PEOPLE = "id,team\nann,east\nbob,east\ncy,east\ndee,\n";

  /** Commissions written `ann 6000, bob 4500`: each one deal in Q1 of 10 x the amount. */
  private static String dealsOf(String written) {
    StringBuilder s = new StringBuilder("id,owner,amount,close_date\n");
    int n = 1;
    for (String d : written.strip().split(", ")) {
      String[] p = d.split(" ");
      String amount = new java.math.BigDecimal(p[1]).movePointRight(1).toPlainString();
      s.append("D").append(n++).append(',').append(p[0]).append(',').append(amount);
      s.append(",2027-02-10\n");
    }
    return s.toString();
  }

  private Evaluation run(String budget, String earnings) {
    return runFiles(
        dir,
        PLAN,
        "people.csv",
        PEOPLE,
        "deals.csv",
        dealsOf(earnings),
        "budgets.csv",
        "team,period,amount\neast,2027-Q1," + budget + "\n");
  }

  @ParameterizedTest(name = "budget {0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # the worked example: 12,000 over 10,000: x 10,000 / 12,000 = 5/6, exact to the cent
      10000 | ann 6000, bob 4500, cy 1500 | ann 5000.00, bob 3750.00, cy 1250.00
      # cents left over: 150 over 100: 33.333... each, 33.33 x 3 = 99.99; the 0.01 to the first id
      100   | ann 50, bob 50, cy 50       | ann 33.34, bob 33.33, cy 33.33
      # largest remainder: 120 over 100: 8.333.., 16.666.., 75 -> 8.33 + 16.66 + 75.00 = 99.99;
      # bob's remainder (0.00666..) is the largest, so bob gets the cent
      100   | ann 10, bob 20, cy 90       | ann 8.33, bob 16.67, cy 75.00
      # two cents: 150 over 100 with 10, 70, 70: 6.666.., 46.666.., 46.666.. -> 6.66 + 46.66 + 46.66
      # = 99.98; the remainders tie (0.00666..), so the two cents go by id: ann, bob
      100   | ann 10, bob 70, cy 70       | ann 6.67, bob 46.67, cy 46.66
      # within the budget nothing is scaled: 12,000 <= 12,000
      12000 | ann 6000, bob 4500, cy 1500 | ann 6000.00, bob 4500.00, cy 1500.00
      # a budget of 0 pays no one in the team
      0     | ann 6000, bob 4500          | ann 0.00, bob 0.00
      # dee has no team: never scaled
      100   | ann 100, bob 100, dee 500   | ann 50.00, bob 50.00, dee 500.00
      """)
  void scalesTheTeamToItsBudget(String budget, String earnings, String expected) {
    Evaluation ev = run(budget, earnings);
    List<String> paid = new ArrayList<>();
    for (String who : List.of("ann", "bob", "cy", "dee")) {
      if (earnings.contains(who)) paid.add(who + " " + payout(ev, who, "2027-Q1").toPlainString());
    }
    assertEquals(expected, String.join(", ", paid), dump(ev));
  }

  /**
   * The worked example's lines: ann's commission 6,000 and a "Team budget" line of -1,000 that says
   * how it was computed; the statement adds them up to 5,000.
   */
  @Test
  void theBudgetLineSaysHowItWasScaled() {
    Evaluation ev = run("10000", "ann 6000, bob 4500, cy 1500");
    var lines = lines(ev, "ann", "2027-Q1", "Team budget");
    assertEquals(1, lines.size(), dump(ev));
    money("-1000.00", lines.get(0).amount());
    assertEquals(
        "team east earned 12,000.00 over its budget of 10,000.00: 6,000.00 x 10,000.00 /"
            + " 12,000.00 = 5,000.00",
        lines.get(0).note());
    money("5000.00", row(ev, "ann", "2027-Q1").earned());
  }

  /**
   * Cost of sales per team: east earned 12,000 before the budget and 10,000 after, on bookings of
   * 60,000 + 45,000 + 15,000 = 120,000: 10,000 / 120,000 = 8.333...%.
   */
  @Test
  void theTeamSummaryShowsCostOfSales() {
    Evaluation ev = run("10000", "ann 6000, bob 4500, cy 1500");
    TeamSummary q1 =
        ev.teams().stream().filter(t -> t.period().equals("2027-Q1")).findFirst().orElseThrow();
    assertEquals("east", q1.team());
    money("10000.00", q1.budget());
    money("12000.00", q1.beforeBudget());
    money("10000.00", q1.earned());
    money("120000.00", q1.bookings());
    exact("0.08333333333333333333333333333333333", q1.costOfSales(), "10,000 / 120,000");
    // Q2 has no budget row and nothing earned: no budget, no warning
    TeamSummary q2 =
        ev.teams().stream().filter(t -> t.period().equals("2027-Q2")).findFirst().orElseThrow();
    assertEquals(null, q2.budget());
    money("0.00", q2.earned());
  }

  /** W0121: a team that earned in a quarter with no budget row is not limited, and is told so. */
  @Test
  void aTeamWithNoBudgetIsWarnedAbout() {
    Evaluation ev =
        runFiles(
            dir,
            PLAN,
            "people.csv",
            PEOPLE,
            "deals.csv",
            "id,owner,amount,close_date\nD1,ann,60000,2027-05-10\n",
            "budgets.csv",
            "team,period,amount\neast,2027-Q1,10000\n");
    money("6000.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    assertEquals(1, ev.warnings().size(), ev.warnings().toString());
    assertEquals(
        "W0121 team east has no budget for 2027-Q2 in `budgets`: its earnings there (6,000.00) are"
            + " not limited",
        ev.warnings().get(0).code() + " " + ev.warnings().get(0).message());
  }

  /**
   * W0122: a budget row for a team no participant is in (a typo: `esat`) limits no one; ann's Q1
   * earnings of 10% x 60,000 = 6,000 are paid in full, and east's own row still applies.
   */
  @Test
  void aBudgetForATeamNoOneIsInIsWarnedAbout() {
    Evaluation ev =
        runFiles(
            dir,
            PLAN,
            "people.csv",
            PEOPLE,
            "deals.csv",
            "id,owner,amount,close_date\nD1,ann,60000,2027-02-10\n",
            "budgets.csv",
            "team,period,amount\neast,2027-Q1,10000\nesat,2027-Q1,500\nesat,2027-Q2,500\n");
    money("6000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    assertEquals(1, ev.warnings().size(), ev.warnings().toString());
    assertEquals(
        "W0122 no participant is in team esat, which has a budget in `budgets` (first on line 3):"
            + " that budget limits no one",
        ev.warnings().get(0).code() + " " + ev.warnings().get(0).message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      east,2027-Q1,-5                      | budgets.csv:2:14: error[E0615]: the budget of east in 2027-Q1 is below zero
      east,2027-Q1,100\\neast,2027-Q1,200  | budgets.csv:3:6: error[E0616]: a second budget row for east in 2027-Q1 (first on line 2)
      east,2027-03,100                     | budgets.csv:2:6: error[E0617]: `2027-03` is not a pay period of the plan (2027-Q1 to 2027-Q4)
      east,2026-Q4,100                     | budgets.csv:2:6: error[E0617]: `2026-Q4` is not a pay period of the plan (2027-Q1 to 2027-Q4)
      """)
  void budgetRowsThatCannotBeRight(String rows, String expected) {
    String errors =
        failFiles(
            dir,
            PLAN,
            "people.csv",
            PEOPLE,
            "deals.csv",
            dealsOf("ann 100"),
            "budgets.csv",
            "team,period,amount\n" + rows.replace("\\n", "\n") + "\n");
    assertEquals(expected + "\n", errors);
  }

  /** A what-if session re-evaluates the whole team: another member's new deal scales ann too. */
  @Test
  void everyoneIsReachedByADealUnderABudget() {
    write(dir, "p.comp", PLAN);
    write(dir, "people.csv", PEOPLE);
    write(dir, "deals.csv", dealsOf("ann 6000"));
    write(dir, "budgets.csv", "team,period,amount\neast,2027-Q1,10000\n");
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(dir.resolve("p.comp"), diags);
    assertTrue(plan != null, diags.all().toString());
    var data = Compass.loadData(plan, dir, diags);
    Workbench bench = Workbench.prepare(plan, data.people(), data.deals(), data.others());
    assertEquals(List.of("ann", "bob", "cy", "dee"), bench.reach(0));
  }
}
