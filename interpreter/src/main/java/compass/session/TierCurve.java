package compass.session;

import compass.source.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * One participant's tier step over one span as plain numbers (the REPL's `plot curve`): what the
 * evaluator pays, before multipliers and caps, at each base asked for. The points come from the
 * compiled tiers, so the picture and the payout cannot disagree (bounds, upper bounds, tier modes
 * and band overrides included).
 *
 * @param component the component's title
 * @param cumulative whether the tiers run on the year to date (the span starts at the first period)
 * @param tiersAt where the plan writes the tiers
 * @param baseText the base the tiers are on, as the plan writes it ({@code bookings})
 * @param againstText what percent bounds are read against, as the plan writes it ({@code quota})
 * @param against the amount percent bounds are read against (the quota); null when the bounds are
 *     amounts
 * @param base the participant's actual base over the span; null when {@code against} is null or 0
 *     (there is no curve to draw, and nothing else was evaluated)
 * @param bandStarts where each band starts, as written: a fraction of {@code against}; empty when
 *     {@code base} is null
 * @param points the payout at each base asked for, unrounded, in the order asked
 */
public record TierCurve(
    String component,
    boolean cumulative,
    Span tiersAt,
    String baseText,
    String againstText,
    BigDecimal against,
    BigDecimal base,
    List<BigDecimal> bandStarts,
    List<Point> points) {
  public TierCurve {
    bandStarts = List.copyOf(bandStarts);
    points = List.copyOf(points);
  }

  /** What the tier step pays if the base were {@code base}. */
  public record Point(BigDecimal base, BigDecimal payout) {}
}
