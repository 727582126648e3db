package compass.value;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ISO 4217 currency and the number of decimal places of its minor unit (USD 2, JPY 0, BHD 3),
 * which is where line items are rounded (SEMANTICS 1). The codes and minor units are the JDK's
 * ({@link java.util.Currency}), the one source for the plan, its amounts and every output.
 */
public record Currency(String code, int minorUnits) {

  public Currency {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency code must be three capital letters: " + code);
    }
    if (minorUnits < 0 || minorUnits > 4) {
      throw new IllegalArgumentException("minor units must be 0..4: " + minorUnits);
    }
  }

  /**
   * The ISO 4217 currency with this exact (uppercase) code, or empty. Codes without a minor unit
   * (XXX "no currency", XAU gold, XDR) are not money a plan can pay in, so they are empty too.
   */
  public static Optional<Currency> of(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      return Optional.empty();
    }
    try {
      int units = java.util.Currency.getInstance(code).getDefaultFractionDigits();
      return units < 0 || units > 4 ? Optional.empty() : Optional.of(new Currency(code, units));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /** Every code {@link #of} accepts, sorted: the candidates of "did you mean". */
  public static List<String> codes() {
    return java.util.Currency.getAvailableCurrencies().stream()
        .map(java.util.Currency::getCurrencyCode)
        .filter(c -> of(c).isPresent())
        .sorted()
        .toList();
  }

  @Override
  public String toString() {
    return code;
  }
}
