package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: {@code --out FILE} names the format by its extension when {@code --format} is not
 * given, and a {@code --format} that disagrees with it is E0777 before anything runs or is written.
 */
final class OutputExtensionTest {
  private static final String PLAN = "../stdlib-plans/plans/ae-quota/ae-quota.comp";

  @TempDir Path tmp;

  private static InProcess.Outcome compass(String... args) {
    return InProcess.execute(args);
  }

  @Test
  void runWritesTheFormatTheExtensionNames() throws Exception {
    Path csv = tmp.resolve("pay.csv");
    assertEquals(0, compass("run", PLAN, "--out", csv.toString()).code());
    assertTrue(Files.readString(csv).startsWith("participant,period,payout"), "csv");

    Path json = tmp.resolve("pay.JSON"); // the extension is read without regard to case
    assertEquals(0, compass("run", PLAN, "--out", json.toString()).code());
    assertTrue(Files.readString(json).startsWith("{\n  \"plan\": \"AE FY2027\""), "json");

    // and the same bytes as with --format given
    Path both = tmp.resolve("both.csv");
    assertEquals(0, compass("run", PLAN, "--format", "csv", "--out", both.toString()).code());
    assertEquals(Files.readString(csv), Files.readString(both));

    Path txt = tmp.resolve("pay.txt"); // another extension: --format, else the table
    assertEquals(0, compass("run", PLAN, "--out", txt.toString()).code());
    assertTrue(Files.readString(txt).startsWith("participant"), Files.readString(txt));
    assertFalse(Files.readString(txt).startsWith("participant,"), "a table, not CSV");
  }

  @Test
  void aFormatThatDisagreesWithTheExtensionIsRefused() {
    Path json = tmp.resolve("pay.json");
    InProcess.Outcome o = compass("run", PLAN, "--format", "csv", "--out", json.toString());
    assertEquals(2, o.code());
    assertEquals(
        "error[E0777]: --format csv does not match --out "
            + json
            + " (a .json file)\n"
            + "   = hint: drop --format to write json, or name the file pay.csv\n"
            + "   = help: compass help run\n",
        o.err());
    assertFalse(Files.exists(json), "nothing written");

    Path table = tmp.resolve("pay.csv");
    o = compass("run", PLAN, "--format", "table", "--out", table.toString());
    assertEquals(2, o.code());
    assertTrue(o.err().contains("name the file pay.txt"), o.err());
  }

  @Test
  void anExtensionTheCommandDoesNotWriteIsRefused() {
    Path xlsx = tmp.resolve("pay.xlsx");
    InProcess.Outcome o = compass("run", PLAN, "--out", xlsx.toString());
    assertEquals(2, o.code());
    assertTrue(
        o.err()
            .startsWith(
                "error[E0777]: --out " + xlsx + " names a .xlsx file, which this command does not"),
        o.err());
    assertTrue(o.err().contains("it writes table, csv, json"), o.err());
    assertFalse(Files.exists(xlsx));

    Path payroll = tmp.resolve("payroll.json"); // export payroll writes CSV only
    o =
        compass(
            "export",
            "payroll",
            PLAN,
            "--period",
            "2027-Q1",
            "--ledger",
            tmp.toString(),
            "--out",
            payroll.toString());
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("error[E0777]: "), o.err());
  }

  @Test
  void explainAndDiffFollowTheSameRule() throws Exception {
    Path json = tmp.resolve("ann.json");
    InProcess.Outcome o =
        compass(
            "explain",
            PLAN,
            "--participant",
            "ann",
            "--period",
            "2027-Q1",
            "--out",
            json.toString());
    assertEquals(0, o.code(), o.err());
    assertEquals("", o.out());
    assertTrue(Files.readString(json).startsWith("{\n  \"schema\": 1,"), Files.readString(json));

    Path txt = tmp.resolve("ann.txt");
    o =
        compass(
            "explain",
            PLAN,
            "--participant",
            "ann",
            "--period",
            "2027-Q1",
            "--out",
            txt.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(Files.readString(txt).startsWith("ann 2027-Q1 payout  24,220.00 USD"));

    o =
        compass(
            "explain",
            PLAN,
            "--participant",
            "ann",
            "--period",
            "2027-Q1",
            "--format",
            "text",
            "--out",
            tmp.resolve("x.json").toString());
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("error[E0777]: --format text does not match"), o.err());

    Path diff = tmp.resolve("diff.csv");
    o = compass("diff", PLAN, PLAN, "--out", diff.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(Files.readString(diff).contains(","), Files.readString(diff));
    assertFalse(Files.readString(diff).startsWith("{"));
  }
}
