package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.result.RejectedRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12.1: whatever its line ends, a file gives the same table; every cell is trimmed alike;
 * under --keep-going a row with a control character or a bad year is rejected while a header naming
 * a column twice stops the load.
 */
class ReadingLosesNoRowTest {
  private static final String FIELDS =
      "id TEXT, owner PERSON, amount MONEY, close DATE?, note TEXT?";
  // Written with LF; each variant replaces the line ends, the ones inside quotes too.
  private static final String CSV =
      "id,owner,amount,close,note,unread\n"
          + "d1,p1,100.50,2027-01-05,\"two\nlines\",x\n"
          + "d2,p2,7,,\"say \"\"hi\"\"\",\n"
          + "d3,p1,0.01,2027-12-31,\"a,b\n\nc\",\"u\nv\"\n"
          + "d4,p2,-3,2027-02-28,plain,\n"
          + "\n\n";

  @TempDir Path dir;

  private Table load(String csv, LoadOptions options, Diagnostics diags) {
    Fixtures.write(dir, "deals.csv", csv);
    return TableLoader.load(Fixtures.schema("deals.csv", FIELDS), dir, options, diags);
  }

  /** Every value of every row, and the line each row starts on. */
  private static List<String> dump(Table t) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      StringBuilder row = new StringBuilder("line " + t.lineOf(r));
      for (int f = 0; f < t.schema().fields().size(); f++) {
        Column c = t.column(f);
        Object v =
            c instanceof TextColumn x
                ? x.get(r)
                : c instanceof DecimalColumn d
                    ? d.get(r)
                    : c instanceof DateColumn d ? d.get(r) : null;
        row.append(" | ").append(v);
      }
      out.add(row.toString());
    }
    return out;
  }

  @Test
  void lfCrlfCrAndMixedLineEndsGiveTheSameTable() {
    Diagnostics diags = new Diagnostics();
    List<String> lf = dump(load(CSV, Fixtures.OPTIONS, diags));
    assertTrue(diags.isEmpty(), diags.all()::toString);
    // by hand: d3 starts on line 5 because d1's note spans lines 2-3; its note spans 5-7
    assertEquals(
        List.of(
            "line 2 | d1 | p1 | 100.50 | 2027-01-05 | two\nlines",
            "line 4 | d2 | p2 | 7 | null | say \"hi\"",
            "line 5 | d3 | p1 | 0.01 | 2027-12-31 | a,b\n\nc",
            "line 9 | d4 | p2 | -3 | 2027-02-28 | plain"),
        lf);
    String[] lines = CSV.split("\n", -1);
    StringBuilder mixed = new StringBuilder();
    // never a CR before an empty line: CR then LF is one CRLF line end, not two
    String[] ends = {"\n", "\r\n", "\r"};
    for (int i = 0; i < lines.length - 1; i++) mixed.append(lines[i]).append(ends[i % 3]);
    Map<String, String> variants =
        Map.of(
            "CRLF", CSV.replace("\n", "\r\n"),
            "CR", CSV.replace("\n", "\r"),
            "mixed", mixed.toString(),
            "CR, no final line end", CSV.strip().replace("\n", "\r"));
    variants.forEach(
        (name, csv) -> {
          Diagnostics d = new Diagnostics();
          assertEquals(lf, dump(load(csv, Fixtures.OPTIONS, d)), name);
          assertTrue(d.isEmpty(), () -> name + ": " + d.all());
        });
  }

  @Test
  void aCrAtTheEndOfABlockIsALineEndOnlyWhenNoLfFollows() {
    // Rows of 12 bytes "r000001,p1\r\n" or 11 bytes with a lone CR, sized so that the read
    // buffer of one block ends exactly on a CR: whether it is lone is known only from the next
    // block, and either way no row may be lost or split.
    for (String end : new String[] {"\r", "\r\n"}) {
      StringBuilder csv = new StringBuilder("id,owner" + end);
      int rows = 0;
      int target = BlockReader.BLOCK - 1; // the offset that must hold a CR
      while (csv.length() + 10 + end.length() + 10 <= target) {
        csv.append(String.format("r%06d,p1", ++rows)).append(end);
      }
      // pad the last row's id so that its CR sits exactly at the target offset
      int pad = target - (csv.length() + 10);
      csv.append("r").append("x".repeat(pad)).append(String.format("%06d,p1", ++rows));
      assertEquals(target, csv.length(), end.length() + " byte line ends");
      csv.append(end);
      for (int i = 0; i < 1000; i++) csv.append(String.format("s%06d,p2", ++rows)).append(end);
      Diagnostics diags = new Diagnostics();
      Fixtures.write(dir, "deals.csv", csv.toString());
      Table t =
          TableLoader.load(
              Fixtures.schema("deals.csv", "id TEXT, owner PERSON"), dir, Fixtures.OPTIONS, diags);
      assertTrue(diags.isEmpty(), diags.all()::toString);
      assertEquals(rows, t.rowCount());
      assertEquals(rows + 1, t.lineOf(rows - 1)); // the header is line 1
      assertEquals("s" + String.format("%06d", rows), ((TextColumn) t.column("id")).get(rows - 1));
    }
  }

  @Test
  void everyCellIsTrimmedOfSpacesAndTabsTextAndIdsAlike() {
    Diagnostics diags = new Diagnostics();
    Table t =
        load(
            "id,owner,amount,close,note\n"
                + " d1 ,\t p1 ,\" 5 \",2027-01-05 ,\"  kept inside  quotes too  \"\n",
            Fixtures.OPTIONS,
            diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals("d1", ((TextColumn) t.column("id")).get(0));
    assertEquals("p1", ((TextColumn) t.column("owner")).get(0));
    assertEquals("kept inside  quotes too", ((TextColumn) t.column("note")).get(0));
  }

  @Test
  void keepGoingRejectsARowWithAControlCharacterOrABadYear() {
    Diagnostics diags = new Diagnostics();
    Table t =
        load(
            "id,owner,amount,close,note\r"
                + "d1,p1,5,2027-01-05,ok\r"
                + "d2,p1,6,-2027-01-05,ok\r"
                + "d3,p1,7,2027-01-05,bad\u0000\r"
                + "d4,p2,8,,\"fine\r\nto span\"\r",
            new LoadOptions(Fixtures.STAGES, Fixtures.OPTIONS.personIds(), true),
            diags);
    assertFalse(diags.hasErrors(), diags.all()::toString);
    assertEquals(
        List.of("d1", "d4"),
        List.of(((TextColumn) t.column("id")).get(0), ((TextColumn) t.column("id")).get(1)));
    assertEquals("fine\nto span", ((TextColumn) t.column("note")).get(1));
    List<RejectedRow> rejects = t.rejects();
    assertEquals(2, rejects.size());
    assertEquals(3, rejects.get(0).line());
    assertEquals(Code.E0505, rejects.get(0).code());
    assertEquals(9, rejects.get(0).column()); // "d2,p1,6," is 8 characters
    assertEquals("d2,p1,6,-2027-01-05,ok", rejects.get(0).text());
    assertEquals(4, rejects.get(1).line());
    assertEquals(Code.E0518, rejects.get(1).code());
    assertEquals(23, rejects.get(1).column()); // "d3,p1,7,2027-01-05,bad" is 22 characters
    assertEquals(
        "E0518 control character U+0000 (NUL) in note: a value must hold only "
            + "printable characters",
        rejects.get(1).error());
  }

  @Test
  void keepGoingStillStopsAtAHeaderNamingAColumnTwice() {
    Diagnostics diags = new Diagnostics();
    Table t =
        load(
            "id,owner,amount,close,note,amount\nd1,p1,5,,,6\n",
            new LoadOptions(Fixtures.STAGES, Fixtures.OPTIONS.personIds(), true),
            diags);
    assertNull(t);
    assertEquals(1, diags.all().size(), diags.all()::toString);
    assertEquals(Code.E0517, diags.all().get(0).code());
    assertEquals("deals.csv:1:28", diags.all().get(0).location().describe());
  }

  @Test
  void aUtf16FileIsRefusedWithItsFirstNul() {
    // UTF-16LE without a byte order mark decodes as UTF-8 with a NUL after each ASCII byte
    byte[] bytes = "id,owner,amount\nd1,p1,5\n".getBytes(StandardCharsets.UTF_16LE);
    Fixtures.writeBytes(dir, "deals.csv", bytes);
    Diagnostics diags = new Diagnostics();
    TableLoader.load(Fixtures.schema("deals.csv", FIELDS), dir, Fixtures.OPTIONS, diags);
    assertEquals(Code.E0518, diags.all().get(0).code());
    assertEquals("deals.csv:1:2", diags.all().get(0).location().describe());
  }

  @Test
  void aByteThatIsNotUtf8IsFoundOnItsLineWhateverTheLineEnds() {
    for (String end : new String[] {"\n", "\r\n", "\r"}) {
      // the bad byte 0xE9 (latin-1 é) is on line 3, after "d2,p": column 5
      byte[] head =
          ("id,owner,amount" + end + "d1,p1,5" + end + "d2,p").getBytes(StandardCharsets.UTF_8);
      byte[] tail = (",6" + end + "d3,p1,7" + end).getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[head.length + 1 + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = (byte) 0xE9;
      System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
      Fixtures.writeBytes(dir, "deals.csv", bytes);
      Diagnostics diags = new Diagnostics();
      TableLoader.load(
          Fixtures.schema("deals.csv", "id TEXT, owner PERSON, amount MONEY"),
          dir,
          Fixtures.OPTIONS,
          diags);
      assertEquals(1, diags.all().size(), diags.all()::toString);
      assertEquals(Code.E0510, diags.all().get(0).code());
      assertEquals(
          "deals.csv is not UTF-8: unexpected byte 0xE9 on line 3", diags.all().get(0).message());
      compass.source.DataLocation at = (compass.source.DataLocation) diags.all().get(0).location();
      assertEquals("deals.csv:3:5", at.describe(), end.length() + " " + (int) end.charAt(0));
      assertEquals("d2,p\uFFFD,6", at.lineText());
    }
  }
}
