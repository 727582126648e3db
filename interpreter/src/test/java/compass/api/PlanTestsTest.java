package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests written in plans: what passes, what fails and how, what the checker refuses, coverage. */
class PlanTestsTest {
  // SEMANTICS 5: quota 100,000 a quarter, marginal bands 5% / 8% / 12% at 0 / 50% / 100%
  private static final String PLAN =
      """
      plan "Tiers" version 1
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
        amount: money
        stage: stage
        close_date: date optional

      credit deals where stage is closed_won to owner on close_date

      quota = 100_000 per quarter
      bookings = sum of amount
      attainment = bookings / quota
      a_third = bookings / 3

      component "Commission":
        marginal tiers on bookings
          from 0% pay 5%
          from 50% pay 8%
          from 100% pay 12%

      component "Kicker":
        pay 1_000 if attainment >= 150%
      """;

  // SEMANTICS 5 worked example: 50,000 x 5% + 50,000 x 8% + 30,000 x 12% = 10,100; per deal in
  // crediting order A = 2,500 + 800 = 3,300, B = 3,200 + 3,600 = 6,800
  private static final String SEMANTICS_5 =
      """

      test "SEMANTICS 5: marginal tiers, attributed per deal":
        people: ann ae
        deals:
          B ann 70_000 closed_won 2027-02-03
          A ann 60_000 closed_won 2027-01-10
          C ann 5_000 open
        expect bookings(ann, 2027-Q1) = 130_000.00
        expect attainment(ann, 2027-Q1) = 130%
        expect a_third(ann, 2027-Q1) = 43_333.33
        expect line(ann, 2027-Q1, "Commission", A) = 3_300.00
        expect line(ann, 2027-Q1, "Commission", B) = 6_800.00
        expect payout(ann, 2027-Q1) = 10_100.00
        expect payout(ann, FY2027) = 10_100.00
      """;

  @TempDir Path dir;

  private Path plan(String tests) throws IOException {
    Path p = dir.resolve("plan.comp");
    Files.writeString(p, PLAN + tests);
    return p;
  }

  private static String render(TestReport r) {
    StringBuilder s = new StringBuilder(DiagnosticRenderer.renderAll(r.diagnostics()));
    for (TestReport.Outcome o : r.outcomes())
      s.append(o.failures()).append(DiagnosticRenderer.renderAll(o.errors()));
    return s.toString();
  }

  @Test
  void theWorkedExampleOfSemanticsFivePasses() throws IOException {
    TestReport r = PlanTests.run(plan(SEMANTICS_5), false);
    assertTrue(r.planOk(), () -> render(r));
    assertEquals(1, r.outcomes().size());
    assertTrue(r.outcomes().get(0).passed(), () -> render(r));
  }

  @Test
  void aFailureNamesThePositionTheValueExpectedAndTheValueComputed() throws IOException {
    TestReport r =
        PlanTests.run(
            plan(
                """

        test "wrong":
          people: ann ae
          deals: A ann 130_000 closed_won 2027-01-10
          expect payout(ann, 2027-Q1) = 9_800.00
          expect attainment(ann, 2027-Q1) = 52%
          expect payout(ann, 2027-Q2) = 0.00
        """),
            false);
    TestReport.Outcome o = r.outcomes().get(0);
    assertTrue(!o.passed());
    assertEquals(2, o.failures().size(), () -> render(r));
    TestReport.Failure f = o.failures().get(0);
    assertEquals(
        "plan.comp:38:3", f.at().describe().substring(f.at().describe().lastIndexOf("plan.comp")));
    assertEquals("payout(ann, 2027-Q1)", f.subject());
    assertEquals("9,800.00", f.expected());
    assertEquals("10,100.00", f.actual());
    assertEquals("52%", o.failures().get(1).expected());
    assertEquals("130%", o.failures().get(1).actual());
  }

  @Test
  void moneyComparesAtTheCentPercentsExactly() throws IOException {
    TestReport r =
        PlanTests.run(
            plan(
                """

        test "a third":
          people: ann ae
          deals: A ann 100_000 closed_won 2027-01-10
          expect a_third(ann, 2027-Q1) = 33_333.33
          expect a_third(ann, 2027-Q1) = 33_333.3333
        """),
            false);
    List<TestReport.Failure> failures = r.outcomes().get(0).failures();
    assertEquals(1, failures.size(), () -> render(r));
    assertEquals("33,333.33", failures.get(0).actual());
  }

  @Test
  void coverageListsTheBandsAndComponentsNoTestReached() throws IOException {
    TestReport r =
        PlanTests.run(
            plan(
                """

        test "below half of quota":
          people: ann ae
          deals: A ann 40_000 closed_won 2027-01-10
          expect payout(ann, 2027-Q1) = 2_000.00
        """),
            true);
    assertTrue(r.outcomes().get(0).passed(), () -> render(r));
    List<String> unreached =
        r.unreached().stream().map(u -> u.at().line() + " " + u.what()).toList();
    assertEquals(
        List.of(
            "24 definition a_third",
            "29 band `from 50% pay 8%` of \"Commission\"",
            "30 band `from 100% pay 12%` of \"Commission\"",
            "32 component \"Kicker\""),
        unreached);
    TestReport all = PlanTests.run(plan(SEMANTICS_5), true);
    assertEquals(
        List.of("32 component \"Kicker\""),
        all.unreached().stream().map(u -> u.at().line() + " " + u.what()).toList());
  }

