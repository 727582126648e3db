package compass.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits an amount into rounded parts that add up exactly to the whole (SEMANTICS 13a): every part
 * but the last is rounded to the currency's minor unit, and the last takes the remainder.
 */
public final class Spread {

  private Spread() {}

  /**
   * {@code total} in {@code parts} equal parts; 100.00 over three is 33.33, 33.33, 33.34. The total
   * is first rounded to the currency (SEMANTICS 1), so the parts add up to that.
   */
  public static List<BigDecimal> evenly(
      BigDecimal total, int parts, Currency currency, RoundingPolicy rounding) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1: " + parts);
    }
    return byWeights(total, Collections.nCopies(parts, BigDecimal.ONE), currency, rounding);
  }

  /**
   * {@code total} in parts proportional to {@code weights} (for example the days of each month).
   * Weights must be non-negative with a positive sum. The total is first rounded to the currency,
   * so the parts add up to that exactly.
   */
  public static List<BigDecimal> byWeights(
      BigDecimal total, List<BigDecimal> weights, Currency currency, RoundingPolicy rounding) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(rounding, "rounding");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("at least one weight is needed");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weights must not be negative: " + w.toPlainString());
      }
      sum = sum.add(w);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    int scale = currency.minorUnits();
    BigDecimal whole = rounding.round(total, currency);
    List<BigDecimal> result = new ArrayList<>(weights.size());
    BigDecimal allocated = BigDecimal.ZERO.setScale(scale);
    for (int i = 0; i < weights.size() - 1; i++) {
      // One exact division rounded straight to the minor unit: no double rounding.
      BigDecimal part = whole.multiply(weights.get(i)).divide(sum, scale, rounding.mode());
      result.add(part);
      allocated = allocated.add(part);
    }
    // SEMANTICS 13a: the last part takes the remainder, so the parts add up to the whole.
    result.add(whole.subtract(allocated));
    return List.copyOf(result);
  }
}
