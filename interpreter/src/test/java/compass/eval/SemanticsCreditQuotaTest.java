package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked examples of SEMANTICS.md sections 3 (credit) and 4 (quota and attainment). */
class SemanticsCreditQuotaTest {
  @TempDir Path dir;

  // ---- SEMANTICS 3 ------------------------------------------------------------------------

  private static final String SPLIT_INPUTS =
      """
      input people from "people.csv":
        id: text
        role: text
        manager: person optional

      input deals from "deals.csv":
        id: text
        owner: person
        second: person optional
        owner_share: percent
        second_share: percent
        amount: money
        stage: stage
        close_date: date

      """;

  private static final String SPLIT_PEOPLE = "id,role,manager\nann,ae,\nbob,ae,\n";
  private static final String SPLIT_DEALS_HEADER =
      "id,owner,second,owner_share,second_share,amount,stage,close_date\n";

  /**
   * A plan crediting {@code rule}; a "Credit probe" component pays the credited bookings as its
   * line.
   */
  private static String creditPlan(String rule, String definitionsAndComponents) {
    return bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
        + SPLIT_INPUTS
        + rule
        + "\n\n"
        + "bookings = sum of amount\n\n"
        + definitionsAndComponents;
  }

  private static final String PROBE =
      """
      component "Credit probe":
        pay bookings
      """;

