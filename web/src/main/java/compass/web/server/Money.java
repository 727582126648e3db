package compass.web.server;

import compass.api.Currencies;
import compass.diag.Grouping;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as the dashboard shows them and as its JSON writes them. */
public final class Money {
  private Money() {}

  /** ISO 4217 minor units of a currency (2 when unknown). */
  static int minor(String currency) {
    return Currencies.minorUnits(currency).orElse(2);
  }

  /**
   * The JSON form: a plain string at the currency's scale ({@code "1234.50"}), the digits {@code
   * run --format json} writes for the same amount; the scale is raised, never lowered.
   */
  public static String fixed(BigDecimal v, String currency) {
    if (v == null) return null;
    int m = minor(currency);
    return (v.scale() < m ? v.setScale(m) : v).toPlainString();
  }

  /** For people: {@code 1,234.50}; empty for no amount. */
  public static String show(BigDecimal v, String currency) {
    return v == null ? "" : Grouping.grouped(v, minor(currency));
  }

  /** With its sign always shown: {@code +2,560.00}. */
  public static String signed(BigDecimal v, String currency) {
    return (v.signum() < 0 ? "" : "+") + show(v, currency);
  }

  /** A fraction as a percent with one decimal: {@code 0.1234} as {@code 12.3%}. */
  public static String percent(BigDecimal fraction) {
    return fraction == null
        ? ""
        : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** A number for a chart to draw (drawing only: every figure shown is exact). */
  static double plot(BigDecimal v) {
    return v == null ? 0 : v.doubleValue();
  }
}
