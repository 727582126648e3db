package compass.cli.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One workbook written with POI's streaming writer (SXSSF), a sheet per table. The tables are
 * generated as CSV lines, exactly as for the CSV files; each sheet takes those lines and turns
 * every cell into a typed cell: {@code 2027-03-14} a date cell shown as {@code yyyy-mm-dd}, {@code
 * 1234.50} a number shown with the same decimals, {@code 8.5%} a percentage, anything else text, an
 * empty field no cell at all. The first line (the header) is text.
 */
final class WorkbookOutput implements AutoCloseable {
  /** The most data rows a sheet holds: Excel's 1,048,576 rows less the header. */
  static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

  /** The document's fixed creation time, so the same seed gives the same file. */
  private static final Date FIXED = new Date(LocalDate.of(2027, 1, 1).toEpochDay() * 86_400_000L);

  private final SXSSFWorkbook book = new SXSSFWorkbook(200);
  private final DataFormat formats = book.createDataFormat();
  private final Map<String, CellStyle> styles = new HashMap<>();

  WorkbookOutput() {
    book.setCompressTempFiles(true);
  }

  /** A stream of CSV lines that become the rows of a new sheet {@code name}. */
  OutputStream sheet(String name) {
    return new SheetStream(book.createSheet(name));
  }

  /** Writes the whole workbook to {@code out}, with fixed document properties. */
  void write(OutputStream out) throws IOException {
    POIXMLProperties.CoreProperties core =
        book.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setCreator("compass generate");
    core.setCreated(Optional.of(FIXED));
    core.setModified(Optional.of(FIXED));
    book.write(out);
  }

  @Override
  public void close() throws IOException {
    book.dispose(); // the temporary files of the streamed rows
    book.close();
  }

  private CellStyle style(String format) {
    return styles.computeIfAbsent(
        format,
        f -> {
          CellStyle s = book.createCellStyle();
          s.setDataFormat(formats.getFormat(f));
          return s;
        });
  }

  /** Thrown when a table has more rows than a sheet holds. */
  static final class SheetFullException extends IOException {
    final String sheet;

    SheetFullException(String sheet) {
      super("the sheet " + sheet + " would have more than " + MAX_ROWS + " rows");
      this.sheet = sheet;
    }
  }

  /** Splits the bytes written into lines and the lines into cells of one sheet. */
  private final class SheetStream extends OutputStream {
    private final SXSSFSheet sheet;
    private byte[] line = new byte[256];
    private int length;
    private int rows;

    SheetStream(SXSSFSheet sheet) {
      this.sheet = sheet;
    }

    @Override
    public void write(int b) throws IOException {
      if (b == '\n') {
        row(new String(line, 0, length, StandardCharsets.US_ASCII));
        length = 0;
        return;
      }
      if (length == line.length) line = Arrays.copyOf(line, length * 2);
      line[length++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) write(b[i]);
    }

    private void row(String text) throws IOException {
      if (rows > MAX_ROWS) throw new SheetFullException(sheet.getSheetName());
      SXSSFRow row = sheet.createRow(rows);
      String[] cells = text.split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        if (cells[c].isEmpty()) continue;
        SXSSFCell cell = row.createCell(c);
        if (rows == 0) cell.setCellValue(cells[c]);
        else fill(cell, cells[c]);
      }
      rows++;
    }

    private void fill(SXSSFCell cell, String v) {
      if (isDate(v)) {
        LocalDate d = LocalDate.parse(v);
        cell.setCellValue(LocalDateTime.of(d, LocalTime.MIDNIGHT));
        cell.setCellStyle(style("yyyy-mm-dd"));
      } else if (isNumber(v, 0, v.length())) {
        cell.setCellValue(Double.parseDouble(v));
        int dot = v.indexOf('.');
        if (dot >= 0) cell.setCellStyle(style("0." + "0".repeat(v.length() - dot - 1)));
      } else if (v.endsWith("%") && isNumber(v, 0, v.length() - 1)) {
        String number = v.substring(0, v.length() - 1);
        cell.setCellValue(new BigDecimal(number).movePointLeft(2).doubleValue());
        int dot = number.indexOf('.');
        cell.setCellStyle(
            style(dot < 0 ? "0%" : "0." + "0".repeat(number.length() - dot - 1) + "%"));
      } else {
        cell.setCellValue(v);
      }
    }
  }

  /** {@code yyyy-mm-dd}. */
  static boolean isDate(String v) {
    if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') return false;
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && !Character.isDigit(v.charAt(i))) return false;
    }
    return true;
  }

  /**
   * Digits with at most one dot between digits, and an optional leading minus; not a leading zero
   * before another digit (a code such as {@code 007} stays text).
   */
  static boolean isNumber(String v, int from, int to) {
    if (from < to && v.charAt(from) == '-') from++;
    if (from == to) return false;
    if (v.charAt(from) == '0' && from + 1 < to && v.charAt(from + 1) != '.') return false;
    int dot = -1;
    for (int i = from; i < to; i++) {
      char ch = v.charAt(i);
      if (ch == '.' && dot < 0 && i > from && i < to - 1) dot = i;
      else if (ch < '0' || ch > '9') return false;
    }
    return true;
  }
}
