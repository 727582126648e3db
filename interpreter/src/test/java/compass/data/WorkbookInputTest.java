package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.source.DataLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What only workbooks have: typed cells, sheets, formulas, and whole files that cannot be read. */
class WorkbookInputTest {
  @TempDir Path dir;

  private static final String FIELDS = "id TEXT, amount MONEY, close DATE?, won BOOL?";

  private Path write(String file, Workbook wb, Consumer<Workbook> fill) {
    Path path = dir.resolve(file);
    try (wb;
        OutputStream out = Files.newOutputStream(path)) {
      fill.accept(wb);
      wb.write(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return path;
  }

  private static Workbook workbook(String file) {
    return file.endsWith(".xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
  }

  private static Row row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) continue;
      Cell c = row.createCell(i);
      if (v instanceof String s) c.setCellValue(s);
      else if (v instanceof Double d) c.setCellValue(d);
      else if (v instanceof Boolean b) c.setCellValue(b);
    }
    return row;
  }

  private static void date(Workbook wb, Row row, int column, LocalDate day) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
    Cell c = row.createCell(column);
    c.setCellValue(day);
    c.setCellStyle(style);
  }

  private Table load(String file, String sheet, String fields, Diagnostics diags) {
    TableSchema s = Fixtures.schema(file, fields);
    TableSchema schema =
        new TableSchema(s.name(), s.file(), s.fields(), s.span(), sheet, List.of(), null, null);
    return TableLoader.load(schema, dir, Fixtures.OPTIONS, diags);
  }

  @ParameterizedTest
  @ValueSource(strings = {"deals.xlsx", "deals.xls"})
  void numbersReadAsExcelShowsThemDatesFromDateCellsAndBooleans(String file) {
    write(
        file,
        workbook(file),
        wb -> {
          Sheet s = wb.createSheet("Q1");
          row(s, 0, "id", "amount", "close", "won");
          // the double nearest 731.94 minus a few ulps: Excel shows 731.94 (15 digits)
          Row r1 = row(s, 1, "d1", 731.9399999999999, null, true);
          date(wb, r1, 2, LocalDate.of(2027, 3, 31));
          row(s, 2, "d2", 3.0, "2027-04-01", false); // an integer Excel stores as 3.0; a text date
          row(s, 3, "d3", 0.1 + 0.2, null, null); // 0.30000000000000004: shown 0.3
          row(s, 4, "d4", 123456789012.345, null, null); // exactly 15 digits
        });
    Diagnostics diags = new Diagnostics();
    Table t = load(file, null, FIELDS, diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(
        List.of(
            "d1 | 731.94 | 2027-03-31 | true",
            "d2 | 3 | 2027-04-01 | false",
            "d3 | 0.3 | - | -",
            "d4 | 123456789012.345 | - | -"),
        FormatsTest.dump(t));
    assertEquals(2, t.lineOf(0)); // the sheet's row number
  }

  @Test
  void fifteenSignificantDigitsNeverABinaryArtefact() {
    assertEquals("731.94", ExcelValues.number(731.9399999999999));
    assertEquals("731.94", ExcelValues.number("731.93999999999994"));
    assertEquals("3", ExcelValues.number(3.0));
    assertEquals("0.3", ExcelValues.number(0.1 + 0.2));
    assertEquals("1000", ExcelValues.number(1000.0)); // never 1E+3
    assertEquals("0", ExcelValues.number(-0.0));
    assertEquals("0.001", ExcelValues.number("1E-3"));
    assertEquals("-2063.74", ExcelValues.number(-2063.74));
    // 1900 system: serial 1 is 1900-01-01; 1904 system: serial 0 is 1904-01-01
    assertEquals("2027-03-31", ExcelValues.date(46477, false));
    assertEquals("2027-03-31", ExcelValues.date(46477 - 1462, true));
    assertEquals("2027-03-31 12:00", ExcelValues.date(46477.5, false));
  }

  @Test
  void aWorkbookOnThe1904DateSystemGivesTheSameDates() {
    write(
        "deals.xlsx",
        new XSSFWorkbook(),
        wb -> {
          ((XSSFWorkbook) wb).getCTWorkbook().addNewWorkbookPr().setDate1904(true);
          Sheet s = wb.createSheet("Q1");
          row(s, 0, "id", "amount", "close", "won");
          Row r = row(s, 1, "d1", 5.0);
          date(wb, r, 2, LocalDate.of(2027, 3, 31));
          // the serial as Excel stores it in a 1904 workbook: 1462 days fewer than in 1900's
          r.getCell(2).setCellValue(46477 - 1462);
        });
    Diagnostics diags = new Diagnostics();
    Table t = load("deals.xlsx", null, FIELDS, diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(List.of("d1 | 5 | 2027-03-31 | -"), FormatsTest.dump(t));
  }

  @ParameterizedTest
  @ValueSource(strings = {"deals.xlsx", "deals.xls"})
  void formulasAreReadByTheirCachedValueAndAnErrorValueIsAnErrorAtItsCell(String file) {
    write(
        file,
        workbook(file),
        wb -> {
          Sheet s = wb.createSheet("Q1");
          row(s, 0, "id", "amount", "note");
          row(s, 1, "d1").createCell(1).setCellFormula("2*3.5");
          Row r2 = row(s, 2, "d2");
          r2.createCell(1).setCellFormula("1/0");
          r2.createCell(2).setCellFormula("1/0"); // an unread column: no matter
          wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
    Diagnostics diags = new Diagnostics();
    Table t = load(file, null, "id TEXT, amount MONEY", diags);
    List<Diagnostic> all = diags.all();
    assertEquals(1, all.size(), all::toString);
    assertEquals(Code.E0534, all.get(0).code());
    assertEquals(
        "found the error value `#DIV/0!`: the cell's formula could not be computed in Excel",
        all.get(0).message());
    DataLocation at = (DataLocation) all.get(0).location();
    assertEquals(file + "!Q1!B3", at.describe());
    assertEquals("amount", at.field());
    assertEquals("d1 | 7", FormatsTest.dump(t).get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"deals.xlsx", "deals.xls"})
  void theSheetNamedIsReadTheFirstOneOtherwiseAndAnUnknownOneIsListed(String file) {
    write(
        file,
        workbook(file),
        wb -> {
          row(wb.createSheet("Notes"), 0, "id", "amount");
          Sheet q1 = wb.createSheet("Q1");
          row(q1, 0, "id", "amount");
          row(q1, 1, "d1", 5.0);
        });
    Diagnostics diags = new Diagnostics();
    Table q1 = load(file, "Q1", FIELDS.replace(", close DATE?, won BOOL?", ""), diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(List.of("d1 | 5"), FormatsTest.dump(q1));

    Diagnostics first = new Diagnostics();
    Table notes = load(file, null, "id TEXT, amount MONEY", first);
    assertTrue(first.isEmpty(), first.all()::toString);
    assertEquals(0, notes.rowCount()); // the first sheet, Notes, has only a header

    Diagnostics unknown = new Diagnostics();
    assertNull(load(file, "q2", "id TEXT, amount MONEY", unknown));
    Diagnostic d = unknown.all().get(0);
    assertEquals(Code.E0531, d.code());
    assertEquals(
        "workbook " + file + " has no sheet `q2`; its sheets are: `Notes`, `Q1`", d.message());
    assertEquals("did you mean `Q1`?", d.hint());
  }

  @Test
  void aSheetForAFileWithoutSheetsAndAnUnknownExtensionAreErrors() throws IOException {
    Files.writeString(dir.resolve("deals.csv"), "id,amount\nd1,5\n");
    Diagnostics diags = new Diagnostics();
    assertNull(load("deals.csv", "Q1", "id TEXT, amount MONEY", diags));
    assertEquals(Code.E0532, diags.all().get(0).code());
    assertEquals(
        "`sheet \"Q1\"` names a sheet of a workbook, but deals.csv is a CSV file, which has none",
        diags.all().get(0).message());

    Files.writeString(dir.resolve("deals.txt"), "id,amount\nd1,5\n");
    Diagnostics txt = new Diagnostics();
    assertNull(load("deals.txt", null, "id TEXT, amount MONEY", txt));
    assertEquals(Code.E0530, txt.all().get(0).code());
    assertEquals(
        "cannot tell the format of deals.txt: inputs are read from .csv, .xlsx (Excel), .xls"
            + " (Excel 97-2003) or .jsonl (JSON Lines)",
        txt.all().get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"deals.xlsx", "deals.xls"})
  void aDamagedOrMisnamedWorkbookIsOneClearError(String file) throws IOException {
    byte[] bytes = "id,amount\nd1,5\n".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve(file), bytes);
    Diagnostics diags = new Diagnostics();
    assertNull(load(file, null, "id TEXT, amount MONEY", diags));
    assertEquals(Code.E0533, diags.all().get(0).code());
    assertTrue(diags.all().get(0).message().startsWith(file + " is not an Excel workbook"));

    // the first half of a real workbook: a zip cut short
    Path whole =
        write(
            "whole" + file.substring(5), workbook(file), wb -> row(wb.createSheet("Q1"), 0, "id"));
    byte[] all = Files.readAllBytes(whole);
    Files.write(dir.resolve(file), java.util.Arrays.copyOf(all, all.length / 2));
    Diagnostics cut = new Diagnostics();
    assertNull(load(file, null, "id TEXT, amount MONEY", cut));
    assertEquals(1, cut.all().size(), cut.all()::toString);
    assertEquals(Code.E0533, cut.all().get(0).code());

    // an .xls named .xlsx and the other way round
    String other = file.endsWith(".xlsx") ? "deals.xls" : "deals.xlsx";
    write(other, workbook(other), wb -> row(wb.createSheet("Q1"), 0, "id"));
    Files.move(
        dir.resolve(other), dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Diagnostics misnamed = new Diagnostics();
    assertNull(load(file, null, "id TEXT, amount MONEY", misnamed));
    assertEquals(Code.E0533, misnamed.all().get(0).code());
    assertTrue(misnamed.all().get(0).hint().startsWith("rename it"), misnamed.all()::toString);
  }

  @Test
  void aPasswordProtectedWorkbookSaysSo() throws Exception {
    Path path = dir.resolve("deals.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (XSSFWorkbook wb = new XSSFWorkbook();
          OutputStream os = enc.getDataStream(fs)) {
        row(wb.createSheet("Q1"), 0, "id");
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(path)) {
        fs.writeFilesystem(out);
      }
    }
    Diagnostics diags = new Diagnostics();
    assertNull(load("deals.xlsx", null, "id TEXT", diags));
    assertEquals(Code.E0533, diags.all().get(0).code());
    assertEquals(
        "deals.xlsx is protected by a password, so it cannot be read",
        diags.all().get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"deals.xlsx", "deals.xls"})
  void aValueBeyondTheHeaderAndABlankRowAreErrorsAtTheirCells(String file) {
    write(
        file,
        workbook(file),
        wb -> {
          Sheet s = wb.createSheet("Q1");
          row(s, 0, "id", "amount");
          row(s, 1, "d1", 5.0, null, "stray");
          // row 3 is blank: a row of empty cells, as the sheet's CSV export writes it
          row(s, 3, "d3", 7.0);
          row(s, 4, "d4", 8.0);
          row(s, 6, "d6", 9.0);
          // the rows after the last value, blank or missing, are not rows
          s.createRow(9);
        });
    Diagnostics diags = new Diagnostics();
    load(file, null, "id TEXT, amount MONEY", diags);
    List<String> got = new ArrayList<>();
    for (Diagnostic d : diags.all()) got.add(d.code() + " " + d.location() + " " + d.message());
    assertEquals(
        List.of(
            "E0503 " + file + "!Q1!D2 row 2 has a value in column D, beyond the header's 2 columns",
            "E0512 " + file + "!Q1!A3 missing value for id",
            "E0512 " + file + "!Q1!B3 missing value for amount",
            "E0512 " + file + "!Q1!A6 missing value for id",
            "E0512 " + file + "!Q1!B6 missing value for amount"),
        got);
  }

  @Test
  void aStreamedWorkbookWithInlineStringsReadsTheSame() {
    write(
        "deals.xlsx",
        new SXSSFWorkbook(),
        wb -> {
          Sheet s = wb.createSheet("Q1");
          row(s, 0, "id", "amount");
          for (int i = 1; i <= 3; i++) row(s, i, "d" + i, i * 1.5);
        });
    Diagnostics diags = new Diagnostics();
    Table t = load("deals.xlsx", "Q1", "id TEXT, amount MONEY", diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(List.of("d1 | 1.5", "d2 | 3", "d3 | 4.5"), FormatsTest.dump(t));
  }

  /** Rewrites one entry of a zip (an .xlsx) through edit: what Excel never writes, made by hand. */
  private void rewrite(Path xlsx, String entry, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
      for (var e : java.util.Collections.list(zip.entries())) {
        try (var in = zip.getInputStream(e)) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
      for (var e : entries.entrySet()) {
        byte[] bytes = e.getValue();
        if (e.getKey().equals(entry)) {
          bytes =
              edit.apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        out.write(bytes);
        out.closeEntry();
      }
    }
  }

  @Test
  void aHugeCellIsRefusedAtItsCellAndAZipBombIsNotRead() throws IOException {
    Path path =
        write(
            "deals.xlsx",
            new SXSSFWorkbook(), // inline strings, so the cell's text is in the sheet itself
            wb -> {
              Sheet s = wb.createSheet("Q1");
              row(s, 0, "id", "amount");
              row(s, 1, "HUGE", 5.0);
            });
    rewrite(path, "xl/worksheets/sheet1.xml", xml -> xml.replace("HUGE", "x".repeat(40_000)));
    Diagnostics diags = new Diagnostics();
    load("deals.xlsx", null, "id TEXT, amount MONEY", diags);
    assertEquals(1, diags.all().size(), diags.all()::toString);
    Diagnostic d = diags.all().get(0);
    assertEquals(Code.E0538, d.code());
    assertEquals("deals.xlsx!Q1!A2", d.location().describe());

    // 20 MB of spaces in the sheet compress a thousandfold: POI's zip bomb guard refuses it
    rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000)));
    Diagnostics bomb = new Diagnostics();
    assertNull(load("deals.xlsx", null, "id TEXT, amount MONEY", bomb));
    assertEquals(Code.E0533, bomb.all().get(0).code());
    assertTrue(bomb.all().get(0).message().contains("zip bomb"), bomb.all()::toString);
  }
}
