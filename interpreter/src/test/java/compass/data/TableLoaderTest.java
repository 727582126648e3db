package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableLoaderTest {
  private static final String ALL =
      "id TEXT, owner PERSON, amount MONEY, rate PERCENT?, stage STAGE, close DATE,"
          + " term INTEGER, active BOOL, period PERIOD, cancel DATE?";

  @TempDir Path dir;

  @Test
  void loadsEveryTypeWithBomCrlfOptionalBlanksAndQuotedCommas() {
    String csv =
        "\uFEFFid,owner,amount,rate,stage,close,term,active,period,cancel,extra\r\n"
            + "d1,p1,2063.74,12.5%,closed_won,2027-06-14,12,yes,2027-Q2,,\"Acme, Inc.\"\r\n"
            + "\"d2\",p2,-5,,prospecting,2027-01-01,-3,FALSE,2027-Q1,2027-03-01,\"say \"\"hi\"\"\"\r\n"
            + "\r\n\r\n";
    Diagnostics diags = new Diagnostics();
    Table t = Fixtures.load(dir, ALL, csv, diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(2, t.rowCount());
    assertEquals("deals", t.name());
    assertEquals("deals.csv", t.file());
    assertEquals(2, t.lineOf(0));
    assertEquals(3, t.lineOf(1));
    assertEquals("d2", ((TextColumn) t.column("id")).get(1));
    assertEquals(new BigDecimal("2063.74"), ((DecimalColumn) t.column("amount")).get(0));
    DecimalColumn rate = (DecimalColumn) t.column(t.fieldIndex("rate"));
    assertEquals(0, rate.get(0).compareTo(new BigDecimal("0.125")));
    assertFalse(rate.isPresent(1));
    assertNull(rate.get(1));
    assertEquals(2, ((EnumColumn) t.column("stage")).ordinal(0));
    assertEquals(LocalDate.of(2027, 6, 14), ((DateColumn) t.column("close")).get(0));
    assertEquals(-3, ((LongColumn) t.column("term")).get(1));
    BoolColumn active = (BoolColumn) t.column("active");
    assertTrue(active.get(0));
    assertFalse(active.get(1));
    DateColumn cancel = (DateColumn) t.column("cancel");
    assertFalse(cancel.isPresent(0));
    assertEquals(DateColumn.MISSING, cancel.epochDay(0));
    assertEquals(LocalDate.of(2027, 3, 1).toEpochDay(), cancel.epochDay(1));
    assertEquals("2027-Q2", ((TextColumn) t.column("period")).get(0));
    assertEquals(-1, t.fieldIndex("extra"));
    assertNull(t.column("extra"));
  }

  @Test
  void quotedCellsKeepCommasQuotesAndLineBreaks() {
    Diagnostics diags = new Diagnostics();
    Table t =
        Fixtures.load(
            dir,
            "id TEXT, note TEXT",
            "id,note\nd1,\"a, b\"\nd2,\"two\nlines\"\nd3,\"\"\"q\"\"\"\n",
            diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    TextColumn note = (TextColumn) t.column("note");
    assertEquals(
        List.of("a, b", "two\nlines", "\"q\""), List.of(note.get(0), note.get(1), note.get(2)));
    assertEquals(5, t.lineOf(2)); // the quoted line break moves d3 to physical line 5
  }

  @Test
  void percentAcceptsSignOrFraction() {
    Diagnostics diags = new Diagnostics();
    Table t =
        Fixtures.load(
            dir,
            "id TEXT, p PERCENT",
            "id,p\na,12.5%\nb,0.125\nc,100%\nd,-3%\ne, 7 % \nf,0\n",
            diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    DecimalColumn p = (DecimalColumn) t.column("p");
    String[] expected = {"0.125", "0.125", "1", "-0.03", "0.07", "0"};
    for (int row = 0; row < expected.length; row++) {
      assertEquals(0, p.get(row).compareTo(new BigDecimal(expected[row])), "row " + row);
    }
  }

  @Test
  void trailingBlankLinesAndSeparatorOnlyLinesAreIgnored() {
    Diagnostics diags = new Diagnostics();
    Table t = Fixtures.load(dir, "id TEXT, n NUMBER", "id,n\na,1\nb,2\n,\n , \n\n\n", diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(2, t.rowCount());
  }

  @Test
  void separatorOnlyLineInTheMiddleIsARowOfEmptyCells() {
    Diagnostics diags = new Diagnostics();
    Table t = Fixtures.load(dir, "id TEXT?, n NUMBER?", "id,n\na,1\n,\nb,2\n", diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(3, t.rowCount());
    assertFalse(t.column("n").isPresent(1));
  }

  @Test
  void headerOnlyFileHasNoRows() {
    Diagnostics diags = new Diagnostics();
    Table t = Fixtures.load(dir, "id TEXT", "id\n", diags);
    assertTrue(diags.isEmpty());
    assertEquals(0, t.rowCount());
  }

  @Test
  void peopleTableSkipsThePersonCheck() {
    Fixtures.write(dir, "people.csv", "id,manager\np1,\np2,p1\np3,p9\n");
    Diagnostics diags = new Diagnostics();
    Table t =
        TableLoader.load(
            Fixtures.schema("people.csv", "id PERSON, manager PERSON?"),
            dir,
            new LoadOptions(List.of(), null),
            diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals("p9", ((TextColumn) t.column("manager")).get(2));
  }

  @Test
  void pathsOutsideTheDataFolderAreRefused() {
    Path secret = dir.resolve("secret.csv");
    Fixtures.write(dir, "secret.csv", "id\nx\n");
    Path data = dir.resolve("data");
    Fixtures.write(data, "ok.csv", "id\nx\n");
    for (String file : List.of("../secret.csv", "sub/../../secret.csv", secret.toString())) {
      Diagnostics diags = new Diagnostics();
      assertNull(TableLoader.load(Fixtures.schema(file, "id TEXT"), data, Fixtures.OPTIONS, diags));
      assertEquals(1, diags.all().size(), file);
      assertEquals(Code.E0408, diags.all().get(0).code(), file);
    }
    Diagnostics diags = new Diagnostics();
    assertNotNull(
        TableLoader.load(
            Fixtures.schema("sub/../ok.csv", "id TEXT"), data, Fixtures.OPTIONS, diags));
    assertTrue(diags.isEmpty());
  }

  @Test
  void missingFileNamesThePathLookedFor() {
    Diagnostics diags = new Diagnostics();
    assertNull(
        TableLoader.load(Fixtures.schema("nope.csv", "id TEXT"), dir, Fixtures.OPTIONS, diags));
    Diagnostic d = diags.all().get(0);
    assertEquals(Code.E0501, d.code());
    Path full = dir.toAbsolutePath().normalize().resolve("nope.csv");
    assertEquals("cannot find data file nope.csv (looked for " + full + ")", d.message());
  }

  @Test
  void notUtf8PointsAtTheLineOfTheBadBytes() {
    byte[] head = "id,name\nd1,Anna\nd2,M".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "ller\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFC; // latin-1 u-umlaut
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Fixtures.writeBytes(dir, "deals.csv", bytes);
    Diagnostics diags = new Diagnostics();
    assertNull(
        TableLoader.load(
            Fixtures.schema("deals.csv", "id TEXT, name TEXT"), dir, Fixtures.OPTIONS, diags));
    Diagnostic d = diags.all().get(0);
    assertEquals(Code.E0510, d.code());
    assertEquals("deals.csv is not UTF-8: unexpected byte 0xFC on line 3", d.message());
    assertEquals("deals.csv:3:5", d.location().describe());
  }

  @Test
  void loadsTheSmallBenchmarkDeals() {
    Path data =
        Path.of(
            "..", "..", "shared", "bench", "data-small"); // ../shared/bench beside the repository
    Assumptions.assumeTrue(Files.isRegularFile(data.resolve("deals.csv")), "no bench data");
    TableSchema schema =
        Fixtures.schema(
            "deals.csv",
            "id TEXT, owner PERSON, amount MONEY,"
                + " currency TEXT, stage STAGE, close_date DATE, term_months INTEGER, cancel_date DATE?");
    LoadOptions options =
        new LoadOptions(
            List.of(
                "prospecting",
                "qualification",
                "research",
                "demonstration",
                "objections",
                "closed_won",
                "nurturing",
                "closed_lost"),
            null);
    Diagnostics diags = new Diagnostics();
    Table t = TableLoader.load(schema, data, options, diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(20000, t.rowCount());
    assertEquals(new BigDecimal("2063.74"), ((DecimalColumn) t.column("amount")).get(0));
  }
}
