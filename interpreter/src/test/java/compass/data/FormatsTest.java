package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.result.RejectedRow;
import compass.source.DataLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every guarantee of the CSV reader holds for each other format, with the same tables: the same
 * table written as CSV and as .xlsx, .xls or JSON Lines (numbers, dates and booleans as typed
 * cells) reads into identical columns, and each bad table gives the same diagnostics (code,
 * message, field), only their positions taking the format's form (deals.xlsx!data!C3,
 * deals.jsonl:2).
 */
class FormatsTest {
  private static final String ALL =
      "id TEXT, owner PERSON, amount MONEY, rate PERCENT?, stage STAGE, close DATE,"
          + " term INTEGER, active BOOL, period PERIOD, cancel DATE?";
  private static final String DEALS = "id TEXT, owner PERSON?, amount MONEY";
  private static final LoadOptions KEEP_GOING =
      new LoadOptions(Fixtures.STAGES, Fixtures.OPTIONS.personIds(), true);

  @TempDir Path dir;

  private Table load(InputFormat format, String fields, String csv, Diagnostics diags) {
    return load(format, fields, csv, Fixtures.OPTIONS, diags);
  }

  private Table load(
      InputFormat format, String fields, String csv, LoadOptions options, Diagnostics diags) {
    String file = FormatFiles.write(dir, "deals", format, csv);
    return TableLoader.load(Fixtures.schema(file, fields), dir, options, diags);
  }

