package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Plan;
import compass.ast.Step;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several credit rules (issue 14, part 2): each makes a credit source, named by its `as` name or
 * its table; measures name one with `of SOURCE` (or `count of SOURCE`), components pay `per ROW`.
 * One small plan (deals credited to the owner and, as `sourced`, to the SDR; meetings to whoever
 * booked them) with one change per case. Lines of BASE: the credit rules are 27 to 29, the
 * definitions 31 to 33, the components 35 to 39.
 */
class CreditSourcesCheckTest {
  static final String BASE =
      """
      plan "Sources" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31
      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        sourced_by: person
        amount: money
        stage: stage
        close_date: date

      input meetings from "meetings.csv":
        id: text
        booked_by: person
        status: text
        meeting_date: date
        score: number


      credit deals where stage is closed_won to owner on close_date
      credit deals where stage is closed_won to sourced_by on close_date as sourced
      credit meetings where status is held to booked_by on meeting_date

      bookings = sum of amount of deals
      sourced_won = sum of amount of sourced
      meetings_held = count of meetings where score >= 3

      component "Meetings" for role sdr:
        pay 40 per meeting where status is held

      component "Sourced" for role sdr:
        pay 2% of sourced_won
      """;

  @Test
  void baseHasNoDiagnostic() {
    assertEquals("", check(BASE));
  }

