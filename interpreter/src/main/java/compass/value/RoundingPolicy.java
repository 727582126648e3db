package compass.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * How a line item is rounded to its currency's minor unit (SEMANTICS 1): HALF_EVEN by default, or
 * HALF_UP when a plan chooses it.
 */
public enum RoundingPolicy {
  HALF_EVEN(RoundingMode.HALF_EVEN),
  HALF_UP(RoundingMode.HALF_UP);

  /** SEMANTICS 1: the default mode when a plan names none. */
  public static final RoundingPolicy DEFAULT = HALF_EVEN;

  private final RoundingMode mode;

  RoundingPolicy(RoundingMode mode) {
    this.mode = mode;
  }

  /** The {@link RoundingMode} this policy applies. */
  public RoundingMode mode() {
    return mode;
  }

  /** The amount rounded to the currency's minor unit with this policy's mode. */
  public BigDecimal round(BigDecimal amount, Currency currency) {
    return amount.setScale(currency.minorUnits(), mode);
  }

  /**
   * Reads a policy as a plan writes it ("half_even", "half-even", "bankers", "half_up", "half-up"),
   * ignoring case; empty for anything else.
   */
  public static Optional<RoundingPolicy> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "half_even":
      case "half-even":
      case "bankers":
        return Optional.of(HALF_EVEN);
      case "half_up":
      case "half-up":
        return Optional.of(HALF_UP);
      default:
        return Optional.empty();
    }
  }
}
