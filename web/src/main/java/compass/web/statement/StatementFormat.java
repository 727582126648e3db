package compass.web.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a statement shows numbers: amounts grouped in thousands with their own scale (a run's amounts
 * are already rounded to the currency's minor unit, an explanation's are exact), attainment as a
 * percentage, the width of its bar. Locale-independent, as every output of Compass.
 */
public final class StatementFormat {
  private StatementFormat() {}

  /** {@code 24220.00} as {@code 24,220.00}; {@code -5940.5} as {@code -5,940.5}. */
  public static String money(BigDecimal amount) {
    if (amount == null) return "";
    String plain = amount.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) plain = plain.substring(1);
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String rest = dot < 0 ? "" : plain.substring(dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) grouped.append(',');
      grouped.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + grouped + rest;
  }

  /** An attainment held as a fraction, as a percentage to one decimal at most: 1.2 is 120%. */
  public static String percent(BigDecimal fraction) {
    if (fraction == null) return "";
    BigDecimal p =
        fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }

  /** The width of the attainment bar, 0 to 100 (a bar is full at quota and beyond). */
  public static int barWidth(BigDecimal fraction) {
    if (fraction == null || fraction.signum() <= 0) return 0;
    BigDecimal p = fraction.movePointRight(2).setScale(0, RoundingMode.DOWN);
    return p.compareTo(BigDecimal.valueOf(100)) >= 0 ? 100 : p.intValue();
  }

  /** Whether attainment is past quota (the bar then says so with its colour). */
  public static boolean overQuota(BigDecimal fraction) {
    return fraction != null && fraction.compareTo(BigDecimal.ONE) > 0;
  }

  /** An amount in machine form for the page's data attributes: {@code 24220.00}. */
  public static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }

  /**
   * Where an explanation step comes from, without the folders: {@code ae-quota.comp:35:3}, {@code
   * deals.csv:2}. A statement goes to people who never saw the analyst's disk.
   */
  public static String source(String source) {
    if (source == null) return "";
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 ? source : source.substring(slash + 1);
  }
}
