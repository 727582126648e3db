package compass.eval;

import java.math.BigDecimal;
import java.util.List;

/**
 * One participant's tier step over one span, as a function of its base: what the evaluator would
 * pay before multipliers and caps if the base were another amount. The REPL's `plot curve` samples
 * {@link #payout} rather than re-implementing tiers, so the picture and the payout cannot disagree
 * (bounds, upper bounds, tier modes and band overrides included).
 */
public final class TierCurve {
  private final CompiledComponent component;
  private final Frame frame;
  private final TierTable table;

  TierCurve(CompiledComponent component, Frame frame) {
    this.component = component;
    this.frame = frame;
    this.table = component.tierTable(frame);
  }

  /** The base the tiers are on, as the plan writes it (`bookings`). */
  public String baseText() {
    return table.baseText();
  }

  /** What percent bounds are read against, as the plan writes it (`quota`). */
  public String againstText() {
    return table.againstText();
  }

  /** The participant's actual base over the span. */
  public BigDecimal base() {
    return table.base(frame);
  }

  /** The amount percent bounds are read against (the quota); null when the bounds are amounts. */
  public BigDecimal against() {
    return table.against(frame);
  }

  /** Where each band starts, as written: a fraction of {@link #against} for percent bounds. */
  public List<BigDecimal> bandStarts() {
    return table.bandStarts(frame);
  }

  /**
   * What the tier step pays if the base were {@code base}, unrounded.
   *
   * @throws EvalError for a problem in the data (a zero quota without a `when quota is 0` rule)
   */
  public BigDecimal payout(BigDecimal base) {
    return component.tierPayout(frame, base);
  }
}
