package compass.api;

import compass.value.Currency;
import java.util.OptionalInt;

/**
 * ISO 4217 minor units for front ends, from the same source the plan is checked and rounded with
 * ({@link Currency}, the JDK's table): an amount is shown with the decimals it was rounded to.
 */
public final class Currencies {
  private Currencies() {}

  /**
   * The decimals of the currency's minor unit (USD 2, JPY 0, BHD 3), or empty for an unknown code.
   */
  public static OptionalInt minorUnits(String code) {
    return Currency.of(code).map(c -> OptionalInt.of(c.minorUnits())).orElse(OptionalInt.empty());
  }
}