  /** Every value of a table as text, row by row, for comparing tables read from two formats. */
  static List<String> dump(Table t) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      StringBuilder row = new StringBuilder();
      for (int f = 0; f < t.schema().fields().size(); f++) {
        Column c = t.column(f);
        row.append(f == 0 ? "" : " | ");
        if (!c.isPresent(r)) row.append("-");
        else if (c instanceof TextColumn x) row.append(x.get(r));
        else if (c instanceof DecimalColumn x)
          row.append(x.get(r).stripTrailingZeros().toPlainString());
        else if (c instanceof LongColumn x) row.append(x.get(r));
        else if (c instanceof DateColumn x) row.append(x.get(r));
        else if (c instanceof BoolColumn x) row.append(x.get(r));
        else if (c instanceof EnumColumn x) row.append(x.ordinal(r));
      }
      out.add(row.toString());
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(
      value = InputFormat.class,
      names = {"XLSX", "XLS", "JSONL"})
  void everyTypeReadsIntoTheSameTableAsCsv(InputFormat format) {
    String csv =
        "id,owner,amount,rate,stage,close,term,active,period,cancel,extra\n"
            + "d1,p1,2063.74,12.5%,closed_won,2027-06-14,12,yes,2027-Q2,,\"Acme, Inc.\"\n"
            + "d2, p2 ,-5,0.1,prospecting,2027-01-01,-3,false,2027-Q1,2027-03-01,say hi\n"
            + "d3,p1,731.94,,closed_lost,2027-02-28,0,true,2027-Q1,,\n"
            + "\n";
    Diagnostics csvDiags = new Diagnostics();
    Table expected = load(InputFormat.CSV, ALL, csv, csvDiags);
    assertTrue(csvDiags.isEmpty(), csvDiags.all()::toString);
    Diagnostics diags = new Diagnostics();
    Table t = load(format, ALL, csv, diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(dump(expected), dump(t));
    // by hand: d2's owner ` p2 ` trimmed; 12.5% is 0.125, 0.1 is 10%; close 2027-02-28
    assertEquals(
        "d2 | p2 | -5 | 0.1 | 0 | 2027-01-01 | -3 | false | 2027-Q1 | 2027-03-01", dump(t).get(1));
    // rows keep their place: the sheet's row, or the JSON line (no header line)
    long first = format == InputFormat.JSONL ? 1 : 2;
    assertEquals(
        List.of(first, first + 1, first + 2), List.of(t.lineOf(0), t.lineOf(1), t.lineOf(2)));
  }

  /** One bad table: its CSV, and the cell of the first problem (its row is the CSV line). */
  record Bad(String name, String fields, String csv, Code code, String cell) {}

  static final List<Bad> BAD =
      List.of(
          new Bad("missing column", DEALS, "id,owner,amout\nd1,p1,5\n", Code.E0502, "A1"),
          new Bad(
              "column named twice", DEALS, "id,owner,amount,owner\nd1,p1,5,p2\n", Code.E0517, "D1"),
          new Bad("control character", DEALS, "id,owner,amount\nd1,p\u00001,5\n", Code.E0518, "B2"),
          new Bad("empty required value", DEALS, "id,owner,amount\nd1,p1,\n", Code.E0512, "C2"),
          new Bad(
              "bad number",
              DEALS,
              "id,owner,amount\nd1,p1,5\nd2,p1,\"1,000.00\"\n",
              Code.E0504,
              "C3"),
          new Bad(
              "no such date",
              DEALS + ", close DATE?",
              "id,owner,amount,close\nd1,p1,5,2027-02-30\n",
              Code.E0505,
              "D2"),
          new Bad("unknown person", DEALS, "id,owner,amount\nd1,p9,5\n", Code.E0507, "B2"),
          new Bad(
              "unknown stage",
              "id TEXT, amount MONEY, stage STAGE",
              "id,amount,stage\nd1,5,closed_wn\n",
              Code.E0506,
              "C2"),
          new Bad(
              "too many digits",
              DEALS,
              "id,owner,amount\nd1,p1,1234567890123456789\n",
              Code.E0514,
              "C2"),
          new Bad("duplicate id", DEALS, "id,owner,amount\nd1,p1,5\nd1,p2,6\n", Code.E0508, "A3"));

  @ParameterizedTest
  @EnumSource(
      value = InputFormat.class,
      names = {"XLSX", "XLS", "JSONL"})
  void everyBadTableGivesTheSameDiagnosticsAtTheFormatsPositions(InputFormat format) {
    for (Bad bad : BAD) {
      // JSON Lines has no header line: a key cannot be missing from it, nor named twice
      if (format == InputFormat.JSONL && bad.cell().endsWith("1") && bad.cell().length() == 2)
        continue;
      Diagnostics csvDiags = new Diagnostics();
      load(InputFormat.CSV, bad.fields(), bad.csv(), csvDiags);
      Diagnostics diags = new Diagnostics();
      load(format, bad.fields(), bad.csv(), diags);
      List<Diagnostic> expected = csvDiags.all();
      List<Diagnostic> got = diags.all();
      assertEquals(bad.code(), expected.get(0).code(), bad.name() + ": " + expected);
      assertEquals(expected.size(), got.size(), bad.name() + ": " + got);
      for (int i = 0; i < got.size(); i++) {
        Diagnostic e = expected.get(i);
        Diagnostic g = got.get(i);
        assertEquals(e.code(), g.code(), bad.name());
        String file = FormatFiles.name("deals", format);
        String message = g.message().replace(file, "deals.csv");
        // a sheet counts rows, a JSON Lines file lines without a header line
        if (format == InputFormat.JSONL) message = message.replace("on line 1", "on line 2");
        else message = message.replace("on row ", "on line ");
        assertEquals(e.message(), message, bad.name());
        assertEquals(e.hint(), g.hint(), bad.name());
        DataLocation csvAt = (DataLocation) e.location();
        DataLocation at = (DataLocation) g.location();
        assertEquals(csvAt.field(), at.field(), bad.name());
        if (i > 0) continue;
        int row = Integer.parseInt(bad.cell().substring(1));
        assertEquals(row, csvAt.line(), bad.name());
        if (format == InputFormat.JSONL) {
          assertEquals(file + ":" + (row - 1) + ":" + at.column(), at.describe(), bad.name());
          assertTrue(at.column() > 1, bad.name() + " points at the value: " + at);
        } else {
          assertEquals(file + "!data!" + bad.cell(), at.describe(), bad.name());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = InputFormat.class,
      names = {"XLSX", "XLS", "JSONL"})
  void keepGoingRejectsTheSameRowsAsCsv(InputFormat format) {
    String csv =
        "id,owner,amount,close\n"
            + "d1,p1,100,2027-01-05\n"
            + "d2,p9,1 000,2027-02-30\n" // unknown owner, bad amount, no such date
            + "d3,p1,\"1,000.00\",\n"
            + "d1,p2,7,\n" // duplicate id
            + "d5,p2,8,2027-03-01\n";
    String fields = "id TEXT, owner PERSON, amount MONEY, close DATE?";
    Diagnostics csvDiags = new Diagnostics();
    Table expected = load(InputFormat.CSV, fields, csv, KEEP_GOING, csvDiags);
    Diagnostics diags = new Diagnostics();
    Table t = load(format, fields, csv, KEEP_GOING, diags);
    assertFalse(diags.hasErrors(), diags.all()::toString);
    assertEquals(dump(expected), dump(t));
    assertEquals(List.of("d1 | p1 | 100 | 2027-01-05", "d5 | p2 | 8 | 2027-03-01"), dump(t));
    List<RejectedRow> rejects = t.rejects();
    assertEquals(3, rejects.size());
    for (int i = 0; i < 3; i++) {
      RejectedRow e = expected.rejects().get(i);
      RejectedRow g = rejects.get(i);
      assertEquals(e.code(), g.code());
      assertEquals(e.line() - (format == InputFormat.JSONL ? 1 : 0), g.line());
      assertEquals(
          e.error().replace("line 2", "line 1"),
          g.error().replace("row 2", "line 2").replace("line 2", "line 1"));
      assertNotNull(g.text());
    }
    // the row as written: a sheet's row as its CSV export, a JSON line as it is
    String d2 = rejects.get(0).text();
    assertTrue(
        format == InputFormat.JSONL ? d2.startsWith("{\"id\":\"d2\"") : d2.startsWith("d2,p9,"),
        d2);
  }
}