  @Test
  void aDateDefinitionUsedInAFilterIsReached() throws IOException {
    Path p = dir.resolve("dates.comp");
    Files.writeString(
        p,
        PLAN.replace(
                "a_third = bookings / 3\n",
                "a_third = bookings / 3\ncutoff = 2027-02-01\nearly = sum of amount where close_date < cutoff\n")
            + SEMANTICS_5
            + """
          expect early(ann, 2027-Q1) = 60_000.00
        """);
    TestReport r = PlanTests.run(p, true);
    assertTrue(r.outcomes().get(0).passed(), () -> render(r));
    assertEquals(
        List.of("component \"Kicker\""),
        r.unreached().stream().map(TestReport.Unreached::what).toList());
  }

  /**
   * W0119: a definition named `held` and `expect held(...)`: the test reads the statement's held
   * balance (0.00 here: nothing is held), not the definition (the 1 deal), and says so.
   */
  @Test
  void aTestNamingAStatementFigureADefinitionAlsoNamesIsWarned() throws IOException {
    Path p = dir.resolve("held.comp");
    Files.writeString(
        p,
        PLAN.replace("a_third = bookings / 3\n", "a_third = bookings / 3\nheld = count of deals\n")
            + """

        test "held":
          people: ann ae
          deals: A ann 40_000 closed_won 2027-01-10
          expect held(ann, 2027-Q1) = 0.00
          expect a_third(ann, 2027-Q1) = 13_333.33
        """);
    TestReport r = PlanTests.run(p, false);
    assertTrue(r.outcomes().get(0).passed(), () -> render(r));
    List<String> warnings =
        r.diagnostics().stream()
            .filter(d -> d.code() == Code.W0119)
            .map(d -> d.location().describe() + " " + d.message())
            .toList();
    assertEquals(1, warnings.size(), () -> warnings + render(r));
    assertTrue(
        warnings
            .get(0)
            .endsWith("`held` here is the statement's held, not the plan's definition `held`"),
        warnings.get(0));
  }

  /**
   * Each snippet, added as a test to the plan, is refused with this code before any data is read.
   */
  @Test
  void theCheckerRefusesBadTestsWithTheirCodes() throws IOException {
    String[][] cases = {
      {"expect bookingz(ann, 2027-Q1) = 5", "E0801"},
      {"expect 5 = payout(ann, 2027-Q1)", "E0801"},
      {"expect payout(ann) = 5", "E0802"},
      {"expect payout(ann, 2027-03) = 5", "E0802"},
      {"dealz: A ann 5 closed_won 2027-01-10\n  expect payout(ann, 2027-Q1) = 5", "E0803"},
      {"deals: A ann closed_won 5 2027-01-10\n  expect payout(ann, 2027-Q1) = 5", "E0804"},
      {"deals: A ann 5 closed_wonn 2027-01-10\n  expect payout(ann, 2027-Q1) = 5", "E0804"},
      {"deals: A ann 5 closed_won 2027-01-10 9\n  expect payout(ann, 2027-Q1) = 5", "E0804"},
      {"deals: A ann 5\n  expect payout(ann, 2027-Q1) = 5", "E0805"},
      {
        "deals from \"d.csv\"\n  deals: A ann 5 closed_won\n  expect payout(ann, 2027-Q1) = 5",
        "E0806"
      },
      {"expect payout(ann, 2027-Q1) = 5%", "E0807"},
      {"expect attainment(ann, 2027-Q1) = 5", "E0807"},
      {"expect line(ann, 2027-Q1, \"Comission\") = 5", "E0808"},
      {"deals from \"../d.csv\"\n  expect payout(ann, 2027-Q1) = 5", "E0408"},
    };
    for (String[] c : cases) {
      TestReport r =
          PlanTests.run(plan("\ntest \"t\":\n  people: ann ae\n  " + c[0] + "\n"), false);
      List<String> codes =
          r.diagnostics().stream()
              .filter(Diagnostic::isError)
              .map(d -> d.code().id())
              .distinct()
              .toList();
      assertEquals(List.of(c[1]), codes, () -> c[0] + "\n" + render(r));
      assertEquals(0, r.outcomes().size());
    }
  }

