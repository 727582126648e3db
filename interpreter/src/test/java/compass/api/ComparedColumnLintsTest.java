package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.source.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * W0106 on the table a comparison reads (issue 14 point 4): a field of another credit source
 * ({@code count of meetings where status is "hled"}, {@code pay 40 per meeting where ...}, the
 * filter of `credit meetings`, {@code sum of amount of sourced where ...}) is looked for among that
 * table's rows, a looked-up field ({@code product.series}, {@code rate_card(region, product).tier})
 * among the reference table's; a field declared {@code ignoring case} matches a value that differs
 * only in case; each value of a set on its own. Both tables have a {@code channel} column with
 * other values, so a value looked for in the wrong table shows.
 */
class ComparedColumnLintsTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      plan "Sources and lookups" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

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
        product: text
        region: text
        channel: text
        sourced_by: person optional

      input meetings from "meetings.csv":
        id: text
        booked_by: person
        meeting_date: date
        status: text
        channel: text ignoring case

      input products from "products.csv" key product:
        product: text
        series: text ignoring case

      input rate_card from "rates.csv" key region, product:
        region: text
        product: text
        tier: text
        rate: percent

      credit deals where stage is closed_won to owner on close_date
      credit deals where stage is closed_won to sourced_by on close_date as sourced
      credit meetings where CREDIT to booked_by on meeting_date

      component "Rates":
        pay amount * rate_card(region, product).rate + 0 * sum of amount of sourced per deal

      component "Checked":
        COMPONENT
      """;

  /** The line of {@code COMPONENT} in the plan, 1-based. */
  private static final int COMPONENT_LINE = 48;

  /** The line of the meetings' credit rule. */
  private static final int CREDIT_LINE = 42;

  private static final String DEALS =
      """
      id,owner,amount,stage,close_date,product,region,channel,sourced_by
      D1,ann,1000.00,closed_won,2027-01-10,GTXPro,emea,web,sam
      D2,ann,2000.00,closed_won,2027-02-10,MG Special,amer,partner,sam
      D3,ann,500.00,closed_lost,2027-02-11,GTXPro,amer,web,
      """;

  private static final String MEETINGS =
      """
      id,booked_by,meeting_date,status,channel
      M1,sam,2027-01-05,held,Phone
      M2,sam,2027-01-12,no_show,video
      M3,sam,2027-02-02,held,phone
      M4,sam,2027-02-09,cancelled,Video
      """;

  private static final String PRODUCTS = "product,series\nGTXPro,GTX\nMG Special,MG Special\n";

  private static final String RATES =
      """
      region,product,tier,rate
      emea,GTXPro,gold,10%
      amer,MG Special,silver,8%
      amer,GTXPro,silver,8%
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # a measure over another source: its field is the meetings' (no "did you mean": two edits)
      pay 10 * count of meetings where status is "hled" | 46: no row of meetings.csv has status "hled", so this condition never holds / the values of status there: "held", "cancelled", "no_show"
      pay 10 * count of meetings where status is "held" |
      # `per meeting` reads the meetings' rows
      pay 40 per meeting where status is "no show" | 38: no row of meetings.csv has status "no show", so this condition never holds / did you mean "no_show"? the values of status there: "no_show", "held", "cancelled"
      pay 40 per meeting where status is not no_show |
      # each value of a set on its own: held is there, the other two are not
      pay 40 per meeting where status is in ("held", "no show", "cancelld") | 50: no row of meetings.csv has status "no show", so this value of the set matches no row / did you mean "no_show"? the values of status there: "no_show", "held", "cancelled"; 61: no row of meetings.csv has status "cancelld", so this value of the set matches no row / did you mean "cancelled"? the values of status there: "cancelled", "held", "no_show"
      # the deals have channel web; the meetings' channel is another column, which has no web
      pay 10 * count of meetings where channel is "web" | 47: no row of meetings.csv has channel "web", so this condition never holds / the nearest values of channel there: "Video", "video", "Phone"
      pay 1% of sum of amount of deals where channel is "web" |
      # the meetings' channel ignores case: PHONE is Phone and phone
      pay 10 * count of meetings where channel is in ("PHONE", "VIDEO") |
      # `as sourced` credits the deals: its fields are the deals'
      pay 1% of sum of amount of sourced where region is "EMEA" | 54: no row of deals.csv has region "EMEA", so this condition never holds / did you mean "emea"? the values of region there: "emea", "amer"
      # a looked-up field is the reference table's; series ignores case
      pay 5 per deal where product.series is "GTY" | 42: no row of products.csv has series "GTY", so this condition never holds / did you mean "GTX"? the values of series there: "GTX", "MG Special"
      pay 5 per deal where product.series is "gtx" |
      pay 5 per deal where product.series is in ("gtx", "mg") | 53: no row of products.csv has series "mg", so this value of the set matches no row / the values of series there: "GTX", "MG Special"
      # product is a deal's field; a key of the products table too, but compared as the deal's
      pay 5 per deal where product is "GTX Pro" | 35: no row of deals.csv has product "GTX Pro", so this condition never holds / did you mean "GTXPro"? the values of product there: "GTXPro", "MG Special"
      # a rate card called with its keys: tier does not ignore case
      pay 5 per deal where rate_card(region, product).tier is "Gold" | 59: no row of rates.csv has tier "Gold", so this condition never holds / did you mean "gold"? the values of tier there: "gold", "silver"
      pay 5 per deal where rate_card(region, product).tier != "silver" |
      """)
  void aComparisonIsCheckedAgainstTheTableItReads(String component, String expected)
      throws IOException {
    List<Diagnostic> w = warnings(PLAN.replace("CREDIT", "status is held"), component);
    assertEquals(at(COMPONENT_LINE, expected), rendered(w));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # the filter of `credit meetings` reads the meetings' rows
      status is "hled" | 33: no row of meetings.csv has status "hled", so this condition never holds / the values of status there: "held", "cancelled", "no_show"
      status != "cancelld" | 33: no row of meetings.csv has status "cancelld", so this condition always holds / did you mean "cancelled"? the values of status there: "cancelled", "held", "no_show"
      status is not in (cancelled, no_show) |
      channel is "web" | 34: no row of meetings.csv has channel "web", so this condition never holds / the nearest values of channel there: "Video", "video", "Phone"
      """)
  void theFilterOfAnotherSourcesCreditRuleIsCheckedAgainstItsTable(String filter, String expected)
      throws IOException {
    List<Diagnostic> w = warnings(PLAN.replace("CREDIT", filter), "pay 100");
    assertEquals(at(CREDIT_LINE, expected), rendered(w));
  }

  /**
   * The expected warnings of a row ({@code column: message / hint}, several joined by {@code ; })
   * on {@code line}, as {@link #rendered} shows them; none when the row expects none.
   */
  private static String at(int line, String expected) {
    if (expected == null) return "";
    return List.of(expected.split("; ")).stream()
        .map(w -> line + ":" + w)
        .collect(Collectors.joining("\n"));
  }

  /** A table read from a workbook's sheet is named as its positions are: file!sheet. */
  @Test
  void aSheetOfAWorkbookIsNamedByItsFileAndSheet() throws IOException {
    String plan =
        PLAN.replace("CREDIT", "status is held")
            .replace(
                "input meetings from \"meetings.csv\":",
                "input meetings from \"book.xlsx\" sheet \"meetings\":");
    try (Workbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(dir.resolve("book.xlsx"))) {
      Sheet sheet = wb.createSheet("meetings");
      List<String> lines = MEETINGS.lines().toList();
      for (int r = 0; r < lines.size(); r++) {
        Row row = sheet.createRow(r);
        String[] cells = lines.get(r).split(",");
        for (int c = 0; c < cells.length; c++) row.createCell(c).setCellValue(cells[c]);
      }
      wb.write(out);
    }
    List<Diagnostic> w = warnings(plan, "pay 40 per meeting where status is \"no show\"");
    assertEquals(
        COMPONENT_LINE
            + ":38: no row of book.xlsx!meetings has status \"no show\", so this condition never"
            + " holds / did you mean \"no_show\"? the values of status there: \"no_show\", \"held\","
            + " \"cancelled\"",
        rendered(w));
  }

  /** In `compass test`, another table's values are those of every test's rows together. */
  @Test
  void planTestsLookAtTheirOwnRowsOfEachTable() throws IOException {
    String plan =
        PLAN.replace("CREDIT", "status is held")
                .replace("COMPONENT", "pay 40 per meeting where status is \"no show\"")
            + """

            test "a held meeting":
              people:
                ann ae
                sam sdr
              meetings: M1 sam 2027-01-05 held Phone
              expect line(sam, 2027-Q1, "Checked") = 0.00

            test "a no-show":
              people: sam sdr
              meetings: M2 sam 2027-01-12 no_show video
              expect payout(sam, 2027-Q1) = 0.00
            """;
    Path file = dir.resolve("plan.comp");
    Files.writeString(file, plan);
    TestReport r = PlanTests.run(file, false);
    assertTrue(r.planOk(), () -> DiagnosticRenderer.renderAll(r.diagnostics()));
    List<Diagnostic> w = r.diagnostics().stream().filter(d -> d.code() == Code.W0106).toList();
    assertEquals(
        COMPONENT_LINE
            + ":38: no row of the tests' meetings has status \"no show\", so this condition never"
            + " holds / did you mean \"no_show\"? the values of status there: \"no_show\", \"held\"",
        rendered(w));
  }

  /** What `check --data` warns about the plan with {@code component} (W0106 only). */
  private List<Diagnostic> warnings(String plan, String component) throws IOException {
    Path file = dir.resolve("plan.comp");
    Files.writeString(file, plan.replace("COMPONENT", component));
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\nsam,sdr\n");
    Files.writeString(dir.resolve("deals.csv"), DEALS);
    Files.writeString(dir.resolve("meetings.csv"), MEETINGS);
    Files.writeString(dir.resolve("products.csv"), PRODUCTS);
    Files.writeString(dir.resolve("rates.csv"), RATES);
    List<Diagnostic> all = Compass.check(file, dir).diagnostics();
    assertTrue(
        all.stream().noneMatch(Diagnostic::isError), () -> DiagnosticRenderer.renderAll(all));
    return all.stream().filter(d -> d.code() == Code.W0106).toList();
  }

  /** One warning a line: {@code line:column: message / hint}. */
  private static String rendered(List<Diagnostic> warnings) {
    return warnings.stream()
        .map(
            d -> {
              Span at = (Span) d.location();
              return at.line() + ":" + at.column() + ": " + d.message() + " / " + d.hint();
            })
        .collect(Collectors.joining("\n"));
  }
}
