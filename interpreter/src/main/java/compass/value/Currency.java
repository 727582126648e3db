package compass.value;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ISO 4217 currency and the number of decimal places of its minor unit (USD 2, JPY 0, BHD 3),
 * which is where line items are rounded (SEMANTICS 1).
 */
public record Currency(String code, int minorUnits) {

  // ISO 4217 minor units for the currencies plans are expected to use.
  private static final Map<String, Integer> MINOR_UNITS =
      Map.ofEntries(
          Map.entry("USD", 2), Map.entry("EUR", 2), Map.entry("GBP", 2), Map.entry("JPY", 0),
          Map.entry("CHF", 2), Map.entry("CAD", 2), Map.entry("AUD", 2), Map.entry("NZD", 2),
          Map.entry("SEK", 2), Map.entry("NOK", 2), Map.entry("DKK", 2), Map.entry("INR", 2),
          Map.entry("CNY", 2), Map.entry("HKD", 2), Map.entry("SGD", 2), Map.entry("BRL", 2),
          Map.entry("MXN", 2), Map.entry("ZAR", 2), Map.entry("PLN", 2), Map.entry("CZK", 2),
          Map.entry("KRW", 0), Map.entry("ILS", 2), Map.entry("AED", 2), Map.entry("SAR", 2),
          Map.entry("TRY", 2), Map.entry("HUF", 2), Map.entry("RON", 2), Map.entry("THB", 2),
          Map.entry("MYR", 2), Map.entry("PHP", 2), Map.entry("IDR", 2), Map.entry("TWD", 2),
          Map.entry("CLP", 0), Map.entry("ISK", 0), Map.entry("VND", 0), Map.entry("BHD", 3),
          Map.entry("KWD", 3), Map.entry("JOD", 3), Map.entry("OMR", 3));

  public Currency {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency code must be three capital letters: " + code);
    }
    if (minorUnits < 0 || minorUnits > 4) {
      throw new IllegalArgumentException("minor units must be 0..4: " + minorUnits);
    }
  }

  /** The known currency with this exact (uppercase) ISO code, or empty. */
  public static Optional<Currency> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Integer units = MINOR_UNITS.get(code);
    return units == null ? Optional.empty() : Optional.of(new Currency(code, units));
  }

  @Override
  public String toString() {
    return code;
  }
}
