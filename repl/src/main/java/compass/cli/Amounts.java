package compass.cli;

import compass.api.Currencies;
import compass.diag.Grouping;
import java.math.BigDecimal;

/**
 * Amounts for people to read: thousands separators and the currency's decimals, built from {@link
 * BigDecimal#toPlainString()} so the output never depends on the JVM's default locale.
 */
public final class Amounts {
  private Amounts() {}

  /**
   * {@code 1234567.5 USD} as {@code 1,234,567.50}: the scale is raised to the currency's minor unit
   * (2 for an unknown code) and never lowered, so no digit of the exact amount is lost.
   */
  public static String grouped(BigDecimal amount, String currency) {
    return Grouping.grouped(amount, minorUnits(currency));
  }

  /**
   * ISO 4217 minor units of a currency code, as the plan rounds to them (the interpreter's table);
   * 2 when the code is unknown or has none.
   */
  static int minorUnits(String currency) {
    return Currencies.minorUnits(currency).orElse(2);
  }
}
