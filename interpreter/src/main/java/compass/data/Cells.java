package compass.data;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

/**
 * Parsing of single cells, as plain checks over a char range: they run once per cell, millions of
 * times, so the accepting path uses no regex and creates no garbage. The regexes below only phrase
 * the advice for a value that was already rejected.
 */
final class Cells {
  /** At most this many significant digits: more is almost surely a spreadsheet artefact. */
  static final int MAX_DIGITS = 18;

  /** epochDay results that are not days: the text does not look like a date, or names none. */
  static final int BAD_DATE = Integer.MIN_VALUE;

  static final int NO_SUCH_DATE = Integer.MIN_VALUE + 1;

  static final int INT_OK = 0;
  static final int INT_BAD = 1;
  static final int INT_TOO_LARGE = 2;

  /**
   * The definition of an accepted date, yyyy-mm-dd with a year of exactly four digits and no sign
   * (`-2027-02-01` is no year a plan can mean); the hand-written parser agrees with it.
   */
  static final DateTimeFormatter ISO_DATE =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .toFormatter(java.util.Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern OTHER_YEAR = Pattern.compile("([+-]\\d+|\\d{5,})-\\d{2}-\\d{2}");

  private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
  private static final Pattern EUROPEAN = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+,\\d+");
  private static final Pattern SPACED = Pattern.compile("-?\\d{1,3}( \\d{3})+(\\.\\d+)?");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
  private static final Pattern SLASHED_ISO = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");

  private Cells() {}

  static int trimStart(char[] c, int from, int to) {
    while (from < to && CsvScanner.isSpace(c[from])) from++;
    return from;
  }

  static int trimEnd(char[] c, int from, int to) {
    while (to > from && CsvScanner.isSpace(c[to - 1])) to--;
    return to;
  }

  /** {@code -?digits(.digits)?}: the only number shape accepted, so no locale can misread it. */
  static boolean isPlainDecimal(char[] c, int from, int to) {
    int i = from;
    if (i < to && c[i] == '-') i++;
    int digits = i;
    while (i < to && isDigit(c[i])) i++;
    if (i == digits) return false;
    if (i == to) return true;
    if (c[i] != '.') return false;
    int fraction = ++i;
    while (i < to && isDigit(c[i])) i++;
    return i == to && i > fraction;
  }

  /** Significant digits of a plain decimal: leading zeros do not count, trailing ones do. */
  static int significantDigits(char[] c, int from, int to) {
    int n = 0;
    boolean leading = true;
    for (int i = from; i < to; i++) {
      char ch = c[i];
      if (!isDigit(ch)) continue;
      if (leading && ch == '0') continue;
      leading = false;
      n++;
    }
    return n;
  }

  /** Validates {@code -?digits} and its range; {@link #parseLong} may be called after INT_OK. */
  static int integerStatus(char[] c, int from, int to) {
    int i = from;
    boolean negative = i < to && c[i] == '-';
    if (negative) i++;
    if (i == to) return INT_BAD;
    for (int j = i; j < to; j++) if (!isDigit(c[j])) return INT_BAD;
    while (i < to - 1 && c[i] == '0') i++;
    int digits = to - i;
    if (digits < 19) return INT_OK;
    if (digits > 19) return INT_TOO_LARGE;
    // 19 digits: compare with the limit as text, which avoids overflow arithmetic.
    String limit = negative ? "9223372036854775808" : "9223372036854775807";
    for (int k = 0; k < 19; k++) {
      if (c[i + k] != limit.charAt(k)) return c[i + k] < limit.charAt(k) ? INT_OK : INT_TOO_LARGE;
    }
    return INT_OK;
  }

  /** Accumulates negatively so Long.MIN_VALUE, which has no positive counterpart, parses. */
  static long parseLong(char[] c, int from, int to) {
    boolean negative = c[from] == '-';
    long v = 0;
    for (int i = negative ? from + 1 : from; i < to; i++) v = v * 10 - (c[i] - '0');
    return negative ? v : -v;
  }

  /** The epoch day of a {@code yyyy-MM-dd} date, or {@link #BAD_DATE} / {@link #NO_SUCH_DATE}. */
  static int parseDate(char[] c, int from, int to) {
    if (to - from == 10
        && c[from + 4] == '-'
        && c[from + 7] == '-'
        && digits(c, from, 4)
        && digits(c, from + 5, 2)
        && digits(c, from + 8, 2)) {
      int year = number(c, from, 4);
      int month = number(c, from + 5, 2);
      int day = number(c, from + 8, 2);
      if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return NO_SUCH_DATE;
      return epochDay(year, month, day);
    }
    return BAD_DATE;
  }

  /**
   * Days since 1970-01-01 of a valid date with a year of 0 to 9999, as LocalDate.toEpochDay
   * computes them (the same formula), without making a LocalDate per cell.
   */
  static int epochDay(int year, int month, int day) {
    int total = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12 + day - 1;
    if (month > 2) total -= java.time.Year.isLeap(year) ? 1 : 2;
    return total - DAYS_0000_TO_1970;
  }

  private static final int DAYS_0000_TO_1970 = 719_528;

  private static int monthLength(int year, int month) {
    if (month == 2) return java.time.Year.isLeap(year) ? 29 : 28;
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** 1 for true, 0 for false, -1 when the text is neither. */
  static int parseBool(char[] c, int from, int to) {
    int n = to - from;
    if (n == 1) return c[from] == '1' ? 1 : c[from] == '0' ? 0 : -1;
    String s = new String(c, from, n);
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes")) return 1;
    if (s.equalsIgnoreCase("false") || s.equalsIgnoreCase("no")) return 0;
    return -1;
  }

  /** What to write instead of a rejected number, phrased after "found `raw` in field: ". */
  static String numberAdvice(String raw) {
    String s = raw;
    if (!s.isEmpty() && "$\u20ac\u00a3\u00a5".indexOf(s.charAt(0)) >= 0) {
      return "write numbers without a currency symbol, e.g. " + example(s.substring(1));
    }
    if (THOUSANDS.matcher(s).matches()
        || DECIMAL_COMMA.matcher(s).matches()
        || EUROPEAN.matcher(s).matches()) {
      return "write numbers without thousands separators, with a dot for decimals, e.g. "
          + example(s);
    }
    if (SPACED.matcher(s).matches()) {
      return "write numbers without spaces, e.g. " + s.replace(" ", "");
    }
    if (s.startsWith("+")) return "write numbers without a plus sign, e.g. " + s.substring(1);
    if (s.startsWith(".") || s.endsWith(".")) {
      return "write a digit on both sides of the dot, e.g. 0.5 or 12.0";
    }
    return "expected a number such as 1234.56 (digits, an optional minus and a dot for decimals)";
  }

  /** The plain form of a number written with separators: 1,000.00 and 1.000,00 become 1000.00. */
  private static String example(String s) {
    String t = s.replace(" ", "");
    if (THOUSANDS.matcher(t).matches()) return t.replace(",", "");
    if (EUROPEAN.matcher(t).matches()) return t.replace(".", "").replace(',', '.');
    if (DECIMAL_COMMA.matcher(t).matches()) return t.replace(',', '.');
    return isPlainDecimal(t.toCharArray(), 0, t.length()) ? t : "1234.56";
  }

  /** What to write instead of a rejected date, phrased after "found `raw` in field: ". */
  static String dateAdvice(String raw) {
    var slashedIso = SLASHED_ISO.matcher(raw);
    if (slashedIso.matches()) {
      return "write dates as yyyy-mm-dd, e.g. "
          + slashedIso.group(1)
          + "-"
          + pad(slashedIso.group(2))
          + "-"
          + pad(slashedIso.group(3));
    }
    if (DAY_FIRST.matcher(raw).matches()) {
      return "write dates as yyyy-mm-dd (year first, so day and month cannot be confused), "
          + "e.g. 2027-01-31";
    }
    if (OTHER_YEAR.matcher(raw).matches()) {
      return "the year must have four digits and no sign, e.g. 2027"
          + raw.substring(raw.length() - 6);
    }
    if (raw.length() > 10 && (raw.charAt(10) == 'T' || raw.charAt(10) == ' ')) {
      return "write dates as yyyy-mm-dd without a time, e.g. " + raw.substring(0, 10);
    }
    return "write dates as yyyy-mm-dd, with two-digit months and days, e.g. 2027-01-31";
  }

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digits(char[] c, int from, int n) {
    for (int i = from; i < from + n; i++) if (!isDigit(c[i])) return false;
    return true;
  }

  private static int number(char[] c, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) v = v * 10 + (c[i] - '0');
    return v;
  }
}
