package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.result.RejectedRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --keep-going in the loader: bad rows leave the table and become rejects; file problems stop. */
class KeepGoingLoadTest {
  private static final String DEALS = "id TEXT, owner PERSON, amount MONEY, close DATE?";
  private static final LoadOptions KEEP_GOING =
      new LoadOptions(Fixtures.STAGES, Fixtures.OPTIONS.personIds(), true);

  @TempDir Path dir;

  private Table load(String csv, Diagnostics diags) {
    Fixtures.write(dir, "deals.csv", csv);
    return TableLoader.load(Fixtures.schema("deals.csv", DEALS), dir, KEEP_GOING, diags);
  }

  @Test
  void badRowsAreLeftOutAndListedWithTheirLineTextAndEveryProblem() {
    Diagnostics diags = new Diagnostics();
    Table t =
        load(
            "\uFEFFid,owner,amount,close\r\n"
                + "d1,p1,100,2027-01-05\r\n"
                + "d2,p9,1\u00A0000,2027-02-30\r\n" // unknown owner, bad amount, no such date
                + "d3,p1,\"1,000.00\",\r\n"
                + "d4,p2,5\r\n" // too few fields
                + "d1,p2,7,\r\n" // duplicate id
                + "d5,\"p2\",\"8\",\"2027-03-01\"\r\n",
            diags);
    assertFalse(diags.hasErrors(), diags.all()::toString);
    assertEquals(2, t.rowCount());
    assertEquals("d1", ((TextColumn) t.column("id")).get(0));
    assertEquals("d5", ((TextColumn) t.column("id")).get(1));
    assertEquals(7, t.lineOf(1));
    assertEquals(new java.math.BigDecimal("8"), ((DecimalColumn) t.column("amount")).get(1));
    List<RejectedRow> rejects = t.rejects();
    assertEquals(List.of(3L, 4L, 5L, 6L), rejects.stream().map(RejectedRow::line).toList());
    RejectedRow first = rejects.get(0);
    assertEquals("deals.csv", first.file());
    assertEquals("d2,p9,1\u00A0000,2027-02-30", first.text());
    assertEquals(Code.E0507, first.code());
    assertEquals(4, first.column());
    assertEquals(3, first.error().split("; ").length, first.error());
    assertTrue(first.error().startsWith("E0507 owner p9 is not in people; E0504 "), first.error());
    assertTrue(
        first.error().endsWith("E0505 found `2027-02-30` in close: no such date"), first.error());
    assertEquals(Code.E0504, rejects.get(1).code());
    assertEquals("d3,p1,\"1,000.00\",", rejects.get(1).text());
    assertEquals("E0503 line 5 has 3 fields, the header has 4", rejects.get(2).error());
    assertEquals("E0508 duplicate id d1: first seen on line 2", rejects.get(3).error());
    assertEquals("d1,p2,7,", rejects.get(3).text());
  }

  @Test
  void aRowSpanningLinesIsRejectedWhole() {
    Diagnostics diags = new Diagnostics();
    Table t = load("id,owner,amount,close\nd1,p1,\"1\n2\",\nd2,p1,3,\n", diags);
    assertFalse(diags.hasErrors(), diags.all()::toString);
    assertEquals(1, t.rowCount());
    assertEquals("d1,p1,\"1\n2\",", t.rejects().get(0).text());
    assertEquals(2, t.rejects().get(0).line());
  }

  @Test
  void moreThanTwentyBadRowsAreAllRejected() {
    StringBuilder csv = new StringBuilder("id,owner,amount,close\n");
    for (int i = 0; i < 30; i++)
      csv.append("d").append(i).append(",p1,").append(i % 2 == 0 ? "x" : "1").append(",\n");
    Diagnostics diags = new Diagnostics();
    Table t = load(csv.toString(), diags);
    assertFalse(diags.hasErrors());
    assertEquals(15, t.rowCount());
    assertEquals(15, t.rejects().size());
  }

  @Test
  void problemsNotAboutOneRowStillStopTheLoad() {
    Diagnostics diags = new Diagnostics();
    load("id,owner,amout,close\nd1,p1,5,\n", diags);
    assertEquals(Code.E0502, diags.all().get(0).code());
    diags = new Diagnostics();
    load("", diags);
    assertEquals(Code.E0509, diags.all().get(0).code());
    diags = new Diagnostics();
    load("id,owner,amount,close\nd1,\"p1,5,\nd2,p1,6,\n", diags);
    assertEquals(Code.E0511, diags.all().get(0).code());
    diags = new Diagnostics();
    Fixtures.writeBytes(dir, "deals.csv", new byte[] {'i', 'd', '\n', 'd', (byte) 0xE9, '\n'});
    assertNull(TableLoader.load(Fixtures.schema("deals.csv", DEALS), dir, KEEP_GOING, diags));
    assertEquals(Code.E0510, diags.all().get(0).code());
  }

  @Test
  void withoutKeepGoingTheTableHasNoRejects() {
    Diagnostics diags = new Diagnostics();
    Table t = Fixtures.load(dir, DEALS, "id,owner,amount,close\nd1,p1,x,\n", diags);
    assertTrue(diags.hasErrors());
    assertTrue(t.rejects().isEmpty());
  }
}
