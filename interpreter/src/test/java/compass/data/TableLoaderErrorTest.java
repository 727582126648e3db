package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.source.DataLocation;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per rule: the file, the first diagnostic's code, message, position and hint. */
class TableLoaderErrorTest {
  private static final String DEALS = "id TEXT, owner PERSON?, amount MONEY";

  private static final String EMPTY_HINT =
      "export the file with its header row, e.g. id,owner,amount";

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        row("missing column, did you mean", DEALS, "id,owner,amout\nd1,p1,5\n",
            Code.E0502, "column `amount` is not in the header of deals.csv; the header has: "
                + "id, owner, amout", 1, 1, "did you mean `amout`?"),
        row("empty file", DEALS, "", Code.E0509,
            "deals.csv is empty: expected a header line naming the columns", 1, 1, EMPTY_HINT),
        row("only a BOM and blank lines", DEALS, "\uFEFF\r\n\r\n", Code.E0509,
            "deals.csv is empty: expected a header line naming the columns", 1, 1, EMPTY_HINT),
        row("blank first line", DEALS, "\nid,owner,amount\nd1,p1,5\n", Code.E0509,
            "the first line of deals.csv is blank: it must be the header naming the columns", 1,
            1, "delete the blank lines above the header"),
        row("too many fields: unquoted thousands separator", DEALS,
            "id,owner,amount\nd1,p1,1,000.00\n", Code.E0503,
            "line 2 has 4 fields, the header has 3", 2, 9,
            "a value containing a comma, like 1,000.00, must be quoted or written without it"),
        row("too few fields", DEALS, "id,owner,amount\nd1,p1\r\n", Code.E0503,
            "line 2 has 2 fields, the header has 3", 2, 6,
            "a value or a separating comma is missing"),
        row("blank line in the middle", DEALS, "id,owner,amount\nd1,p1,5\n\nd2,p1,6\n",
            Code.E0503, "line 3 is blank, the header has 3 fields", 3, 1,
            "delete the blank line"),
        row("unterminated quote", DEALS, "id,owner,amount\nd1,\"p1,5\nd2,p1,6\n", Code.E0511,
            "unterminated quote: the quoted cell starting on line 2 never ends, so the rest "
                + "of the file was read into it", 2, 4,
            "close the quote; to put a quote inside a quoted cell, double it (\"\")"),
        row("missing required value", DEALS, "id,owner,amount\nd1,p1, \n", Code.E0512,
            "missing value for amount", 2, 7, "amount is required in every row; declare it "
                + "optional in the plan if blanks are expected"),
        row("thousands separator", DEALS, "id,owner,amount\nd1,p1,\"1,000.00\"\n", Code.E0504,
            "found `1,000.00` in amount: write numbers without thousands separators, with a dot"
                + " for decimals, e.g. 1000.00", 2, 7, null),
        row("decimal comma", DEALS, "id,owner,amount\nd1,p1,\"12,5\"\n", Code.E0504,
            "found `12,5` in amount: write numbers without thousands separators, with a dot"
                + " for decimals, e.g. 12.5", 2, 7, null),
        row("currency symbol", DEALS, "id,owner,amount\nd1,p1,$250\n", Code.E0504,
            "found `$250` in amount: write numbers without a currency symbol, e.g. 250", 2, 7,
            null),
        row("too many digits", DEALS, "id,owner,amount\nd1,p1,1234567890123456789.5\n",
            Code.E0514, "found `1234567890123456789.5` in amount: 20 significant digits, at "
                + "most 18 are supported", 2, 7,
            "round the value in the export; amounts need at most a few decimals"),
        row("integer with decimals", "id TEXT, term INTEGER", "id,term\nd1,12.5\n", Code.E0504,
            "found `12.5` in term: expected a whole number, e.g. 12", 2, 4, null),
        row("integer out of range", "id TEXT, term INTEGER",
            "id,term\nd1,9223372036854775808\n", Code.E0514,
            "found `9223372036854775808` in term: too large for a whole number", 2, 4, null),
        row("no such date", "id TEXT, close DATE", "id,close\nd1,2027-02-30\n", Code.E0505,
            "found `2027-02-30` in close: no such date", 2, 4, null),
        row("day-first date", "id TEXT, close DATE", "id,close\nd1,31/01/2027\n", Code.E0505,
            "found `31/01/2027` in close: write dates as yyyy-mm-dd (year first, so day and "
                + "month cannot be confused), e.g. 2027-01-31", 2, 4, null),
        row("unknown stage", "id TEXT, stage STAGE", "id,stage\nd1,closed-won\n", Code.E0506,
            "unknown stage `closed-won` in stage; the stages are: prospecting, qualification, "
                + "closed_won, closed_lost", 2, 4, "did you mean `closed_won`?"),
        row("unknown person", DEALS, "id,owner,amount\nd1,p999,5\n", Code.E0507,
            "owner p999 is not in people", 2, 4, "add p999 to the people file, or correct the id"),
        row("invalid bool", "id TEXT, active BOOL", "id,active\nd1,maybe\n", Code.E0513,
            "found `maybe` in active: expected true or false (also yes/no or 1/0)", 2, 4, null),
        row("duplicate id", DEALS, "id,owner,amount\nd1,p1,5\nd2,p1,6\nd1,p2,7\n", Code.E0508,
            "duplicate id d1: first seen on line 2", 4, 1,
            "each row needs its own id; remove the repeated row or give it a new id"));
  }

  private static Arguments row(String name, String fields, String csv, Code code, String message,
      long line, int column, String hint) {
    return Arguments.of(name, fields, csv, code, message, line, column, hint);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheProblemWhereItIs(String name, String fields, String csv, Code code,
      String message, long line, int column, String hint) {
    Diagnostics diags = new Diagnostics();
    Fixtures.load(dir, fields, csv, diags);
    assertTrue(diags.hasErrors(), name + ": no diagnostic");
    Diagnostic d = diags.all().get(0);
    assertEquals(code, d.code(), d::toString);
    assertEquals(message, d.message());
    DataLocation at = (DataLocation) d.location();
    assertEquals("deals.csv", at.file());
    assertEquals(line, at.line(), "line");
    assertEquals(column, at.column(), "column");
    assertEquals(hint, d.hint());
    assertEquals(1, diags.all().size(), () -> "exactly one problem: " + diags.all());
  }

  @Test
  void cellProblemsNameTheFieldAndShowTheRawLine() {
    Diagnostics diags = new Diagnostics();
    Fixtures.load(dir, DEALS, "id,owner,amount\r\nd1,p1,12,5\r\nd2,p1,\"1.5x\"\r\n", diags);
    assertEquals(2, diags.all().size(), diags.all()::toString);
    DataLocation at = (DataLocation) diags.all().get(1).location();
    assertEquals("amount", at.field());
    assertEquals("d2,p1,\"1.5x\"", at.lineText());
    assertEquals("deals.csv:3:7", at.describe());
  }

  @Test
  void stopsDescribingAfterTwentyProblemsAndSaysHowManyMore() {
    StringBuilder csv = new StringBuilder("id,owner,amount\n");
    for (int i = 0; i < 25; i++) csv.append("d").append(i).append(",p1,x\n");
    Diagnostics diags = new Diagnostics();
    Fixtures.load(dir, DEALS, csv.toString(), diags);
    assertEquals(Problems.LIMIT + 1, diags.all().size());
    Diagnostic last = diags.all().get(Problems.LIMIT);
    assertEquals(Code.E0516, last.code());
    assertEquals("... and 5 more problems in deals.csv", last.message());
  }

  @Test
  void keepsGoingAfterAnErrorAndKeepsTheRow() {
    Diagnostics diags = new Diagnostics();
    Table t = Fixtures.load(dir, DEALS, "id,owner,amount\nd1,p1,x\nd2,p9,y\nd3,p1,3\n", diags);
    assertEquals(3, diags.all().size(), diags.all()::toString); // x, p9, y
    assertEquals(3, t.rowCount());
    assertTrue(!t.column("amount").isPresent(0) && t.column("amount").isPresent(2));
  }
}
