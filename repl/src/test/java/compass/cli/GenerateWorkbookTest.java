package compass.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compass generate --format xlsx}: one workbook whose sheets hold, cell for cell, what the
 * CSV files of the same seed hold, with dates as date cells, numbers as numeric cells and text as
 * text; the same seed gives the same bytes. Read back with POI's full (non-streaming) reader.
 */
final class GenerateWorkbookTest {
  @TempDir Path tmp;

  private Path generate(Path out, String... flags) {
    List<String> args = new ArrayList<>(List.of("generate"));
    args.addAll(List.of(flags));
    args.addAll(List.of("--out", out.toString()));
    GenerateExtrasTest.Outcome o = GenerateExtrasTest.run(args.toArray(String[]::new));
    assertEquals(0, o.code(), o.err());
    assertEquals("", o.err());
    assertTrue(o.out().endsWith(" to " + out + "\n"), o.out());
    return out;
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /**
   * Every sheet equals its CSV file: the same header, the same number of rows, and each cell the
   * CSV's field in its type. Returns the sheet names, in order.
   */
  private static List<String> assertSameAsCsv(Path workbook, Path csvDir) throws IOException {
    List<String> names = new ArrayList<>();
    try (XSSFWorkbook book = open(workbook)) {
      for (Sheet sheet : book) {
        names.add(sheet.getSheetName());
        List<String> lines =
            Files.readAllLines(
                csvDir.resolve(sheet.getSheetName() + ".csv"), StandardCharsets.US_ASCII);
        assertEquals(lines.size() - 1, sheet.getLastRowNum(), sheet.getSheetName());
        for (int r = 0; r < lines.size(); r++) {
          String[] fields = lines.get(r).split(",", -1);
          Row row = sheet.getRow(r);
          for (int c = 0; c < fields.length; c++) {
            String where = sheet.getSheetName() + "!" + (char) ('A' + c) + (r + 1);
            Cell cell = row.getCell(c);
            if (fields[c].isEmpty()) {
              assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where);
            } else if (r == 0) {
              assertEquals(fields[c], cell.getStringCellValue(), where);
            } else {
              assertCell(fields[c], cell, where);
            }
          }
        }
      }
    }
    return names;
  }

  private static void assertCell(String field, Cell cell, String where) {
    if (field.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      assertEquals(CellType.NUMERIC, cell.getCellType(), where);
      assertTrue(DateUtil.isCellDateFormatted(cell), where);
      assertEquals("yyyy-mm-dd", cell.getCellStyle().getDataFormatString(), where);
      assertEquals(LocalDate.parse(field), cell.getLocalDateTimeCellValue().toLocalDate(), where);
    } else if (field.matches("-?([1-9][0-9]*|0)(\\.[0-9]+)?")) {
      assertEquals(CellType.NUMERIC, cell.getCellType(), where);
      // the double read back is the field's decimal exactly, as Excel shows it
      BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
      assertEquals(0, new BigDecimal(field).compareTo(value), where + ": " + value);
      int dot = field.indexOf('.');
      if (dot > 0) {
        String format = "0." + "0".repeat(field.length() - dot - 1);
        assertEquals(format, cell.getCellStyle().getDataFormatString(), where);
      }
    } else if (field.matches("[0-9]+(\\.[0-9]+)?%")) {
      assertEquals(CellType.NUMERIC, cell.getCellType(), where);
      BigDecimal percent = new BigDecimal(field.replace("%", "")).movePointLeft(2);
      assertEquals(0, percent.compareTo(BigDecimal.valueOf(cell.getNumericCellValue())), where);
      assertTrue(cell.getCellStyle().getDataFormatString().endsWith("%"), where);
    } else {
      assertEquals(CellType.STRING, cell.getCellType(), where);
      assertEquals(field, cell.getStringCellValue(), where);
    }
  }

  @Test
  void workbookHoldsTheCsvTablesAsTypedCells() throws IOException {
    String[] flags = {"--people", "60", "--deals", "400", "--activities", "--reference"};
    Path csv = generate(tmp.resolve("csv"), flags);
    List<String> withFormat = new ArrayList<>(List.of(flags));
    withFormat.addAll(List.of("--format", "xlsx"));
    Path book = generate(tmp.resolve("book.xlsx"), withFormat.toArray(String[]::new));
    List<String> sheets = assertSameAsCsv(book, csv);
    assertEquals(
        List.of(
            "people",
            "deals",
            "splits",
            "quotas",
            "fx",
            "meetings",
            "leads",
            "trainings",
            "products",
            "accounts",
            "certifications",
            "rate_card"),
        sheets);
    assertEquals(Set.of("book.xlsx", "csv"), files(tmp)); // no temporary file left behind
  }

  @Test
  void crmExportWorkbookInAFolderIsDataXlsx() throws IOException {
    Path csv = generate(tmp.resolve("csv"), "--shape", "crm-export", "--deals", "500");
    Path dir = tmp.resolve("out");
    GenerateExtrasTest.Outcome o =
        GenerateExtrasTest.run(
            "generate",
            "--shape",
            "crm-export",
            "--deals",
            "500",
            "--format",
            "xlsx",
            "--out",
            dir.toString());
    assertEquals(0, o.code(), o.err());
    assertEquals(Set.of("data.xlsx"), files(dir));
    assertEquals(
        List.of("accounts", "products", "sales_teams", "sales_pipeline"),
        assertSameAsCsv(dir.resolve("data.xlsx"), csv));
  }

  @Test
  void sameSeedGivesTheSameWorkbookBytes() throws Exception {
    String[] flags = {"--people", "30", "--deals", "200", "--activities", "--format", "xlsx"};
    Path a = generate(tmp.resolve("a.xlsx"), flags);
    Thread.sleep(2100); // a zip entry's time has a two-second grain: it must not show through
    Path b = generate(tmp.resolve("b.xlsx"), flags);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  /** The example workbook is what the command in its README writes, byte for byte. */
  @Test
  void sdrMeetingsExampleIsWhatItsReadmeCommandWrites() throws IOException {
    Path example = Path.of("..", "stdlib-plans", "plans", "sdr-meetings");
    String flags = "--people 40 --deals 300 --activities --sdrs 12 --seed 42 --format xlsx";
    String readme = Files.readString(example.resolve("README.md"));
    assertTrue(
        readme.contains(
            "compass generate " + flags + " --out stdlib-plans/plans/sdr-meetings/sdr.xlsx"));
    Path book = generate(tmp.resolve("sdr.xlsx"), flags.split(" "));
    assertArrayEquals(Files.readAllBytes(example.resolve("sdr.xlsx")), Files.readAllBytes(book));
    try (XSSFWorkbook read = open(book)) {
      for (String sheet : List.of("people", "meetings", "deals")) {
        assertTrue(read.getSheet(sheet) != null, sheet);
      }
    }
  }

  private static Set<String> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      Set<String> names = new HashSet<>();
      all.forEach(p -> names.add(p.getFileName().toString()));
      return names;
    }
  }
}
