package compass.data;

import compass.diag.Code;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a sheet of a legacy .xls workbook (Excel 97-2003). Such a sheet has at most 65,536 rows, so
 * the workbook is read whole; the cells then go through the same sheet rules as an .xlsx.
 */
final class XlsRows {
  private XlsRows() {}

  static void read(Path path, String file, String wanted, RowSink sink) throws Unreadable {
    Workbooks.checkMagic(path, file, InputFormat.XLS);
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
        HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) names.add(workbook.getSheetName(i));
      int chosen = SheetRows.choose(names, wanted, file);
      Sheet sheet = workbook.getSheetAt(chosen);
      SheetRows rows = new SheetRows(sink, names.get(chosen));
      for (Row r : sheet) {
        CellRow row = CellRow.ofSheet(names.get(chosen), r.getRowNum() + 1, r.getLastCellNum());
        for (Cell cell : r) read(cell, row);
        rows.row(row);
        if (rows.stopped()) return;
      }
      rows.finish();
    } catch (IOException | RuntimeException e) {
      throw Workbooks.unreadable(e, file, InputFormat.XLS);
    }
  }

  private static void read(Cell cell, CellRow row) {
    int column = cell.getColumnIndex();
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
    switch (type) {
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          row.set(column, ExcelValues.date(cell.getLocalDateTimeCellValue()));
        } else {
          row.set(column, ExcelValues.number(cell.getNumericCellValue()));
        }
      }
      case STRING -> {
        String text = cell.getStringCellValue();
        if (text.length() > ExcelValues.MAX_CELL) {
          row.flaw(column, Code.E0538, ExcelValues.tooLong(text.length()), Workbooks.LONG_HINT);
        } else {
          row.set(column, text);
        }
      }
      case BOOLEAN -> row.set(column, cell.getBooleanCellValue() ? "true" : "false");
      case ERROR -> {
        String error;
        try {
          error = FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException unknown) {
          error = "#ERROR";
        }
        row.set(column, "");
        row.flaw(column, Code.E0534, ExcelValues.errorMessage(error), ExcelValues.ERROR_HINT);
      }
      default -> {} // BLANK: an empty cell
    }
  }
}
