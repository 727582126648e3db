package compass.eval;

import compass.ast.Decl;
import compass.calendar.Period;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.result.LineItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A draw paid in advance (issue 15.5): {@code draw 5_000 per month recoverable paid in advance}.
 * The draw D is paid on the period's first day, before its earnings E are known, and netted against
 * them at its end:
 *
 * <ul>
 *   <li>the advance: +D, dated the period's first day;
 *   <li>the netting: -min(D, E), the earnings the advance already paid;
 *   <li>if E < D, the shortfall D - E is added to the draw balance B (recoverable, SEMANTICS 10) or
 *       forgiven (non-recoverable: the advance is a guaranteed minimum);
 *   <li>if E > D, the balance is recovered from the excess: r = min(B, E - D), and no more than the
 *       recovery cap's share of E; the rest, E - D - r, is paid at the period's end.
 * </ul>
 *
 * Over a run of periods this pays what SEMANTICS 10's draw pays once the balance is recovered: D =
 * 5,000, earned 2,000, 6,000, 10,000 pays 5,000 + 5,000 + 8,000 = 18,000 (SEMANTICS 10 pays 5,000 +
 * 3,000 + 10,000 = 18,000), only sooner.
 */
final class DrawAdvance {
  /** Makes a settlement line of the period. */
  interface Lines {
    LineItem line(String what, BigDecimal amount, Supplier<TraceStep> step);
  }

  private DrawAdvance() {}

  /**
   * Adds the advance, its netting and any recovery to {@code out}; returns the draw balance after.
   * {@code capRate} is the recovery cap (a share of the earnings) or null.
   */
  static BigDecimal settle(
      Decl.Draw d,
      Period period,
      BigDecimal draw,
      BigDecimal earned,
      BigDecimal balance,
      BigDecimal capRate,
      UnaryOperator<BigDecimal> round,
      Lines lines,
      List<LineItem> out) {
    out.add(
        lines.line(
            "Draw advance, paid " + period.start(),
            draw,
            () ->
                TraceStep.of(
                        Kind.DRAW,
                        "draw of "
                            + Fmt.money(draw)
                            + " paid in advance on "
                            + period.start()
                            + ", before the period's earnings are known")
                    .withAmount(draw)
                    .withSpan(d.span())));
    BigDecimal netted = draw.min(earned);
    BigDecimal shortfall = draw.subtract(netted);
    BigDecimal after = d.recoverable() ? balance.add(shortfall) : balance;
    BigDecimal owedAfter = after;
    BigDecimal above = earned.subtract(netted);
    // with nothing to recover, what the period earned above the advance is paid at its end
    boolean paysMore = above.signum() > 0 && (!d.recoverable() || after.signum() <= 0);
    out.add(
        lines.line(
            "Draw advance netted against earnings",
            netted.negate(),
            () ->
                TraceStep.of(
                        Kind.DRAW,
                        "earned "
                            + Fmt.money(earned)
                            + ", of which the advance paid "
                            + Fmt.money(netted)
                            + (shortfall.signum() == 0
                                ? ""
                                : d.recoverable()
                                    ? "; the shortfall "
                                        + Fmt.money(shortfall)
                                        + " is owed: draw balance "
                                        + Fmt.money(owedAfter)
                                    : "; the shortfall " + Fmt.money(shortfall) + " is forgiven")
                            + (paysMore
                                ? "; " + Fmt.money(above) + " more is paid at the period's end"
                                : ""))
                    .withAmount(netted.negate())
                    .withBasis(earned)
                    .withSpan(d.span())));
    BigDecimal excess = earned.subtract(netted);
    if (!d.recoverable() || after.signum() <= 0 || excess.signum() <= 0) return after;
    BigDecimal limit = excess;
    if (capRate != null) limit = limit.min(round.apply(earned.multiply(capRate)));
    BigDecimal r = after.min(limit);
    if (r.signum() <= 0) return after;
    BigDecimal left = after.subtract(r);
    out.add(
        lines.line(
            "Draw recovery",
            r.negate(),
            () ->
                TraceStep.of(
                        Kind.DRAW,
                        "earnings above the advance "
                            + Fmt.money(excess)
                            + " recover "
                            + Fmt.money(r)
                            + (capRate == null
                                ? ""
                                : " (at most "
                                    + Fmt.percent(capRate)
                                    + " of "
                                    + Fmt.money(earned)
                                    + ")")
                            + "; draw balance "
                            + Fmt.money(left)
                            + "; paid at the period's end "
                            + Fmt.money(excess.subtract(r)))
                    .withAmount(r.negate())
                    .withRate(capRate)
                    .withBasis(excess)
                    .withSpan(d.span())));
    return left;
  }
}
