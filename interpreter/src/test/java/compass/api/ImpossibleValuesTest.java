package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostic;
import compass.result.Reconciliation;
import compass.result.StatementRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, point 2 and 3: values in the data that cannot be right are refused right after loading,
 * at their cell, before anything is computed; with --keep-going their rows are rejected.
 */
final class ImpossibleValuesTest {
  /** One quarter, so that a quota from the table is needed only for 2027-Q1. */
  static final String PLAN =
      """
      plan "Values" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-03-31

      stages open, closed_won, closed_lost

      input people from "people.csv":
        id: text
        role: text
        manager: person optional
        target_incentive: money

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        currency: text
        stage: stage
        close_date: date

      input fx from "fx.csv":
        currency: text
        date: date
        rate: number

      input quotas from "quotas.csv":
        rep: person
        quarter: period
        amount: money

      credit deals where stage is closed_won to owner on close_date
      convert deals with fx using currency on close_date

      quota = quotas.amount
      bookings = sum of amount
      attainment = bookings / quota
      %s
      component "Commission" for role ae:
        pay target_incentive / 4 * min(attainment, 150%%)

      component "Manager" for role manager:
        pay 100
      """;

  static final String PEOPLE =
      "id,role,manager,target_incentive\nann,ae,mo,40000\nbob,ae,mo,20000\nmo,manager,,30000\n";
  static final String DEALS =
      "id,owner,amount,currency,stage,close_date\n"
          + "D1,ann,100000,USD,closed_won,2027-02-10\nD2,bob,50000,EUR,closed_won,2027-02-11\n";
  static final String FX = "currency,date,rate\nEUR,2027-01-01,1.10\n";
  static final String QUOTAS =
      "rep,quarter,amount\nann,2027-Q1,100000\nbob,2027-Q1,50000\nmo,2027-Q1,1\n";
  static final String ZERO_RULE = "when quota is 0 then attainment = 0%";

  @TempDir Path dir;

  private RunResult run(String plan, Map<String, String> files, boolean keepGoing)
      throws IOException {
    Path p = dir.resolve("plan.comp");
    Files.writeString(p, plan);
    for (var f : files.entrySet()) Files.writeString(dir.resolve(f.getKey()), f.getValue());
    return Compass.run(new RunRequest(p, dir, null, true, keepGoing));
  }

  private static Map<String, String> files(String... replacements) {
    Map<String, String> files =
        new LinkedHashMap<>(
            Map.of("people.csv", PEOPLE, "deals.csv", DEALS, "fx.csv", FX, "quotas.csv", QUOTAS));
    for (int i = 0; i < replacements.length; i += 2)
      files.put(replacements[i], replacements[i + 1]);
    return files;
  }

  private static String payout(RunResult r, String who) {
    return r.rows().stream()
        .filter(s -> s.participant().equals(who))
        .map(s -> s.payout().toPlainString())
        .findFirst()
        .orElseThrow();
  }

