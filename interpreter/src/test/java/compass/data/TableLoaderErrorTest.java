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

  private static final String NAMED_TWICE =
      "rename or delete one of them, so it is clear which one is meant";
  private static final String CONTROL_HINT =
      "remove it from the file: it is invisible in a "
          + "spreadsheet but makes the value differ; NULs all through a file mean it was saved as "
          + "UTF-16: save it as UTF-8";

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        row(
            "missing column, did you mean",
            DEALS,
            "id,owner,amout\nd1,p1,5\n",
            Code.E0502,
            "column `amount` is not in the header of deals.csv; the header has: "
                + "id, owner, amout",
            1,
            1,
            "did you mean `amout`?"),
        row(
            "empty file",
            DEALS,
            "",
            Code.E0509,
            "deals.csv is empty: expected a header line naming the columns",
            1,
            1,
            EMPTY_HINT),
        row(
            "only a BOM and blank lines",
            DEALS,
            "\uFEFF\r\n\r\n",
            Code.E0509,
            "deals.csv is empty: expected a header line naming the columns",
            1,
            1,
            EMPTY_HINT),
        row(
            "blank first line",
            DEALS,
            "\nid,owner,amount\nd1,p1,5\n",
            Code.E0509,
            "the first line of deals.csv is blank: it must be the header naming the columns",
            1,
            1,
            "delete the blank lines above the header"),
        row(
            "too many fields: unquoted thousands separator",
            DEALS,
            "id,owner,amount\nd1,p1,1,000.00\n",
            Code.E0503,
            "line 2 has 4 fields, the header has 3",
            2,
            9,
            "a value containing a comma, like 1,000.00, must be quoted or written without it"),
        row(
            "too few fields",
            DEALS,
            "id,owner,amount\nd1,p1\r\n",
            Code.E0503,
            "line 2 has 2 fields, the header has 3",
            2,
            6,
            "a value or a separating comma is missing"),
        row(
            "blank line in the middle",
            DEALS,
            "id,owner,amount\nd1,p1,5\n\nd2,p1,6\n",
            Code.E0503,
            "line 3 is blank, the header has 3 fields",
            3,
            1,
            "delete the blank line"),
        row(
            "unterminated quote",
            DEALS,
            "id,owner,amount\nd1,\"p1,5\nd2,p1,6\n",
            Code.E0511,
            "unterminated quote: the quoted cell starting on line 2 never ends, so the rest "
                + "of the file was read into it",
            2,
            4,
            "close the quote; to put a quote inside a quoted cell, double it (\"\")"),
        row(
            "missing required value",
            DEALS,
            "id,owner,amount\nd1,p1, \n",
            Code.E0512,
            "missing value for amount",
            2,
            7,
            "amount is required in every row; declare it "
                + "optional in the plan if blanks are expected"),
        row(
            "thousands separator",
            DEALS,
            "id,owner,amount\nd1,p1,\"1,000.00\"\n",
            Code.E0504,
            "found `1,000.00` in amount: write numbers without thousands separators, with a dot"
                + " for decimals, e.g. 1000.00",
            2,
            7,
            null),
        row(
            "decimal comma",
            DEALS,
            "id,owner,amount\nd1,p1,\"12,5\"\n",
            Code.E0504,
            "found `12,5` in amount: write numbers without thousands separators, with a dot"
                + " for decimals, e.g. 12.5",
            2,
            7,
            null),
        row(
            "currency symbol",
            DEALS,
            "id,owner,amount\nd1,p1,$250\n",
            Code.E0504,
            "found `$250` in amount: write numbers without a currency symbol, e.g. 250",
            2,
            7,
            null),
        row(
            "too many digits",
            DEALS,
            "id,owner,amount\nd1,p1,1234567890123456789.5\n",
            Code.E0514,
            "found `1234567890123456789.5` in amount: 20 significant digits, at "
                + "most 18 are supported",
            2,
            7,
            "round the value in the export; amounts need at most a few decimals"),
        row(
            "integer with decimals",
            "id TEXT, term INTEGER",
            "id,term\nd1,12.5\n",
            Code.E0504,
            "found `12.5` in term: expected a whole number, e.g. 12",
            2,
            4,
            null),
        row(
            "integer out of range",
            "id TEXT, term INTEGER",
            "id,term\nd1,9223372036854775808\n",
            Code.E0514,
            "found `9223372036854775808` in term: too large for a whole number",
            2,
            4,
            null),
        row(
            "no such date",
            "id TEXT, close DATE",
            "id,close\nd1,2027-02-30\n",
            Code.E0505,
            "found `2027-02-30` in close: no such date",
            2,
            4,
            null),
        row(
            "day-first date",
            "id TEXT, close DATE",
            "id,close\nd1,31/01/2027\n",
            Code.E0505,
            "found `31/01/2027` in close: write dates as yyyy-mm-dd (year first, so day and "
                + "month cannot be confused), e.g. 2027-01-31",
            2,
            4,
            null),
        row(
            "unknown stage",
            "id TEXT, stage STAGE",
            "id,stage\nd1,closed-won\n",
            Code.E0506,
            "unknown stage `closed-won` in stage; the stages are: prospecting, qualification, "
                + "closed_won, closed_lost",
            2,
            4,
            "did you mean `closed_won`?"),
        row(
            "unknown person",
            DEALS,
            "id,owner,amount\nd1,p999,5\n",
            Code.E0507,
            "owner p999 is not in people",
            2,
            4,
            "add p999 to the people file, or correct the id"),
        row(
            "invalid bool",
            "id TEXT, active BOOL",
            "id,active\nd1,maybe\n",
            Code.E0513,
            "found `maybe` in active: expected true or false (also yes/no or 1/0)",
            2,
            4,
            null),
        row(
            "duplicate id",
            DEALS,
            "id,owner,amount\nd1,p1,5\nd2,p1,6\nd1,p2,7\n",
            Code.E0508,
            "duplicate id d1: first seen on line 2",
            4,
            1,
            "each row needs its own id; remove the repeated row or give it a new id"),
        // issue 12.1: nothing read is silently lost or changed. Columns count characters of the
        // line from 1: in "id,owner,amount,amount" the second `amount` starts after 16 of them.
        row(
            "a read column named twice",
            DEALS,
            "id,owner,amount,amount\nd1,p1,5,6\n",
            Code.E0517,
            "column `amount` is named twice in the header of deals.csv (the 3rd and "
                + "the 4th column)",
            1,
            17,
            NAMED_TWICE),
        row(
            "an unread column named twice",
            DEALS,
            "id,owner,amount,note,note\nd1,p1,5,a,b\n",
            Code.E0517,
            "column `note` is named twice in the header of deals.csv (the 4th and "
                + "the 5th column)",
            1,
            22,
            NAMED_TWICE),
        row(
            "named twice once stripped",
            DEALS,
            "id,owner,amount, id \nd1,p1,5,6\n",
            Code.E0517,
            "column `id` is named twice in the header of deals.csv (the 1st and "
                + "the 4th column)",
            1,
            17,
            NAMED_TWICE),
        row(
            "NUL in a read cell",
            DEALS,
            "id,owner,amount\nd1,p\u00001,5\n",
            Code.E0518,
            "control character U+0000 (NUL) in owner: a value must hold only printable "
                + "characters",
            2,
            5,
            CONTROL_HINT),
        row(
            "control character in an unread column",
            DEALS,
            "id,owner,amount,note\nd1,p1,5,a\u0001b\n",
            Code.E0518,
            "control character U+0001 in column `note`: a value must hold only printable "
                + "characters",
            2,
            10,
            CONTROL_HINT),
        row(
            "ESC on the second line of a quoted cell, CRLF",
            DEALS,
            "id,owner,amount,note\r\nd1,p1,5,\"line one\r\nx\u001b[31m\"\r\n",
            Code.E0518,
            "control character U+001B (ESC) in column `note`: a value must hold only printable "
                + "characters",
            3,
            2,
            CONTROL_HINT),
        row(
            "C1 control (CSI) in the id",
            DEALS,
            "id,owner,amount\nd\u009b1,p1,5\n",
            Code.E0518,
            "control character U+009B in id: a value must hold only printable characters",
            2,
            2,
            CONTROL_HINT),
        row(
            "BEL after a CR-only line end",
            DEALS,
            "id,owner,amount\r\nd1,p1,5\rd2,p\u00071,6\n",
            Code.E0518,
            "control character U+0007 (BEL) in owner: a value must hold only "
                + "printable characters",
            3,
            5,
            CONTROL_HINT),
        row(
            "control character in the header",
            DEALS,
            "id,own\u001ber,amount\nd1,p1,5\n",
            Code.E0518,
            "control character U+001B (ESC) in the header of deals.csv: a value "
                + "must hold only printable characters",
            1,
            7,
            CONTROL_HINT),
        row(
            "negative year",
            "id TEXT, close DATE",
            "id,close\nd1,-2027-02-03\n",
            Code.E0505,
            "found `-2027-02-03` in close: the year must have four digits and no sign, e.g. "
                + "2027-02-03",
            2,
            4,
            null),
        row(
            "year with a plus sign",
            "id TEXT, close DATE",
            "id,close\nd1,+2027-02-01\n",
            Code.E0505,
            "found `+2027-02-01` in close: the year must have four digits and no "
                + "sign, e.g. 2027-02-01",
            2,
            4,
            null),
        row(
            "five-digit year",
            "id TEXT, close DATE",
            "id,close\nd1,12027-02-01\n",
            Code.E0505,
            "found `12027-02-01` in close: the year must have four digits and no sign, e.g. "
                + "2027-02-01",
            2,
            4,
            null),
        row(
            "too few fields beside an unread column",
            DEALS,
            "id,owner,amount,note\nd1,p1,5\n",
            Code.E0503,
            "line 2 has 3 fields, the header has 4",
            2,
            8,
            "a value or a separating comma is missing"),
        row(
            "too many fields beside an unread column",
            DEALS,
            "id,owner,amount,note\nd1,p1,5,a,b\n",
            Code.E0503,
            "line 2 has 5 fields, the header has 4",
            2,
            11,
            "a value containing a comma, like 1,000.00, must be quoted or written without it"),
        row(
            "too few fields, CR-only line ends",
            DEALS,
            "id,owner,amount\rd1,p1,5\rd2,p1\r",
            Code.E0503,
            "line 3 has 2 fields, the header has 3",
            3,
            6,
            "a value or a separating comma is missing"),
        row(
            "too many fields after a quoted multi-line cell, CR-only",
            DEALS,
            "id,owner,amount,note\rd1,p1,5,\"a\rb\"\rd2,p1,6,c,d\r",
            Code.E0503,
            "line 4 has 5 fields, the header has 4",
            4,
            11,
            "a value containing a comma, like 1,000.00, must be quoted or written without it"),
        row(
            "too few fields after a quoted multi-line cell, CRLF",
            DEALS,
            "id,owner,amount,note\r\nd1,p1,5,\"a\r\nb\"\r\nd2,p1\r\n",
            Code.E0503,
            "line 4 has 2 fields, the header has 4",
            4,
            6,
            "a value or a separating comma is missing"),
        row(
            "a blank id is no id (every cell is trimmed)",
            DEALS,
            "id,owner,amount\n  ,p1,5\n",
            Code.E0512,
            "missing value for id",
            2,
            1,
            "id is required in every row; declare it optional in the plan if blanks are expected"));
  }

  private static Arguments row(
      String name,
      String fields,
      String csv,
      Code code,
      String message,
      long line,
      int column,
      String hint) {
    return Arguments.of(name, fields, csv, code, message, line, column, hint);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheProblemWhereItIs(
      String name,
      String fields,
      String csv,
      Code code,
      String message,
      long line,
      int column,
      String hint) {
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
