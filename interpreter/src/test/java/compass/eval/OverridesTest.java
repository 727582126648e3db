package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overrides (issue 3, point 8): for a person, a role or a team, from a date, prorated, never "last
 * one wins".
 */
class OverridesTest {
  @TempDir Path dir;

  static final String PEOPLE =
      "id,role,team,target_incentive\nann,ae,emea,20000\nbob,ae,amer,20000\ncai,manager,emea,40000\n";

  static String plan(String overrides) {
    return bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
        + """
        input people from "people.csv":
          id: text
          role: text
          team: text
          target_incentive: money

        input deals from "deals.csv":
          id: text
          owner: person
          amount: money
          stage: stage
          close_date: date
          term_months: integer

        credit deals where stage is closed_won to owner on close_date

        quota = 100_000 USD per quarter
        rate = 10%
        """
        + overrides
        + """

        component "Quota probe":
          pay quota
        component "Rate probe":
          pay rate * 10_000 USD
        component "Target probe":
          pay target_incentive
        """;
  }

  @Test
  @DisplayName(
      "an override for one person from the first day of Q3 changes Q3 on, for that person only")
  void personFromADate() {
    Evaluation ev =
        runFiles(
            dir,
            plan("override quota for ann from 2027-07-01 = 150_000 per quarter"),
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals());
    money("100000.00", lineTotal(ev, "ann", "2027-Q2", "Quota probe"));
    money("150000.00", lineTotal(ev, "ann", "2027-Q3", "Quota probe"));
    money("100000.00", lineTotal(ev, "bob", "2027-Q3", "Quota probe"));
    String note = lines(ev, "ann", "2027-Q3", "Quota probe").get(0).note();
    assertTrue(
        note.contains("override quota = 150_000 per quarter for ann from 2027-07-01 (")
            && note.contains("p.comp:"),
        () -> "the explanation names the override and its position: " + note);
  }

  @Test
  @DisplayName(
      "inside the period where it changes, an override is prorated by days: from 2027-08-16 in Q3 (92 days)")
  void proratedInsideThePeriod() {
    Evaluation ev =
        runFiles(
            dir,
            plan("override quota for ann from 2027-08-16 = 192_000 per quarter"),
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals());
    // 46 days at 100,000 and 46 days at 192,000 over 92: (4,600,000 + 8,832,000) / 92 = 146,000
    money("146000.00", lineTotal(ev, "ann", "2027-Q3", "Quota probe"));
    money("192000.00", lineTotal(ev, "ann", "2027-Q4", "Quota probe"));
  }

  @Test
  @DisplayName("overrides for a role and for a team; people fields can be overridden too")
  void roleAndTeam() {
    Evaluation ev =
        runFiles(
            dir,
            plan(
                "override rate for team emea = 12%\noverride target_incentive for role manager = 50_000"),
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals());
    money("1200.00", lineTotal(ev, "ann", "2027-Q1", "Rate probe"));
    money("1000.00", lineTotal(ev, "bob", "2027-Q1", "Rate probe"));
    money("50000.00", lineTotal(ev, "cai", "2027-Q1", "Target probe"));
    money("20000.00", lineTotal(ev, "ann", "2027-Q1", "Target probe"));
  }

  @Test
  @DisplayName(
      "two overrides that apply to the same value for the same person and disagree are an error naming both")
  void disagreeingOverrides() {
    String errors =
        failFiles(
            dir,
            plan("override rate for team emea = 12%\noverride rate for role ae = 9%"),
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals());
    assertTrue(errors.contains("two overrides of `rate` apply to ann and disagree"), errors);
    // both positions are named: the error at one override, a label at the other
    compass.diag.Diagnostics diags = new compass.diag.Diagnostics();
    compass.check.CheckedPlan checked = compass.api.Compass.load(dir.resolve("p.comp"), diags);
    compass.api.Compass.evaluate(checked, dir, diags, false);
    compass.diag.Diagnostic d =
        diags.all().stream().filter(compass.diag.Diagnostic::isError).findFirst().orElseThrow();
    String rendered = compass.diag.DiagnosticRenderer.render(d);
    assertTrue(
        d.labels().size() == 1 && d.labels().get(0).text().equals("the other override"), rendered);
    assertTrue(d.labels().get(0).span().text().startsWith("override rate for team emea"), rendered);
    assertTrue(
        ((compass.source.Span) d.location()).text().startsWith("override rate for role ae"),
        rendered);
  }

  static final String TIERED =
      """
      component "Commission":
        marginal tiers on bookings
          from 0% pay 10%
          from 100% pay 15%
      """;

  @Test
  @DisplayName(
      "a whole band table replaced for one person from Q2; Q1 and other people keep the plan's bands")
  void bandTableFromADate() {
    String plan =
        plan("bookings = sum of amount\n")
            + TIERED
            + """
        override tiers of "Commission" for ann from 2027-04-01:
          from 0% pay 12%
          from 80% pay 20%
        """;
    Evaluation ev =
        runFiles(
            dir,
            plan,
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals(
                won("A", "100000", "2027-02-01"),
                won("B", "100000", "2027-05-01"),
                deal("C", "bob", "100000", "closed_won", "2027-05-01", 12)));
    money("10000.00", lineTotal(ev, "ann", "2027-Q1", "Commission"));
    // 80,000 x 12% + 20,000 x 20% = 9,600 + 4,000
    money("13600.00", lineTotal(ev, "ann", "2027-Q2", "Commission"));
    money("10000.00", lineTotal(ev, "bob", "2027-Q2", "Commission"));
    assertTrue(
        lines(ev, "ann", "2027-Q2", "Commission").stream()
            .anyMatch(l -> l.note().contains("override tiers of \"Commission\" for ann")),
        "the explanation names the band table override");
  }

  @Test
  @DisplayName("a band table override for a component without tiers is a check error")
  void bandTableNeedsTiers() {
    String errors =
        failFiles(
            dir,
            plan("")
                + """
        override tiers of "Rate probe" for ann:
          from 0% pay 12%
        """,
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals());
    assertTrue(errors.contains("does not pay on tiers"), errors);
  }

  @Test
  @DisplayName(
      "issue 3, point 9: a participant whose role no component pays is reported (W0601), not silently paid zero")
  void roleWithoutComponentIsReported() {
    String plan =
        plan("")
            .replace("component \"Quota probe\":", "component \"Quota probe\" for role ae:")
            .replace("component \"Rate probe\":", "component \"Rate probe\" for role ae:")
            .replace("component \"Target probe\":", "component \"Target probe\" for role ae:");
    Evaluation ev = runFiles(dir, plan, "people.csv", PEOPLE, "deals.csv", deals());
    assertTrue(
        ev.warnings().stream()
            .anyMatch(
                w ->
                    w.code() == compass.diag.Code.W0601
                        && w.message().contains("cai has role `manager`, which no component pays")),
        () -> ev.warnings().toString());
    assertTrue(
        ev.warnings().stream().noneMatch(w -> w.message().contains("ann ")), "ann's role is paid");
    money("0.00", payout(ev, "cai", "2027-Q1"));
  }
}