  private static String errors(RunResult r) {
    return r.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(d -> d.code().id() + " " + d.location().describe() + " " + d.message())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theDataAsGivenPays() throws IOException {
    RunResult r = run(PLAN.formatted(""), files(), false);
    assertTrue(r.ok(), () -> errors(r));
    // ann: 100,000 / 100,000 = 100%: 40,000 / 4 x 100% = 10,000
    assertEquals("10000.00", payout(r, "ann"));
    // bob: 50,000 EUR x 1.10 = 55,000 / 50,000 = 110%: 20,000 / 4 x 110% = 5,500
    assertEquals("5500.00", payout(r, "bob"));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        // target incentive: "ann,ae,mo," is 10 characters, the value is at column 11
        Arguments.of(
            "target incentive 0",
            "",
            files("people.csv", PEOPLE.replace("ann,ae,mo,40000", "ann,ae,mo,0")),
            "E0523 people.csv:2:11 target_incentive of ann is 0: a target incentive must be more than 0"),
        Arguments.of(
            "target incentive negative",
            "",
            files("people.csv", PEOPLE.replace("bob,ae,mo,20000", "bob,ae,mo,-20000")),
            "E0523 people.csv:3:11 target_incentive of bob is -20000: a target incentive must be more than 0"),
        // FX: "EUR,2027-01-01," is 15 characters
        Arguments.of(
            "FX rate 0",
            "",
            files("fx.csv", "currency,date,rate\nEUR,2027-01-01,0\n"),
            "E0525 fx.csv:2:16 the FX rate of EUR on 2027-01-01 is 0: a rate must be more than 0"),
        Arguments.of(
            "FX rate negative",
            "",
            files("fx.csv", "currency,date,rate\nEUR,2027-01-01,-1.10\n"),
            "E0525 fx.csv:2:16 the FX rate of EUR on 2027-01-01 is -1.10: a rate must be more than 0"),
        Arguments.of(
            "two FX rates for one currency and date",
            "",
            files("fx.csv", FX + "GBP,2027-01-01,1.3\nEUR,2027-01-01,1.20\n"),
            "E0526 fx.csv:4:5 a second FX rate for EUR on 2027-01-01 (first on line 2)"),
        // quotas: "ann,2027-Q1," is 12 characters
        Arguments.of(
            "quota 0 without a zero-quota rule",
            "",
            files("quotas.csv", QUOTAS.replace("ann,2027-Q1,100000", "ann,2027-Q1,0")),
            "E0524 quotas.csv:2:13 the quota of ann in 2027-Q1 is 0: a quota of 0 makes attainment undefined"),
        Arguments.of(
            "quota negative",
            "",
            files("quotas.csv", QUOTAS.replace("ann,2027-Q1,100000", "ann,2027-Q1,-100000")),
            "E0524 quotas.csv:2:13 the quota of ann in 2027-Q1 is -100000: a quota cannot be negative"),
        Arguments.of(
            "quota negative, even with a zero-quota rule",
            ZERO_RULE,
            files("quotas.csv", QUOTAS.replace("ann,2027-Q1,100000", "ann,2027-Q1,-100000")),
            "E0524 quotas.csv:2:13 the quota of ann in 2027-Q1 is -100000: a quota cannot be negative"),
        Arguments.of(
            "two quota rows for one participant and period",
            ZERO_RULE,
            files("quotas.csv", QUOTAS + "ann,2027-Q1,20000\n"),
            "E0527 quotas.csv:5:5 a second quota row for ann in 2027-Q1 (first on line 2)"),
        // person columns: the manager of the people file, as an owner; "ann,ae," is 7 characters
        Arguments.of(
            "a manager who is not a participant",
            "",
            files("people.csv", PEOPLE.replace("ann,ae,mo,", "ann,ae,zed,")),
            "E0507 people.csv:2:8 manager zed is not in people"),
        Arguments.of(
            "a quota row of someone who is not a participant",
            "",
            files("quotas.csv", QUOTAS + "zed,2027-Q1,5\n"),
            "E0507 quotas.csv:5:1 rep zed is not in people"),
        Arguments.of(
            "an owner who is not a participant (as before)",
            "",
            files("deals.csv", DEALS + "D3,zed,1,USD,closed_won,2027-02-12\n"),
            "E0507 deals.csv:4:4 owner zed is not in people"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refused(String name, String rule, Map<String, String> files, String expected)
      throws IOException {
    RunResult r = run(PLAN.formatted(rule), files, false);
    assertEquals(expected, errors(r));
    assertTrue(r.rows().isEmpty(), "nothing is computed");
  }

  @Test
  void aZeroQuotaIsAllowedByTheZeroQuotaRule() throws IOException {
    RunResult r =
        run(
            PLAN.formatted(ZERO_RULE),
            files("quotas.csv", QUOTAS.replace("ann,2027-Q1,100000", "ann,2027-Q1,0")),
            false);
    assertTrue(r.ok(), () -> errors(r));
    assertEquals("0.00", payout(r, "ann")); // attainment 0% by the rule: 10,000 x 0%
    assertEquals("5500.00", payout(r, "bob"));
  }

  @Test
  void errorsShowTheCellWithACaret() throws IOException {
    RunResult r =
        run(PLAN.formatted(""), files("fx.csv", "currency,date,rate\nEUR,2027-01-01,0\n"), false);
    var d = r.diagnostics().get(0);
    String shown = compass.diag.DiagnosticRenderer.render(d);
    assertTrue(shown.contains("2 | EUR,2027-01-01,0\n  |                ^"), shown);
    assertEquals("write the rate of one EUR in the plan currency, e.g. 1.08", d.hint());
  }

  @Test
  void aTestInThePlanIsRefusedAtTheCellOfItsRow() throws IOException {
    String plan =
        PLAN.formatted("")
            + """

        test "no target incentive":
          people: ann, role ae, target_incentive 0
          quotas: ann 2027-Q1 100_000
          expect payout(ann, 2027-Q1) = 0
        """;
    Path p = dir.resolve("plan.comp");
    Files.writeString(p, plan);
    TestReport r = PlanTests.run(p, false);
    List<Diagnostic> errors = r.outcomes().get(0).errors();
    assertEquals(1, errors.size(), () -> errors.toString());
    assertEquals("E0523", errors.get(0).code().id());
    // line 46 of the plan, "  people: ann, role ae, target_incentive " is 41 characters
    assertTrue(
        errors.get(0).location().describe().endsWith("plan.comp:46:42"),
        errors.get(0).location().describe());
    assertEquals(
        "target_incentive of ann is 0: a target incentive must be more than 0",
        errors.get(0).message());
  }

  // ---- --keep-going: the row is rejected, like a row with a bad cell ---------------------------

  private static String rejects(RunResult r) {
    return r.rejects().stream()
        .map(
            x ->
                x.file()
                    + ":"
                    + x.line()
                    + ":"
                    + x.column()
                    + " "
                    + x.code().id()
                    + " "
                    + x.error())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void keepGoingRejectsTheSecondFxRate() throws IOException {
    RunResult r = run(PLAN.formatted(""), files("fx.csv", FX + "EUR,2027-01-01,2\n"), true);
    assertTrue(r.ok(), () -> errors(r));
    assertEquals(
        "fx.csv:3:5 E0526 E0526 a second FX rate for EUR on 2027-01-01 (first on line 2)",
        rejects(r));
    assertEquals("EUR,2027-01-01,2", r.rejects().get(0).text());
    assertEquals("5500.00", payout(r, "bob")); // the first rate, 1.10, is kept
  }

  @Test
  void keepGoingRejectsABadRateAndTheDealThatNeedsIt() throws IOException {
    RunResult r =
        run(PLAN.formatted(""), files("fx.csv", "currency,date,rate\nEUR,2027-01-01,0\n"), true);
    // the row goes, and without a rate for EUR bob's deal cannot be converted: that stays an
    // error that stops the run (SEMANTICS 13), rather than a deal paid at a rate of 0
    assertEquals(
        "E0513 deals.csv:3:1 no FX rate EUR->USD on or before 2027-02-11 (deal D2)", errors(r));
  }

  @Test
  void keepGoingRejectsADuplicateQuotaRowAndKeepsTheFirst() throws IOException {
    RunResult r =
        run(PLAN.formatted(ZERO_RULE), files("quotas.csv", QUOTAS + "ann,2027-Q1,20000\n"), true);
    assertTrue(r.ok(), () -> errors(r));
    assertEquals(
        "quotas.csv:5:5 E0527 E0527 a second quota row for ann in 2027-Q1 (first on line 2)",
        rejects(r));
    assertEquals("10000.00", payout(r, "ann")); // quota 100,000, not 120,000
  }

  @Test
  void keepGoingRejectsABadTargetIncentiveWithItsDeals() throws IOException {
    RunResult r =
        run(
            PLAN.formatted(""),
            files("people.csv", PEOPLE.replace("ann,ae,mo,40000", "ann,ae,mo,0")),
            true);
    assertTrue(r.ok(), () -> errors(r));
    assertEquals(
        """
        people.csv:2:11 E0523 E0523 target_incentive of ann is 0: a target incentive must be more than 0
        deals.csv:2:4 E0507 E0507 owner ann is not in people
        quotas.csv:2:1 E0507 E0507 rep ann is not in people""",
        rejects(r));
    assertEquals(List.of("bob", "mo"), r.rows().stream().map(StatementRow::participant).toList());
  }

  @Test
  void keepGoingRejectsTheReportsOfARejectedManager() throws IOException {
    // mo's manager is unknown; ann and bob report to mo, so their rows go too (their roll-up
    // would otherwise reach nobody), and with them their deals and quotas
    String people = PEOPLE.replace("mo,manager,,30000", "mo,manager,zed,30000");
    RunResult r = run(PLAN.formatted(""), files("people.csv", people), true);
    assertTrue(r.ok(), () -> errors(r));
    String got = rejects(r);
    assertTrue(
        got.startsWith(
            """
        people.csv:2:8 E0507 E0507 manager mo is not a participant: its row, line 4, is rejected
        people.csv:3:8 E0507 E0507 manager mo is not a participant: its row, line 4, is rejected
        people.csv:4:12 E0507 E0507 manager zed is not in people
        """),
        got);
    assertTrue(r.rows().isEmpty());
  }

  // ---- splits ------------------------------------------------------------------------------

  static final String SPLITS_PLAN =
      """
      plan "Splits" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-03-31

      stages open, closed_won, closed_lost

      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      input splits from "splits.csv":
        deal: text
        person: person
        share: percent

      credit deals where stage is closed_won split by splits on close_date

      component "Commission":
        pay 10% of sum of amount
      """;
  static final String SPLIT_PEOPLE = "id,role\nann,ae\nbob,ae\n";
  static final String SPLIT_DEALS =
      "id,owner,amount,stage,close_date\nD1,ann,90000,closed_won,2027-02-10\n"
          + "D2,ann,1000,closed_won,2027-02-11\n";

  private RunResult splits(String splits, boolean keepGoing) throws IOException {
    return run(
        SPLITS_PLAN,
        Map.of("people.csv", SPLIT_PEOPLE, "deals.csv", SPLIT_DEALS, "splits.csv", splits),
        keepGoing);
  }

  static Stream<Arguments> shareRefusals() {
    return Stream.of(
        // "D1,ann," is 7 characters
        Arguments.of(
            "a share above 100%",
            "deal,person,share\nD1,ann,150%\nD1,bob,-50%\nD2,ann,100%\n",
            """
            E0528 splits.csv:2:8 the share of deal D1 is 150%: a share is from 0% to 100%
            E0528 splits.csv:3:8 the share of deal D1 is -50%: a share is from 0% to 100%"""),
        Arguments.of(
            "shares adding up to 90%",
            "deal,person,share\nD1,ann,60%\nD1,bob,30%\nD2,ann,100%\n",
            "E0528 splits.csv:2:8 the shares of deal D1 add up to 90%, not 100% (lines 2, 3)"),
        // "D1," is 3 characters: the person at column 4, unknown as an owner would be
        Arguments.of(
            "a split person who is not a participant",
            "deal,person,share\nD1,ann,60%\nD1,zed,40%\nD2,ann,100%\n",
            "E0507 splits.csv:3:4 person zed is not in people"),
        Arguments.of(
            "a share written as a fraction above 1",
            "deal,person,share\nD1,ann,0.6\nD1,bob,0.4\nD2,ann,1.5\n",
            "E0528 splits.csv:4:8 the share of deal D2 is 150%: a share is from 0% to 100%"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shareRefusals")
  void sharesRefused(String name, String splits, String expected) throws IOException {
    assertEquals(expected, errors(splits(splits, false)));
  }

  @Test
  void sharesAddingUpPay() throws IOException {
    RunResult r = splits("deal,person,share\nD1,ann,60%\nD1,bob,40%\nD2,ann,100%\n", false);
    assertTrue(r.ok(), () -> errors(r));
    assertEquals("5500.00", payout(r, "ann")); // (54,000 + 1,000) x 10%
    assertEquals("3600.00", payout(r, "bob")); // 36,000 x 10%
  }

  @Test
  void keepGoingRejectsEveryRowOfADealWhoseSharesDoNotAddUp() throws IOException {
    RunResult r = splits("deal,person,share\nD1,ann,60%\nD1,bob,30%\nD2,ann,100%\n", true);
    assertTrue(r.ok(), () -> errors(r));
    assertEquals(
        """
        splits.csv:2:8 E0528 E0528 the shares of deal D1 add up to 90%, not 100% (lines 2, 3)
        splits.csv:3:8 E0528 E0528 the shares of deal D1 add up to 90%, not 100% (lines 2, 3)""",
        rejects(r));
    assertEquals("100.00", payout(r, "ann")); // D2 only; D1 has no split rows left
    assertEquals(
        1,
        r.reconciliation().excluded().stream()
            .filter(e -> e.reason().equals("no rows in splits"))
            .mapToLong(Reconciliation.Exclusion::count)
            .sum());
  }

  @Test
  void shareFieldsOfTheDealAreCheckedAtTheirCell() throws IOException {
    String plan =
        SPLITS_PLAN
            .replace("split by splits", "to owner share owner_share, second share second_share")
            .replace(
                "  close_date: date\n",
                "  close_date: date\n  second: person\n  owner_share: percent\n  second_share: percent\n");
    String deals =
        "id,owner,amount,stage,close_date,second,owner_share,second_share\n"
            + "D1,ann,90000,closed_won,2027-02-10,bob,60%,40%\nD2,ann,1000,closed_won,2027-02-11,bob,60%,30%\n"
            + "D3,ann,1000,closed_won,2027-02-11,bob,120%,-20%\n";
    RunResult r =
        run(
            plan,
            Map.of(
                "people.csv",
                SPLIT_PEOPLE,
                "deals.csv",
                deals,
                "splits.csv",
                "deal,person,share\n"),
            false);
    // "D2,ann,1000,closed_won,2027-02-11,bob," is 38 characters
    assertEquals(
        """
        E0528 deals.csv:3:39 the shares of deal D2 add up to 90%, not 100% (owner_share + second_share)
        E0528 deals.csv:4:39 owner_share of deal D3 is 120%: a share is from 0% to 100%
        E0528 deals.csv:4:44 second_share of deal D3 is -20%: a share is from 0% to 100%""",
        errors(r));
  }

  // ---- quotas from the plan ----------------------------------------------------------------

  @Test
  void anOverrideGivingATargetIncentiveOfZeroIsAnErrorAtItsValue() throws IOException {
    String plan = PLAN.formatted("override target_incentive for ann = 0\n");
    RunResult r = run(plan, files(), false);
    // line 38 of the plan, "override target_incentive for ann = " is 36 characters
    assertTrue(
        errors(r)
            .matches(
                "E0606 \\S*plan.comp:38:37 target_incentive is 0 for ann in 2027-Q1 by this override: "
                    + "a target incentive must be more than 0"),
        errors(r));
  }

  @Test
  void aNegativeQuotaInThePlanIsAnErrorAtItsDefinition() throws IOException {
    String plan =
        PLAN.formatted("")
            .replace("quota = quotas.amount", "quota = quotas.amount - 150_000 per quarter");
    RunResult r = run(plan, files(), false);
    // ann: 100,000 - 150,000 = -50,000; bob -100,000; mo -149,999 (whichever is evaluated first)
    assertTrue(
        errors(r)
            .matches(
                "E0605 \\S*plan.comp:35:9 quota is -\\d+ for \\w+ in 2027-Q1: a quota cannot be negative"),
        errors(r));
    assertTrue(errors(r).contains(": a quota cannot be negative"), errors(r));
  }
}
