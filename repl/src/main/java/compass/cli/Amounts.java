package compass.cli;

import compass.api.Currencies;
import java.math.BigDecimal;

/**
 * Amounts for people to read: thousands separators and the currency's decimals, built from
 * {@link BigDecimal#toPlainString()} so the output never depends on the JVM's default locale.
 */
public final class Amounts {
  private Amounts() {}

  /**
   * {@code 1234567.5 USD} as {@code 1,234,567.50}: the scale is raised to the currency's minor
   * unit (2 for an unknown code) and never lowered, so no digit of the exact amount is lost.
   */
  public static String grouped(BigDecimal amount, String currency) {
    int digits = minorUnits(currency);
    BigDecimal scaled = amount.scale() < digits ? amount.setScale(digits) : amount;
    String plain = scaled.toPlainString();
    String sign = plain.startsWith("-") ? "-" : "";
    String digitsOnly = sign.isEmpty() ? plain : plain.substring(1);
    int dot = digitsOnly.indexOf('.');
    String whole = dot < 0 ? digitsOnly : digitsOnly.substring(0, dot);
    String fraction = dot < 0 ? "" : digitsOnly.substring(dot);
    StringBuilder out = new StringBuilder(sign);
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) out.append(',');
      out.append(whole.charAt(i));
    }
    return out.append(fraction).toString();
  }

  /**
   * ISO 4217 minor units of a currency code, as the plan rounds to them (the interpreter's table);
   * 2 when the code is unknown or has none.
   */
  static int minorUnits(String currency) {
    return Currencies.minorUnits(currency).orElse(2);
  }
}
