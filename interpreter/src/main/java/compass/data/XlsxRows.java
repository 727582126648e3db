package compass.data;

import compass.diag.Code;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a sheet of an .xlsx workbook as a stream of XML events (POI's event API), so a sheet of a
 * million rows never sits whole in memory: only the shared strings, the styles and one chunk of
 * rows do. POI's limits on zip entries (ZipSecureFile: inflation ratio, entry size) stay on, so a
 * zip bomb is refused.
 */
final class XlsxRows {
  private XlsxRows() {}

  static void read(Path path, String file, String wanted, RowSink sink) throws Unreadable {
    Workbooks.checkMagic(path, file, InputFormat.XLSX);
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      boolean date1904 = date1904(reader);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      List<String> names = new ArrayList<>();
      List<InputStream> streams = new ArrayList<>();
      while (sheets.hasNext()) {
        streams.add(sheets.next());
        names.add(sheets.getSheetName());
      }
      int chosen = SheetRows.choose(names, wanted, file);
      for (int i = 0; i < streams.size(); i++) if (i != chosen) streams.get(i).close();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      SheetRows rows = new SheetRows(sink, names.get(chosen));
      try (InputStream sheet = streams.get(chosen)) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new Handler(names.get(chosen), strings, styles, date1904, rows));
        parser.parse(new InputSource(sheet));
      } catch (Stop stop) {
        return; // the header could not be read; that is reported
      }
      rows.finish();
    } catch (IOException
        | SAXException
        | OpenXML4JException
        | ParserConfigurationException
        | RuntimeException e) {
      throw Workbooks.unreadable(e, file, InputFormat.XLSX);
    }
  }

  /** Whether the workbook counts dates from 1904 (old Mac workbooks) rather than 1900. */
  private static boolean date1904(XSSFReader reader)
      throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
    boolean[] found = {false};
    try (InputStream in = reader.getWorkbookData()) {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
              if (local.equals("workbookPr")) {
                String v = a.getValue("date1904");
                found[0] = v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
              }
            }
          });
      parser.parse(new InputSource(in));
    }
    return found[0];
  }

  /** Thrown through the parser to stop reading when the header could not be read. */
  private static final class Stop extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  /** The sheet's XML: rows of cells, each with its type, style and value. */
  private static final class Handler extends DefaultHandler {
    private final String sheet;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final SheetRows rows;
    private final java.util.Map<Integer, Boolean> dateStyles = new java.util.HashMap<>();
    private CellRow row;
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private final StringBuilder value = new StringBuilder();
    private int valueLength;
    private boolean collecting;
    private boolean inInline;
    private boolean inPhonetic;

    Handler(
        String sheet,
        ReadOnlySharedStringsTable strings,
        StylesTable styles,
        boolean date1904,
        SheetRows rows) {
      this.sheet = sheet;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
      this.rows = rows;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      switch (local) {
        case "row" -> {
          String r = a.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r.strip());
          row = CellRow.ofSheet(sheet, rowNumber, 16);
          column = -1;
        }
        case "c" -> {
          String ref = a.getValue("r");
          column = ref == null ? column + 1 : Workbooks.columnOf(ref);
          type = a.getValue("t");
          String s = a.getValue("s");
          style = s == null ? 0 : Integer.parseInt(s.strip());
          value.setLength(0);
          valueLength = 0;
        }
        case "v" -> collecting = true;
        case "is" -> inInline = true;
        case "rPh" -> inPhonetic = true;
        case "t" -> collecting = inInline && !inPhonetic;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!collecting) return;
      valueLength += length;
      // A hostile cell of gigabytes is counted, not kept: it is refused at its length.
      int room = ExcelValues.MAX_CELL + 1 - value.length();
      if (room > 0) value.append(ch, start, Math.min(room, length));
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      switch (local) {
        case "v", "t" -> collecting = false;
        case "is" -> inInline = false;
        case "rPh" -> inPhonetic = false;
        case "c" -> cell();
        case "row" -> {
          rows.row(row);
          if (rows.stopped()) throw new Stop();
        }
        default -> {}
      }
    }

    private void cell() {
      if (row == null || column < 0) return;
      if (valueLength > ExcelValues.MAX_CELL) {
        row.set(column, "");
        row.flaw(column, Code.E0538, ExcelValues.tooLong(valueLength), Workbooks.LONG_HINT);
        return;
      }
      String v = value.toString();
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          if (v.isBlank()) return;
          String text = strings.getItemAt(Integer.parseInt(v.strip())).getString();
          if (text.length() > ExcelValues.MAX_CELL) {
            row.flaw(column, Code.E0538, ExcelValues.tooLong(text.length()), Workbooks.LONG_HINT);
          } else {
            row.set(column, text);
          }
        }
        case "inlineStr", "str" -> row.set(column, decode(v));
        case "b" -> {
          if (!v.isBlank()) row.set(column, v.strip().equals("1") ? "true" : "false");
        }
        case "e" -> {
          row.set(column, "");
          row.flaw(column, Code.E0534, ExcelValues.errorMessage(v.strip()), ExcelValues.ERROR_HINT);
        }
        case "d" -> row.set(column, isoDate(v.strip()));
        default -> {
          if (v.isBlank()) return;
          row.set(column, isDate(style) ? date(v) : ExcelValues.number(v));
        }
      }
    }

    /**
     * Text as the sheet stores it, with the characters XML cannot hold written `_x0007_` (as Excel
     * writes them and shared strings are decoded by POI), decoded so a control character is seen.
     */
    static String decode(String stored) {
      if (stored.indexOf("_x") < 0) return stored;
      java.util.regex.Matcher m = ESCAPE.matcher(stored);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            out,
            java.util.regex.Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
      }
      m.appendTail(out);
      return out.toString();
    }

    private static final java.util.regex.Pattern ESCAPE =
        java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private String date(String stored) {
      String d = ExcelValues.date(Double.parseDouble(stored.strip()), date1904);
      return d != null ? d : ExcelValues.number(stored);
    }

    /** A date stored as text (strict OOXML): `2027-01-15T00:00:00` is 2027-01-15. */
    private static String isoDate(String stored) {
      return stored.endsWith("T00:00:00") ? stored.substring(0, stored.length() - 9) : stored;
    }

    private boolean isDate(int styleIndex) {
      if (styles == null) return false;
      return dateStyles.computeIfAbsent(
          styleIndex,
          i -> {
            XSSFCellStyle cs = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
            if (cs == null) return false;
            return DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
          });
    }
  }
}
