package compass.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns the values a workbook stores into the text a cell shows, which the typed cell reader then
 * reads like a CSV cell: numbers with Excel's 15 significant digits (the double 731.9399999999999
 * is 731.94, and 3.0 is 3), dates from their serial numbers as yyyy-mm-dd.
 */
final class ExcelValues {
  /** Excel shows and compares numbers with 15 significant digits, rounding half away from 0. */
  private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_UP);

  /** Excel's own limit on the characters of one cell; a longer value is not a spreadsheet's. */
  static final int MAX_CELL = 32_767;

  private ExcelValues() {}

  /** A number as Excel shows it: 15 significant digits, no trailing zeros, never an exponent. */
  static String number(double value) {
    return plain(BigDecimal.valueOf(value));
  }

  /** A number as stored in the sheet's XML (`731.9399999999999`, `1E-3`), as Excel shows it. */
  static String number(String stored) {
    return plain(new BigDecimal(stored.strip()));
  }

  private static String plain(BigDecimal value) {
    BigDecimal shown = value.round(EXCEL).stripTrailingZeros();
    return shown.signum() == 0 ? "0" : shown.toPlainString();
  }

  /**
   * A date cell's serial number (days since 1900, or 1904 when the workbook says so) as yyyy-mm-dd,
   * with the time after it only when there is one; null when it is no valid date.
   */
  static String date(double serial, boolean date1904) {
    if (!DateUtil.isValidExcelDate(serial)) return null;
    return date(DateUtil.getLocalDateTime(serial, date1904, true));
  }

  static String date(LocalDateTime at) {
    if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) return at.toLocalDate().toString();
    return at.toLocalDate() + " " + at.toLocalTime();
  }

  /** The message for a cell holding an error value instead of a number or text. */
  static String errorMessage(String error) {
    return "found the error value `"
        + error
        + "`: the cell's formula could not be computed in Excel";
  }

  static final String ERROR_HINT =
      "fix the formula in the workbook (or replace it by its value) and save it again";

  /** The message for a cell longer than Excel allows. */
  static String tooLong(int length) {
    return "the cell holds "
        + length
        + " characters, more than Excel's limit of "
        + MAX_CELL
        + ": it cannot be a value typed in a spreadsheet";
  }
}