  static Stream<Arguments> misuse() {
    return Stream.of(
        // a measure naming a source that does not exist: did you mean
        Arguments.of(
            "bookings = sum of amount of deals",
            "bookings = sum of amount of dealz",
            "31:29 E0309 no credit source named `dealz` (hint: did you mean `deals`?)"),
        Arguments.of(
            "count of meetings where",
            "count of meetngs where",
            "33:26 E0309 no credit source named `meetngs` (hint: did you mean `meetings`?)"),
        // several sources: a measure must say which
        Arguments.of(
            "bookings = sum of amount of deals",
            "bookings = sum of amount",
            "31:12 E0416 this measure does not say which credited rows it reads: the plan credits"
                + " deals, sourced, meetings (hint: name one, e.g. `sum of amount of deals`)"),
        // a row unit with a typo
        Arguments.of(
            "pay 40 per meeting where",
            "pay 40 per meetng where",
            "36:14 E0310 `meetng` is not a row of a credit source (hint: did you mean `per meeting`?)"),
        // two rules on one table without `as`
        Arguments.of(
            " on close_date as sourced",
            " on close_date",
            "28:1 E0415 two credit rules make the source `deals` (hint: name this rule's source with"
                + " `as NAME` at its end, e.g. `... on close_date as sourced`; measures then say"
                + " `sum of amount of sourced`) [27:1 the first one]\n"
                // the measure of `sourced` then names no source
                + "32:32 E0309 no credit source named `sourced` (hint: the credit sources are deals,"
                + " meetings)"),
        // credit on a table without a person field
        Arguments.of(
            "to booked_by on",
            "to status on",
            "29:41 E0202 `status` must be a person, but it is declared as text [22:3 declared here]"),
        Arguments.of(
            "to booked_by on",
            "to booker on",
            "29:41 E0302 `meetings` has no field `booker` (hint: its person fields are booked_by)"),
        Arguments.of(
            "to booked_by on",
            "to host on",
            "29:41 E0302 `meetings` has no field `host` (hint: its person fields are booked_by)"),
        // ... or without a date
        Arguments.of(
            "to booked_by on meeting_date",
            "to booked_by on status",
            "29:54 E0202 `status` must be a date, but it is declared as text [22:3 declared here]"),
        Arguments.of(
            "to booked_by on meeting_date",
            "to booked_by",
            "29:1 E0406 the credit rule does not say on which date meetings are credited"
                + " (hint: end the rule with `on meeting_date` (the date field that places a row in"
                + " a period))"),
        // an unknown table
        Arguments.of(
            "credit meetings where",
            "credit meeting where",
            "29:8 E0301 no input named `meeting` (hint: did you mean `meetings`?)\n"
                + "33:26 E0309 no credit source named `meetings` (hint: the credit sources are deals,"
                + " sourced)\n"
                + "36:14 E0310 `meeting` is not a row of a credit source (hint: pay per one of: deal,"
                + " sourced)"),
        // a field of another source's rows
        Arguments.of("where score >= 3", "where amount >= 3", "33:41 E0301 unknown name `amount`"),
        // a definition on the deals' fields used over meetings
        Arguments.of(
            "meetings_held = count of meetings where score >= 3",
            "meetings_held = count of meetings where won\nwon = stage is closed_won",
            "33:41 E0417 `won` reads the fields of deals, but here the rows are meetings"
                + " (hint: write the condition on meetings' fields here instead of the definition)"),
        // an `as` name that is another input's
        Arguments.of(
            "as sourced",
            "as meetings",
            "28:71 E0415 `meetings` is already the name of an input (hint: name the source after what"
                + " it counts, e.g. `as sourced`)\n"
                + "29:1 E0415 two credit rules make the source `meetings` (hint: name this rule's"
                + " source with `as NAME` at its end, e.g. `... on meeting_date as sourced`; measures"
                + " then say `sum of amount of sourced`) [28:1 the first one]\n"
                // the rule `as meetings` is the meetings source, on the deals' rows
                + "32:32 E0309 no credit source named `sourced` (hint: the credit sources are deals,"
                + " meetings)\n"
                + "33:41 E0301 unknown name `score`\n"
                + "36:28 E0301 unknown name `status`\n"
                + "36:38 E0301 unknown name `held`"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("misuse")
  void reportsMisuse(String from, String to, String expected) {
    String plan = BASE.replace(from, to);
    assertEquals(false, plan.equals(BASE), "the case changes the plan");
    assertEquals(expected, check(plan));
  }

  static Stream<Arguments> fine() {
    return Stream.of(
        // `per deal` with a source named deals means the deals source
        Arguments.of("pay 2% of sourced_won", "pay 100 per deal where amount > 0"),
        // the sourced rows by their name or singular; tiers per row
        Arguments.of("pay 2% of sourced_won", "pay 100 per sourced where amount > 0"),
        Arguments.of(
            "pay 2% of sourced_won",
            "retroactive tiers on meetings_held per meeting\n    from 0 pay 10 USD\n    from 5 pay 20 USD"),
        // the average of a number of the meetings; a sum of a percent of a field
        Arguments.of(
            "sourced_won = sum of amount of sourced",
            "sourced_won = sum of 10% of amount of sourced\navg = average of score of meetings"),
        Arguments.of("count of meetings where score >= 3", "count of meetings"),
        // people fields are visible in a source's filter
        Arguments.of("where score >= 3", "where role is sdr"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("fine")
  void checksWithoutError(String from, String to) {
    String plan = BASE.replace(from, to);
    assertEquals(false, plan.equals(BASE), "the case changes the plan");
    assertEquals(
        "", check(plan).lines().filter(l -> l.contains(" E")).collect(Collectors.joining("\n")));
  }

  @Test
  void oneSourcePlansReadAsBefore() {
    // one credit rule: `sum of amount`, `count of deals` (whatever the table's name) and `per deal`
    String plan =
        BASE.replace(
                "credit deals where stage is closed_won to sourced_by on close_date as sourced\n",
                "")
            .replace("credit meetings where status is held to booked_by on meeting_date\n", "")
            .replace(
                "bookings = sum of amount of deals",
                "bookings = sum of amount\nn = count of deals\nten = sum of 10% of amount")
            .replace(
                "sourced_won = sum of amount of sourced",
                "sourced_won = sum of amount where stage is closed_won")
            .replace("meetings_held = count of meetings where score >= 3\n", "")
            .replace("pay 40 per meeting where status is held", "pay 40 per deal where amount > 0");
    assertEquals(
        "", check(plan).lines().filter(l -> l.contains(" E")).collect(Collectors.joining("\n")));
  }

  @Test
  void parsesTheNewForms() {
    Plan plan = PlanParser.parsePlan(new SourceFile("p.comp", BASE), new Diagnostics());
    var credits = plan.all(Decl.Credit.class);
    assertEquals(
        "deals deals null, deals sourced sourced, meetings meetings null",
        credits.stream()
            .map(
                c ->
                    c.table().text()
                        + " "
                        + c.sourceName()
                        + " "
                        + (c.alias() == null ? null : c.alias().text()))
            .collect(Collectors.joining(", ")));
    var defs = plan.all(Decl.Definition.class);
    Expr.Aggregate count = (Expr.Aggregate) defs.get(2).value();
    assertEquals("meetings", count.source().text());
    // `sum of amount of deals` parses as a sum of `amount of deals`: the checker reads the source
    Expr.Aggregate sum = (Expr.Aggregate) defs.get(0).value();
    assertEquals(Expr.BinaryOp.OF, ((Expr.Binary) sum.value()).op());
    Step.Pay pay = (Step.Pay) plan.all(Decl.Component.class).get(0).steps().get(0);
    assertEquals("meeting", pay.rowUnit().text());
    assertEquals(true, pay.perDeal());
  }

  @Test
  void theCheckedPlanKnowsEachSource() {
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.checkText("p.comp", BASE, diags);
    assertEquals(
        "deals:deals:owner:close_date, sourced:deals:sourced_by:close_date,"
            + " meetings:meetings:booked_by:meeting_date",
        plan.sources().all().stream()
            .map(
                s ->
                    s.name()
                        + ":"
                        + s.table().name()
                        + ":"
                        + s.table().fields().get(s.targetField()).name()
                        + ":"
                        + s.table().fields().get(s.dateField()).name())
            .collect(Collectors.joining(", ")));
    // the default source is the plan's deals, as in a plan with one rule
    assertEquals("deals", plan.deals().name());
    assertEquals("deals", plan.credit().sourceName());
  }

  private static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("p.comp", plan, diags);
    return diags.all().stream().map(DiagnosticSummary::of).collect(Collectors.joining("\n"));
  }
}
