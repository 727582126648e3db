package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.result.RejectedRow;
import compass.source.DataLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14 point 6: a problem found after loading (a value that cannot be right, a key with no row,
 * a role no component pays, an empty cell the plan needs at run time) is pointed at in the form of
 * the table's format, as the readers point at a bad cell: {@code deals.csv:14:5}, {@code
 * deals.xlsx!data!C14} (the sheet, and the cell in the field's column), {@code deals.jsonl:13:23}
 * (where the field's value is on the line; a JSON Lines file has no header line, so its rows are
 * one line up). A sentence says "line 2" of a text file and "row 2" of a sheet. The same bad data
 * is written as CSV, as .xlsx and as JSON Lines (every file of the run in that format), and each
 * case gives the exact position for each format. The CSV positions are those of before the
 * workbooks came (ImpossibleValuesTest, LookupDataTest).
 */
class PositionsAfterLoadingTest {
  private static final String PLAN =
      """
      plan "Positions" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-03-31

      stages open, closed_won

      input people from "people.EXT":
        id: text
        role: text
        manager: person optional
        target_incentive: money

      input deals from "deals.EXT":
        id: text
        owner: person
        amount: money
        currency: text
        product: text
        stage: stage
        close_date: date
        bonus: money optional

      input fx from "fx.EXT":
        currency: text
        date: date
        rate: number

      input quotas from "quotas.EXT":
        rep: person
        quarter: period
        amount: money

      input products from "products.EXT" key product:
        product: text
        series: text

      CREDIT
      convert deals with fx using currency on close_date
      RULES
      quota = quotas.amount
      bookings = sum of amount
      attainment = bookings / quota

      component "Commission" for role ae:
        pay target_incentive / 4 * min(attainment, 150%)

      component "Series" for role ae:
        pay amount * (if product.series is "GTX" then 1% else 0%) per deal

      component "Bonus" for role ae:
        pay bonus per deal

      component "Manager" for role manager:
        pay 100
      """;

  private static final String CREDIT =
      "credit deals where stage is closed_won to owner on close_date";

  // people: id A, role B, manager C, target_incentive D
  private static final String PEOPLE =
      "id,role,manager,target_incentive\nann,ae,mo,40000\nbob,ae,mo,20000\nmo,manager,,30000\n";
  // deals: id A, owner B, amount C, currency D, product E, stage F, close_date G, bonus H
  private static final String DEALS =
      "id,owner,amount,currency,product,stage,close_date,bonus\n"
          + "D1,ann,100000,USD,GTX Pro,closed_won,2027-02-10,100\n"
          + "D2,bob,50000,EUR,MG Basic,closed_won,2027-02-11,50\n";
  private static final String FX = "currency,date,rate\nEUR,2027-01-01,1.10\n";
  private static final String QUOTAS =
      "rep,quarter,amount\nann,2027-Q1,100000\nbob,2027-Q1,50000\nmo,2027-Q1,1\n";
  private static final String PRODUCTS = "product,series\nGTX Pro,GTX\nMG Basic,MG\n";

  private static final String TOO_DEEP =
      "the manager chain from ann up to c100 is 102 levels deep (ann -> mo -> ... -> c100);"
          + " `roll up all levels` follows at most 100";

  /** People c1 to cN, each managed by the next; cN by nobody. */
  private static String chain(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++)
      out.append("c" + i + ",manager," + (i < n ? "c" + (i + 1) : "") + ",1000\n");
    return out.toString();
  }

  private static final List<InputFormat> FORMATS =
      List.of(InputFormat.CSV, InputFormat.XLSX, InputFormat.JSONL);

  @TempDir Path dir;

  /** The plan with its credit rule and rules, and the data files of its base case. */
  private record Run(String credit, String rules, Map<String, String> files) {
    static Run of(String... replacements) {
      return with(CREDIT, "", replacements);
    }

    static Run with(String credit, String rules, String... replacements) {
      Map<String, String> files = new LinkedHashMap<>();
      files.put("people", PEOPLE);
      files.put("deals", DEALS);
      files.put("fx", FX);
      files.put("quotas", QUOTAS);
      files.put("products", PRODUCTS);
      for (int i = 0; i < replacements.length; i += 2)
        files.put(replacements[i], replacements[i + 1]);
      return new Run(credit, rules, files);
    }
  }

  private RunResult run(Run run, InputFormat format, boolean keepGoing) throws IOException {
    String ext = format.extension.substring(1);
    Path plan = dir.resolve("plan.comp");
    Files.writeString(
        plan,
        PLAN.replace("CREDIT", run.credit())
            .replace("RULES", run.rules())
            .replace(".EXT\"", "." + ext + "\""));
    for (var f : run.files().entrySet()) FormatFiles.write(dir, f.getKey(), format, f.getValue());
    return Compass.run(new RunRequest(plan, dir, null, true, keepGoing));
  }

  /**
   * The first diagnostic of a code: "position (field f): message" for a position in the data, the
   * message alone for one in the plan (the data's row is then named in the message).
   */
  private static String first(RunResult r, String code) {
    Diagnostic d =
        r.diagnostics().stream()
            .filter(x -> x.code().id().equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError(DiagnosticRenderer.renderAll(r.diagnostics())));
    if (!(d.location() instanceof DataLocation at)) return d.message();
    return at.describe()
        + (at.field() == null ? "" : " (field " + at.field() + ")")
        + ": "
        + d.message();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // Evaluator: cy's role `coach` is paid by no component; the row as it always was in a
        // CSV file (no column), the cell of `role` in a sheet, where the role is on the line
        // ({"id":"cy","role":"coach",... : the value starts at column 19)
        Arguments.of(
            "W0601 a role no component pays",
            Run.of("people", PEOPLE + "cy,coach,mo,10000\n"),
            "W0601",
            List.of(
                "people.csv:5:1 (field role): cy has role `coach`, which no component pays: every payout is 0.00",
                "people.xlsx!data!B5 (field role): cy has role `coach`, which no component pays: every payout is 0.00",
                "people.jsonl:4:19 (field role): cy has role `coach`, which no component pays: every payout is 0.00")),
        // DataChecks: "ann,ae,mo," is 10 characters; {"id":"ann","role":"ae","manager":"mo",
        // "target_incentive": is 58
        Arguments.of(
            "E0523 a target incentive of 0",
            Run.of("people", PEOPLE.replace("ann,ae,mo,40000", "ann,ae,mo,0")),
            "E0523",
            List.of(
                "people.csv:2:11 (field target_incentive): target_incentive of ann is 0: a target incentive must be more than 0",
                "people.xlsx!data!D2 (field target_incentive): target_incentive of ann is 0: a target incentive must be more than 0",
                "people.jsonl:1:59 (field target_incentive): target_incentive of ann is 0: a target incentive must be more than 0")),
        // "ann,2027-Q1," is 12 characters; {"rep":"ann","quarter":"2027-Q1","amount": is 42
        Arguments.of(
            "E0524 a quota of 0",
            Run.of("quotas", QUOTAS.replace("ann,2027-Q1,100000", "ann,2027-Q1,0")),
            "E0524",
            List.of(
                "quotas.csv:2:13 (field amount): the quota of ann in 2027-Q1 is 0: a quota of 0 makes attainment undefined",
                "quotas.xlsx!data!C2 (field amount): the quota of ann in 2027-Q1 is 0: a quota of 0 makes attainment undefined",
                "quotas.jsonl:1:43 (field amount): the quota of ann in 2027-Q1 is 0: a quota of 0 makes attainment undefined")),
        // "EUR,2027-01-01," is 15; {"currency":"EUR","date":"2027-01-01","rate": is 45
        Arguments.of(
            "E0525 an FX rate of 0",
            Run.of("fx", "currency,date,rate\nEUR,2027-01-01,0\n"),
            "E0525",
            List.of(
                "fx.csv:2:16 (field rate): the FX rate of EUR on 2027-01-01 is 0: a rate must be more than 0",
                "fx.xlsx!data!C2 (field rate): the FX rate of EUR on 2027-01-01 is 0: a rate must be more than 0",
                "fx.jsonl:1:46 (field rate): the FX rate of EUR on 2027-01-01 is 0: a rate must be more than 0")),
        // the first EUR rate is on line 2 of the CSV, row 2 of the sheet, line 1 of JSON Lines;
        // {"currency":"EUR","date": is 25
        Arguments.of(
            "E0526 two FX rates for one currency and date",
            Run.of("fx", FX + "GBP,2027-01-01,1.3\nEUR,2027-01-01,1.20\n"),
            "E0526",
            List.of(
                "fx.csv:4:5 (field date): a second FX rate for EUR on 2027-01-01 (first on line 2)",
                "fx.xlsx!data!B4 (field date): a second FX rate for EUR on 2027-01-01 (first on row 2)",
                "fx.jsonl:3:26 (field date): a second FX rate for EUR on 2027-01-01 (first on line 1)")),
        // {"rep":"ann","quarter": is 23
        Arguments.of(
            "E0527 two quota rows for one participant and period",
            Run.of("quotas", QUOTAS + "ann,2027-Q1,20000\n"),
            "E0527",
            List.of(
                "quotas.csv:5:5 (field quarter): a second quota row for ann in 2027-Q1 (first on line 2)",
                "quotas.xlsx!data!B5 (field quarter): a second quota row for ann in 2027-Q1 (first on row 2)",
                "quotas.jsonl:4:24 (field quarter): a second quota row for ann in 2027-Q1 (first on line 1)")),
        // splits: "D1,ann," is 7; {"deal":"D1","person":"ann","share": is 36
        Arguments.of(
            "E0528 split shares that do not add up",
            Run.with(
                "credit deals where stage is closed_won split by splits on close_date",
                "input splits from \"splits.EXT\":\n  deal: text\n  person: person\n  share: percent\n",
                "splits",
                "deal,person,share\nD1,ann,60%\nD1,bob,30%\nD2,bob,100%\n"),
            "E0528",
            List.of(
                "splits.csv:2:8 (field share): the shares of deal D1 add up to 90%, not 100% (lines 2, 3)",
                "splits.xlsx!data!C2 (field share): the shares of deal D1 add up to 90%, not 100% (rows 2, 3)",
                "splits.jsonl:1:37 (field share): the shares of deal D1 add up to 90%, not 100% (lines 1, 2)")),
        // ShareSource: a share computed in the plan is checked when the deal is credited, at the
        // row (the first cell of a sheet's row)
        Arguments.of(
            "E0528 a computed share out of range",
            Run.with(
                "credit deals where stage is closed_won to owner share"
                    + " (if currency is \"EUR\" then 150% else 100%) on close_date",
                ""),
            "E0528",
            List.of(
                "deals.csv:3:1: a share of deal D2 for bob is 150%: a share is from 0% to 100%",
                "deals.xlsx!data!A3: a share of deal D2 for bob is 150%: a share is from 0% to 100%",
                "deals.jsonl:2:1: a share of deal D2 for bob is 150%: a share is from 0% to 100%")),
        // PeopleReferences: "ann,ae," is 7; {"id":"ann","role":"ae","manager": is 34
        Arguments.of(
            "E0507 a manager who is not a participant",
            Run.of("people", PEOPLE.replace("ann,ae,mo,", "ann,ae,zed,")),
            "E0507",
            List.of(
                "people.csv:2:8 (field manager): manager zed is not in people",
                "people.xlsx!data!C2 (field manager): manager zed is not in people",
                "people.jsonl:1:35 (field manager): manager zed is not in people")),
        // ManagerChain: ann -> mo -> c1 -> ... -> c100 is 102 levels; at ann's manager cell
        Arguments.of(
            "E0529 a manager chain too deep",
            Run.with(
                CREDIT + " roll up all levels",
                "",
                "people",
                PEOPLE.replace("mo,manager,,", "mo,manager,c1,") + chain(100)),
            "E0529",
            List.of(
                "people.csv:2:8 (field manager): " + TOO_DEEP,
                "people.xlsx!data!C2 (field manager): " + TOO_DEEP,
                "people.jsonl:1:35 (field manager): " + TOO_DEEP)),
        // ReferenceChecks: {"product": is 11
        Arguments.of(
            "E0540 two rows of one key",
            Run.of("products", PRODUCTS + "GTX Pro,GTY\n"),
            "E0540",
            List.of(
                "products.csv:4:1 (field product): a second row for product `GTX Pro` (first on line 2)",
                "products.xlsx!data!A4 (field product): a second row for product `GTX Pro` (first on row 2)",
                "products.jsonl:3:12 (field product): a second row for product `GTX Pro` (first on line 1)")),
        // Lookups: the error is at the lookup in the plan; its message names the deal's row, at
        // the cell of the key it was looked up by (product, column E)
        Arguments.of(
            "E0610 a key with no row",
            Run.of("deals", DEALS + "D3,ann,1000,USD,Zeta,closed_won,2027-02-12,10\n"),
            "E0610",
            List.of(
                "no row of products.csv for product `Zeta` (deal D3, deals.csv:4)",
                "no row of products.xlsx for product `Zeta` (deal D3, deals.xlsx!data!E4)",
                "no row of products.jsonl for product `Zeta` (deal D3, deals.jsonl:3)")),
        // Participants: mo is a manager in the people file and a rep of quotas.rep, everyone of
        // which is role ae; the cell of mo's role: "mo," is 3, {"id":"mo","role": is 18
        Arguments.of(
            "E0545 two roles for one person",
            Run.with(CREDIT, "everyone in quotas.rep is role ae\n"),
            "E0545",
            List.of(
                "people.csv:4:4 (field role): mo has role `manager` in the people file, but everyone in quotas.rep is role `ae`",
                "people.xlsx!data!B4 (field role): mo has role `manager` in the people file, but everyone in quotas.rep is role `ae`",
                "people.jsonl:3:19 (field role): mo has role `manager` in the people file, but everyone in quotas.rep is role `ae`")),
        // ExprCompiler: at run time, the plan needs bob's empty bonus (column H)
        Arguments.of(
            "E0512 an empty cell the plan needs at run time",
            Run.of("deals", DEALS.replace("2027-02-11,50\n", "2027-02-11,\n")),
            "E0512",
            List.of(
                "`bonus` is empty in deals.csv:3 (deal D2), but the plan needs its value here",
                "`bonus` is empty in deals.xlsx!data!H3 (deal D2), but the plan needs its value here",
                "`bonus` is empty in deals.jsonl:2 (deal D2), but the plan needs its value here")),
        // FxRates: no rate for GBP, at the deal's row
        Arguments.of(
            "E0513 a deal with no FX rate",
            Run.of("deals", DEALS.replace(",EUR,", ",GBP,")),
            "E0513",
            List.of(
                "deals.csv:3:1: no FX rate GBP->USD on or before 2027-02-11 (deal D2)",
                "deals.xlsx!data!A3: no FX rate GBP->USD on or before 2027-02-11 (deal D2)",
                "deals.jsonl:2:1: no FX rate GBP->USD on or before 2027-02-11 (deal D2)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachFormatPointsAtItsOwnCell(String name, Run run, String code, List<String> expected)
      throws IOException {
    for (int i = 0; i < FORMATS.size(); i++) {
      RunResult r = run(run, FORMATS.get(i), false);
      assertEquals(expected.get(i), first(r, code), FORMATS.get(i).name());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = InputFormat.class,
      names = {"CSV", "XLSX", "JSONL"})
  void theDataAsGivenRunsWithoutAWord(InputFormat format) throws IOException {
    RunResult r = run(Run.of(), format, false);
    assertTrue(
        r.ok() && r.diagnostics().isEmpty(), () -> DiagnosticRenderer.renderAll(r.diagnostics()));
    // ann: 100,000 / 100,000 = 100%: 40,000 / 4 = 10,000, + 1% of 100,000 (GTX) + bonus 100
    assertEquals("11100.00", payout(r, "ann"));
  }

  private static String payout(RunResult r, String who) {
    return r.rows().stream()
        .filter(s -> s.participant().equals(who))
        .map(s -> s.payout().toPlainString())
        .findFirst()
        .orElseThrow();
  }

  /**
   * --keep-going: the row is rejected, and the rejects file says where its problem is, as for a row
   * refused while loading (RejectedRow.position: the file column of `compass run`'s rejects).
   */
  static Stream<Arguments> rejects() {
    return Stream.of(
        Arguments.of(
            "E0523 a target incentive of 0",
            Run.of("people", PEOPLE.replace("ann,ae,mo,40000", "ann,ae,mo,0")),
            List.of(
                "people.csv:2:11 E0523", "people.xlsx!data!D2 E0523", "people.jsonl:1:59 E0523")),
        // "D3,ann,1000,USD," is 16; {"id":"D3","owner":"ann","amount":1000,"currency":"USD",
        // "product": is 66
        Arguments.of(
            "E0610 a key with no row",
            Run.of("deals", DEALS + "D3,ann,1000,USD,Zeta,closed_won,2027-02-12,10\n"),
            List.of("deals.csv:4:17 E0610", "deals.xlsx!data!E4 E0610", "deals.jsonl:3:67 E0610")),
        // "D2,bob,50000,EUR,MG Basic,closed_won,2027-02-11," is 48; the JSON line up to
        // "bonus": is 133
        Arguments.of(
            "E0512 an empty cell the plan needs at run time",
            Run.of("deals", DEALS.replace("2027-02-11,50\n", "2027-02-11,\n")),
            List.of(
                "deals.csv:3:49 E0512", "deals.xlsx!data!H3 E0512", "deals.jsonl:2:134 E0512")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejects")
  void aRejectedRowIsListedAtItsCell(String name, Run run, List<String> expected)
      throws IOException {
    for (int i = 0; i < FORMATS.size(); i++) {
      RunResult r = run(run, FORMATS.get(i), true);
      String code = expected.get(i).substring(expected.get(i).lastIndexOf(' ') + 1);
      // ann's deals and quota rows go with her row (E0523): the one of the code is the one here
      RejectedRow row =
          r.rejects().stream()
              .filter(x -> x.code().id().equals(code))
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          r.rejects() + DiagnosticRenderer.renderAll(r.diagnostics())));
      assertEquals(expected.get(i), row.position() + " " + row.code().id(), FORMATS.get(i).name());
    }
  }

  /**
   * RowPlace itself, on one table in each format: the cell of a field, the row (a CSV row without a
   * column, as always), the row in a sentence, its number's word; and a row added by a what-if,
   * which is in no file.
   */
  @ParameterizedTest
  @EnumSource(
      value = InputFormat.class,
      names = {"CSV", "XLSX", "XLS", "JSONL"})
  void rowPlaceSaysWhereInTheFormatsForm(InputFormat format) {
    // amount is column C of a sheet; "d2,p2," is 6 characters; {"id":"d2","owner":"p2","amount":
    // is 33
    String file = FormatFiles.write(dir, "deals", format, "id,owner,amount\nd1,p1,10\nd2,p2,20\n");
    compass.diag.Diagnostics diags = new compass.diag.Diagnostics();
    Table t =
        TableLoader.load(
            Fixtures.schema(file, "id TEXT, owner PERSON?, amount MONEY"),
            dir,
            Fixtures.OPTIONS,
            diags);
    assertTrue(!diags.hasErrors(), diags.all()::toString);
    Table added =
        new TableEdit(t).add(new Object[] {"d3", "p1", new java.math.BigDecimal("5")}).build();
    String got =
        String.join(
            " | ",
            RowPlace.cell(t, 1, "amount").describe(),
            RowPlace.row(t, 1, "amount").describe(),
            RowPlace.row(t, 1, null).describe(),
            RowPlace.where(t, 1, "amount"),
            RowPlace.where(t, 1, null),
            RowPlace.name(t, 1),
            RowPlace.cell(added, 1, "amount").describe(),
            RowPlace.row(added, 2, "amount").describe());
    String expected =
        switch (format) {
          case CSV ->
              "deals.csv:3:7 | deals.csv:3:1 | deals.csv:3:1 | deals.csv:3 | deals.csv:3 | line 3"
                  + " | deals.csv:3:7 | deals.csv";
          case XLSX, XLS ->
              String.join(
                  " | ",
                  file + "!data!C3",
                  file + "!data!C3",
                  file + "!data!A3",
                  file + "!data!C3",
                  file + "!data!A3",
                  "row 3",
                  file + "!data!C3",
                  file);
          case JSONL ->
              "deals.jsonl:2:34 | deals.jsonl:2:34 | deals.jsonl:2:1 | deals.jsonl:2 | deals.jsonl:2"
                  + " | line 2 | deals.jsonl:2:34 | deals.jsonl";
        };
    assertEquals(expected, got);
    // a text file's cell comes with its line, for the caret; a sheet has no text
    String line =
        switch (format) {
          case CSV -> "d2,p2,20";
          case JSONL -> "{\"id\":\"d2\",\"owner\":\"p2\",\"amount\":20}";
          case XLSX, XLS -> null;
        };
    assertEquals(line, RowPlace.cell(t, 1, "amount").lineText());
  }
}