  @Test
  void badRowsFailTheTestAtTheCellThatIsWrong() throws IOException {
    TestReport r =
        PlanTests.run(
            plan(
                """

        test "unknown owner":
          people: ann ae
          deals: A bob 5 closed_won 2027-01-10
          expect payout(ann, 2027-Q1) = 0
        """),
            false);
    TestReport.Outcome o = r.outcomes().get(0);
    assertEquals(1, o.errors().size(), () -> render(r));
    Diagnostic d = o.errors().get(0);
    assertEquals(Code.E0507, d.code());
    assertTrue(d.location().describe().endsWith("plan.comp:37:12"), d.location().describe());
    assertEquals("add bob to the test's people, or correct the id", d.hint());

    TestReport dup =
        PlanTests.run(
            plan(
                """

        test "one id twice":
          people: ann ae
          deals:
            A ann 5 closed_won 2027-01-10
            A ann 6 closed_won 2027-01-11
          expect payout(ann, 2027-Q1) = 0
        """),
            false);
    Diagnostic twice = dup.outcomes().get(0).errors().get(0);
    assertEquals(Code.E0508, twice.code());
    assertEquals("duplicate id A: first seen on line 38", twice.message()); // the plan's line
    assertTrue(twice.location().describe().endsWith("plan.comp:39:5"), twice.location().describe());
  }

  @Test
  void aTestReadsACsvBesideThePlan() throws IOException {
    Files.writeString(
        dir.resolve("test-deals.csv"),
        "id,owner,amount,stage,close_date\nA,ann,130000,closed_won,2027-01-10\n");
    TestReport r =
        PlanTests.run(
            plan(
                """

        test "from a file":
          people: ann ae
          deals from "test-deals.csv"
          expect payout(ann, 2027-Q1) = 10_100.00
        """),
            false);
    assertTrue(r.outcomes().get(0).passed(), () -> render(r));
  }

  @Test
  void checkReportsMistakesInTestsToo() throws IOException {
    CheckResult r =
        Compass.check(
            plan(
                "\ntest \"t\":\n  people: ann ae\n  deals: A ann closed_won 5 2027-01-10\n"
                    + "  expect payout(ann, 2027-Q1) = 5\n"));
    assertEquals(
        List.of("E0804", "E0804"),
        r.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.code().id()).toList());
  }

  @Test
  void runIgnoresTests() throws IOException {
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\nA,ann,40000,closed_won,2027-01-10\n");
    RunResult r = Compass.run(new RunRequest(plan(SEMANTICS_5), null, "2027-Q1"));
    assertTrue(r.ok(), () -> DiagnosticRenderer.renderAll(r.diagnostics()));
    assertEquals("2000.00", r.rows().get(0).payout().toPlainString());
  }

  @Test
  void aPlanThatExtendsAnotherDoesNotInheritItsTests() throws IOException {
    plan(SEMANTICS_5);
    Path derived = dir.resolve("derived.comp");
    Files.writeString(
        derived,
        """
        extends "plan.comp"

        component "Commission":
          marginal tiers on bookings
            from 0% pay 10%
        """);
    TestReport r = PlanTests.run(derived, false);
    assertTrue(r.planOk(), () -> render(r));
    assertEquals(0, r.outcomes().size());
  }

  @Test
  void aValueThePlanComparesWithThatNoTestRowHasIsAWarningOverAllTheTestsTogether()
      throws IOException {
    // issue 12, point 3: the credit rule compares stage with closed_won; neither test has such a
    // deal
    TestReport r =
        PlanTests.run(
            plan(
                """

        test "an open deal is not credited":
          people: ann ae
          deals: D1 ann 1_000 open 2027-02-10
          expect payout(ann, 2027-Q1) = 0.00

        test "no deals at all":
          people: ann ae
          expect payout(ann, 2027-Q1) = 0.00
        """),
            false);
    assertTrue(r.planOk(), () -> render(r));
    List<Diagnostic> warnings = r.diagnostics().stream().filter(d -> !d.isError()).toList();
    assertEquals(1, warnings.size(), () -> warnings + render(r));
    Diagnostic w = warnings.get(0);
    assertEquals(Code.W0106, w.code());
    assertTrue(
        w.oneLine()
            .endsWith(
                "plan.comp:19:29: warning[W0106]: no row of the tests' deals has stage `closed_won`, "
                    + "so this condition never holds"),
        w.oneLine());
    assertEquals("the values of stage there: `open`", w.hint());
  }

  @Test
  void aValueOneTestHasIsNoWarningAndTestsWithoutRowsAreNotLookedAt() throws IOException {
    TestReport r =
        PlanTests.run(
            plan(
                """

        test "an open deal is not credited":
          people: ann ae
          deals: D1 ann 1_000 open 2027-02-10
          expect payout(ann, 2027-Q1) = 0.00

        test "a won deal is":
          people: ann ae
          deals: D1 ann 1_000 closed_won 2027-02-10
          expect payout(ann, 2027-Q1) = 50.00
        """),
            false);
    assertEquals("", DiagnosticRenderer.renderAll(r.diagnostics()));
    TestReport people =
        PlanTests.run(
            plan(
                """

        test "no deals at all":
          people: ann ae
          expect payout(ann, 2027-Q1) = 0.00
        """),
            false);
    assertEquals(
        "", DiagnosticRenderer.renderAll(people.diagnostics()), "no deal rows: nothing to compare");
  }
}
