package compass.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the table of a CSV text as another input format, with the cells typed as a spreadsheet or
 * a JSON exporter would type them: numbers as numbers, dates as date cells, true and false as
 * booleans, the rest as text. Reading each back must give the same table as the CSV.
 */
final class FormatFiles {
  static final String SHEET = "data";

  private FormatFiles() {}

  /** The file name of the table in a format: deals.csv, deals.xlsx, ... */
  static String name(String stem, InputFormat format) {
    return stem + format.extension;
  }

  /** Writes csv in format into dir as stem + extension; returns the file name. */
  static String write(Path dir, String stem, InputFormat format, String csv) {
    String file = name(stem, format);
    try {
      Path path = dir.resolve(file);
      switch (format) {
        case CSV -> Files.writeString(path, csv, StandardCharsets.UTF_8);
        case XLSX, XLS -> {
          try (Workbook wb = format == InputFormat.XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
              OutputStream out = Files.newOutputStream(path)) {
            workbook(wb, records(csv));
            wb.write(out);
          }
        }
        case JSONL -> Files.writeString(path, jsonLines(records(csv)), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The records of a CSV text, cell by cell, without the blank lines at its end. */
  static List<List<String>> records(String csv) {
    char[] text = csv.toCharArray();
    int begin = text.length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    CsvScanner scanner = new CsvScanner(text, begin, text.length, 1, true);
    List<List<String>> out = new ArrayList<>();
    while (scanner.next()) {
      if (scanner.isBlank() && scanner.restIsBlank()) break;
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < scanner.count(); i++) cells.add(scanner.cellText(i));
      out.add(cells);
    }
    return out;
  }

  static void workbook(Workbook wb, List<List<String>> records) {
    Sheet sheet = wb.createSheet(SHEET);
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    for (int r = 0; r < records.size(); r++) {
      Row row = sheet.createRow(r);
      List<String> cells = records.get(r);
      for (int c = 0; c < cells.size(); c++) {
        String v = cells.get(c);
        if (v.isEmpty()) continue;
        Cell cell = row.createCell(c);
        if (r > 0 && number(v)) {
          cell.setCellValue(Double.parseDouble(v));
        } else if (r > 0 && date(v) != null) {
          cell.setCellValue(date(v));
          cell.setCellStyle(date);
        } else if (r > 0 && (v.equals("true") || v.equals("false"))) {
          cell.setCellValue(Boolean.parseBoolean(v));
        } else if (wb instanceof XSSFWorkbook) {
          cell.setCellValue(excelEscapes(v));
        } else {
          cell.setCellValue(v);
        }
      }
    }
  }

  /**
   * A control character as Excel writes it into an .xlsx, `_x0000_` (XML cannot hold it); POI's
   * writer would drop it instead.
   */
  static String excelEscapes(String v) {
    StringBuilder out = new StringBuilder();
    for (char c : v.toCharArray()) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        out.append(String.format("_x%04X_", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String jsonLines(List<List<String>> records) throws IOException {
    List<String> keys = records.get(0);
    StringBuilder out = new StringBuilder();
    JsonFactory json = new JsonFactory();
    for (List<String> cells : records.subList(1, records.size())) {
      StringWriter line = new StringWriter();
      try (JsonGenerator g = json.createGenerator(line)) {
        g.writeStartObject();
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          g.writeFieldName(keys.get(c));
          if (v.isEmpty()) g.writeNull();
          else if (number(v)) g.writeNumber(new BigDecimal(v));
          else if (v.equals("true") || v.equals("false")) g.writeBoolean(Boolean.parseBoolean(v));
          else g.writeString(v);
        }
        g.writeEndObject();
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /** A number a spreadsheet would store as one and show the same: `5`, `-2.5`, not `007`. */
  static boolean number(String v) {
    if (!v.matches("-?[0-9]+(\\.[0-9]+)?")) return false;
    BigDecimal d = new BigDecimal(v);
    return d.precision() <= 15 && ExcelValues.number(d.doubleValue()).equals(v);
  }

  static LocalDate date(String v) {
    if (!v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
