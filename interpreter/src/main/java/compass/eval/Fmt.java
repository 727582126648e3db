package compass.eval;

import compass.diag.Grouping;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers in notes, as a rep reads them: {@code 130,000.00}, {@code 12%}. Locale-independent. */
public final class Fmt {
  private Fmt() {}

  /** At least 2 decimals, at most 6 (a note shows the arithmetic; the line item is rounded). */
  public static String money(BigDecimal v) {
    BigDecimal shown =
        v.setScale(Math.min(Math.max(v.scale(), 2), 6), RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    if (shown.scale() < 2) shown = shown.setScale(2);
    return Grouping.grouped(shown);
  }

  public static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2);
    if (p.scale() > 4) p = p.setScale(4, RoundingMode.HALF_EVEN);
    p = p.stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }

  public static String number(BigDecimal v) {
    BigDecimal n = v.stripTrailingZeros();
    if (n.scale() > 6) n = n.setScale(6, RoundingMode.HALF_EVEN);
    return Grouping.grouped(n.scale() < 0 ? n.setScale(0) : n);
  }
}
