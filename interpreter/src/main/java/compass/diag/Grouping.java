package compass.diag;

import java.math.BigDecimal;

/**
 * The one amount formatter: thousands separated by commas, a dot for decimals, built from {@link
 * BigDecimal#toPlainString()} so no JVM locale changes it. Every digit of the value is kept;
 * callers choose the scale (a statement's cents, a note's arithmetic) before calling.
 */
public final class Grouping {
  private Grouping() {}

  /** {@code -1234567.50} as {@code -1,234,567.50}; {@code 1E+3} as {@code 1,000}. */
  public static String grouped(BigDecimal v) {
    String plain = v.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (negative) out.append('-');
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) out.append(',');
      out.append(whole.charAt(i));
    }
    if (dot >= 0) out.append(digits, dot, digits.length());
    return out.toString();
  }

  /** With at least {@code minorUnits} decimals (raised, never lowered: no digit is lost). */
  public static String grouped(BigDecimal v, int minorUnits) {
    return grouped(v.scale() < minorUnits ? v.setScale(minorUnits) : v);
  }

  /**
   * A fraction as a percent with all its digits: {@code 0.125} as {@code 12.5%}, {@code 1} as
   * {@code 100%}.
   */
  public static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** With a sign always shown: {@code +2,560.00}, {@code -40.00}. */
  public static String signed(BigDecimal v) {
    return (v.signum() < 0 ? "" : "+") + grouped(v);
  }
}