  @Test
  @DisplayName(
      "SEMANTICS 3: deal D1 of 90,000 split 60/40 between ann and bob credits 54,000 to ann and 36,000 to bob")
  void splitSixtyForty() {
    String plan =
        creditPlan(
            "credit deals where stage is closed_won to owner share owner_share, second share second_share on close_date",
            PROBE + "\ncomponent \"Commission\":\n  pay bookings * 1%\n");
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            SPLIT_PEOPLE,
            "deals.csv",
            SPLIT_DEALS_HEADER + "D1,ann,bob,60%,40%,90000,closed_won,2027-02-10\n");
    money("54000.00", lineTotal(ev, "ann", "2027-Q1", "Credit probe"), dump(ev));
    money("36000.00", lineTotal(ev, "bob", "2027-Q1", "Credit probe"), dump(ev));
    money("540.00", lineTotal(ev, "ann", "2027-Q1", "Commission"), dump(ev));
    money("360.00", lineTotal(ev, "bob", "2027-Q1", "Commission"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 3: shares that do not add up to 100% are an error naming the deal, never silently normalised")
  void sharesNotAddingUpAreAnError() {
    String plan =
        creditPlan(
            "credit deals where stage is closed_won to owner share owner_share, second share second_share on close_date",
            PROBE);
    String errors =
        failFiles(
            dir,
            plan,
            "people.csv",
            SPLIT_PEOPLE,
            "deals.csv",
            SPLIT_DEALS_HEADER
                + "OK1,ann,bob,60%,40%,90000,closed_won,2027-02-10\n"
                + "D7,ann,bob,60%,30%,90000,closed_won,2027-02-11\n");
    assertTrue(errors.contains("D7"), () -> "the error names the deal D7:\n" + errors);
  }

  @Test
  @DisplayName(
      "SEMANTICS 3: `overlay`: a specialist and an AE are each credited in full (90,000 each)")
  void overlayCreditsEachInFull() {
    String plan =
        creditPlan(
            "credit deals where stage is closed_won to owner, second overlay on close_date", PROBE);
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            SPLIT_PEOPLE,
            "deals.csv",
            SPLIT_DEALS_HEADER + "D1,ann,bob,0%,0%,90000,closed_won,2027-02-10\n");
    money("90000.00", lineTotal(ev, "ann", "2027-Q1", "Credit probe"), dump(ev));
    money("90000.00", lineTotal(ev, "bob", "2027-Q1", "Credit probe"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 3: commission base of a split is the split amount: SDR share 15% of 100,000 at 2% pays 300, not 2,000; quota credit is the full 100,000")
  void sdrShareCommissionBase() {
    String plan =
        creditPlan(
            "credit deals where stage is closed_won to owner share owner_share, second share second_share on close_date",
            """
        quota_credit = sum of full amount

        component "SDR commission":
          pay bookings * 2%

        component "Quota credit probe":
          pay quota_credit
        """);
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id,role,manager\nann,ae,\nsam,sdr,\n",
            "deals.csv",
            SPLIT_DEALS_HEADER + "D1,ann,sam,85%,15%,100000,closed_won,2027-02-10\n");
    money("300.00", lineTotal(ev, "sam", "2027-Q1", "SDR commission"), dump(ev));
    money("1700.00", lineTotal(ev, "ann", "2027-Q1", "SDR commission"), dump(ev));
    money("100000.00", lineTotal(ev, "sam", "2027-Q1", "Quota credit probe"), dump(ev));
    money("100000.00", lineTotal(ev, "ann", "2027-Q1", "Quota credit probe"), dump(ev));
  }

  private static final String CHAIN_PEOPLE =
      "id,role,manager\nann,ae,mia\nmia,manager,vic\nvic,vp,\n";
  private static final String CHAIN_DEALS =
      SPLIT_DEALS_HEADER + "D1,ann,,100%,0%,90000,closed_won,2027-02-10\n";

  @Test
  @DisplayName(
      "SEMANTICS 3: roll up one level: ann's deal of 90,000 is also credited to her manager mia, not to mia's manager vic")
  void rollUpOneLevel() {
    String plan =
        creditPlan(
            "credit deals where stage is closed_won to owner on close_date roll up one level",
            PROBE);
    Evaluation ev = runFiles(dir, plan, "people.csv", CHAIN_PEOPLE, "deals.csv", CHAIN_DEALS);
    money("90000.00", lineTotal(ev, "ann", "2027-Q1", "Credit probe"), dump(ev));
    money("90000.00", lineTotal(ev, "mia", "2027-Q1", "Credit probe"), dump(ev));
    money("0.00", lineTotal(ev, "vic", "2027-Q1", "Credit probe"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 3: roll up all levels: ann's deal of 90,000 is credited to mia and to vic")
  void rollUpAllLevels() {
    String plan =
        creditPlan(
            "credit deals where stage is closed_won to owner on close_date roll up all levels",
            PROBE);
    Evaluation ev = runFiles(dir, plan, "people.csv", CHAIN_PEOPLE, "deals.csv", CHAIN_DEALS);
    money("90000.00", lineTotal(ev, "ann", "2027-Q1", "Credit probe"), dump(ev));
    money("90000.00", lineTotal(ev, "mia", "2027-Q1", "Credit probe"), dump(ev));
    money("90000.00", lineTotal(ev, "vic", "2027-Q1", "Credit probe"), dump(ev));
  }

  @Test
  @DisplayName("SEMANTICS 3: a cycle in the manager chain is an error naming the people involved")
  void managerCycleIsAnError() {
    String plan =
        creditPlan(
            "credit deals where stage is closed_won to owner on close_date roll up all levels",
            PROBE);
    String errors =
        failFiles(
            dir,
            plan,
            "people.csv",
            "id,role,manager\nann,ae,mia\nmia,manager,vic\nvic,vp,mia\n",
            "deals.csv",
            CHAIN_DEALS);
    assertTrue(
        errors.contains("mia") && errors.contains("vic"),
        () -> "the error names mia and vic:\n" + errors);
  }

  @Test
  @DisplayName("SEMANTICS 3: every input deal is accounted for: credited + excluded = input")
  void reconciliation() {
    String plan =
        creditPlan("credit deals where stage is closed_won to owner on close_date", PROBE);
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            SPLIT_PEOPLE,
            "deals.csv",
            SPLIT_DEALS_HEADER
                + "D1,ann,,100%,0%,90000,closed_won,2027-02-10\nD2,ann,,100%,0%,10000,closed_lost,2027-02-11\n"
                + "D3,bob,,100%,0%,5000,prospecting,2027-03-01\n");
    money("90000.00", lineTotal(ev, "ann", "2027-Q1", "Credit probe"), dump(ev));
    assertEquals(3, ev.reconciliation().read(), ev.reconciliation().toString());
    assertEquals(1, ev.reconciliation().credited(), ev.reconciliation().toString());
    assertEquals(2, ev.reconciliation().excludedCount(), ev.reconciliation().toString());
  }

  // ---- SEMANTICS 4 ------------------------------------------------------------------------

  private static final String TENURE_INPUTS =
      """
      input people from "people.csv":
        id: text
        role: text
        start_date: date optional
        end_date: date optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date

      """;

  private static final String NO_DEALS = "id,owner,amount,stage,close_date\n";

  private static String quotaProbe(String pays, String quotaAndRules) {
    return bare("USD", pays, "2027-01-01 to 2027-12-31")
        + TENURE_INPUTS
        + quotaAndRules
        + """

        component "Quota probe":
          pay quota
        """;
  }

  @Test
  @DisplayName(
      "SEMANTICS 4: ramp 0%, 50%, 100%, monthly quota 20,000, start 2027-01-15: quota January 0, February 10,000, March onwards 20,000")
  void rampThirtySixtyNinety() {
    String plan =
        quotaProbe("monthly", "ramp new hires 0%, 50%, 100%\nquota = 20_000 USD per month\n");
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id,role,start_date,end_date\nann,ae,2027-01-15,\n",
            "deals.csv",
            NO_DEALS);
    money("0.00", lineTotal(ev, "ann", "2027-01", "Quota probe"), dump(ev));
    money("10000.00", lineTotal(ev, "ann", "2027-02", "Quota probe"), dump(ev));
    money("20000.00", lineTotal(ev, "ann", "2027-03", "Quota probe"), dump(ev));
    money("20000.00", lineTotal(ev, "ann", "2027-04", "Quota probe"), dump(ev));
    money("20000.00", lineTotal(ev, "ann", "2027-12", "Quota probe"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 4: proration: quarterly quota 90,000, Q1 2027 has 90 days, start 2027-02-15 (active 45 days): quota 45,000")
  void prorationByActiveDays() {
    String plan = quotaProbe("quarterly", "quota = 90_000 USD per quarter\n");
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id,role,start_date,end_date\nann,ae,2027-02-15,\n",
            "deals.csv",
            NO_DEALS);
    money("45000.00", lineTotal(ev, "ann", "2027-Q1", "Quota probe"), dump(ev));
    money("90000.00", lineTotal(ev, "ann", "2027-Q2", "Quota probe"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 4 (derived): an end date inside the period prorates too: end 2027-02-14 (active 45 of 90 days): quota 45,000")
  void prorationByEndDate() {
    String plan = quotaProbe("quarterly", "quota = 90_000 USD per quarter\n");
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id,role,start_date,end_date\nann,ae,,2027-02-14\n",
            "deals.csv",
            NO_DEALS);
    money("45000.00", lineTotal(ev, "ann", "2027-Q1", "Quota probe"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 4: quota from a quotas table; the quota of a longer span is the sum of its period quotas (Jan 10,000 + Feb 20,000 + Mar 30,000 = Q1 60,000)")
  void longerSpanSumsPeriodQuotas() {
    String plan =
        bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
            + TENURE_INPUTS
            + """
        input quotas from "quotas.csv":
          rep: person
          month: period
          amount: money

        quota = quotas.amount

        component "Quota probe":
          pay quota
        """;
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id,role,start_date,end_date\nann,ae,,\n",
            "deals.csv",
            NO_DEALS,
            "quotas.csv",
            "rep,month,amount\nann,2027-01,10000\nann,2027-02,20000\nann,2027-03,30000\n");
    money("60000.00", lineTotal(ev, "ann", "2027-Q1", "Quota probe"), dump(ev));
  }

  private static final String ZERO_QUOTA =
      """
      quota = 0 USD per quarter
      bookings = sum of amount
      attainment = bookings / quota
      %s
      component "Kicker":
        pay 1_000 if attainment >= 0%%
      """;

  @Test
  @DisplayName(
      "SEMANTICS 4: a quota of zero makes attainment undefined: an error naming participant and period")
  void zeroQuotaIsAnError() {
    String plan =
        bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
            + TENURE_INPUTS
            + ZERO_QUOTA.formatted("");
    String errors =
        failFiles(
            dir,
            plan,
            "people.csv",
            "id,role,start_date,end_date\nann,ae,,\n",
            "deals.csv",
            NO_DEALS + "A,ann,90000,closed_won,2027-01-20\n");
    assertTrue(
        errors.contains("ann") && errors.contains("2027-Q1"),
        () -> "names ann and 2027-Q1:\n" + errors);
  }

  @Test
  @DisplayName(
      "SEMANTICS 4: `when quota is 0 then attainment = 0%` states what a zero quota means: attainment 0%, no error")
  void zeroQuotaWithRule() {
    String plan =
        bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
            + TENURE_INPUTS
            + ZERO_QUOTA
                .formatted("when quota is 0 then attainment = 0%\n")
                .replace(">= 0%", "> 0%");
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            "id,role,start_date,end_date\nann,ae,,\n",
            "deals.csv",
            NO_DEALS + "A,ann,90000,closed_won,2027-01-20\n");
    money("0.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }
}
