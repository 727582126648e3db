package compass.ast;

import compass.source.Span;
import java.util.List;

/** One clause of a component; a component applies them in the order they are written. */
public sealed interface Step {
  Span span();

  /** How a tier table turns a base into pay (SEMANTICS 5). */
  enum TierMode {
    MARGINAL,
    RETROACTIVE,
    INTERPOLATED,
    /** Each band states its own mode: retroactive bands at the bottom, marginal ones above. */
    MIXED
  }

  /** Where a deal that crosses a band boundary is paid (SEMANTICS 5). */
  enum Straddle {
    SPLIT,
    START,
    END
  }

  /**
   * A tier table on a base, bands in percent of {@code against} (default: quota) or in money. With
   * {@code appliedTo} (`applied to net_revenue`), the base only chooses the band and the band's
   * rate is paid on that other amount.
   */
  record Tiers(
      TierMode mode,
      Expr base,
      Expr against,
      boolean perDeal,
      Straddle straddle,
      List<Band> bands,
      Named rowUnit,
      Span span,
      Expr appliedTo)
      implements Step {

    /** A table paid on its own base. */
    public Tiers(
        TierMode mode,
        Expr base,
        Expr against,
        boolean perDeal,
        Straddle straddle,
        List<Band> bands,
        Named rowUnit,
        Span span) {
      this(mode, base, against, perDeal, straddle, bands, rowUnit, span, null);
    }

    /** The same table with other bands (`override tiers of ...`, a what-if). */
    public Tiers withBands(List<Band> others, Span at) {
      return new Tiers(mode, base, against, perDeal, straddle, others, rowUnit, at, appliedTo);
    }

    /** {@code rowUnit}: what {@code per ...} names (null: `per deal` or none). */
    public Tiers(
        TierMode mode,
        Expr base,
        Expr against,
        boolean perDeal,
        Straddle straddle,
        List<Band> bands,
        Span span) {
      this(mode, base, against, perDeal, straddle, bands, null, span);
    }
  }

  /**
   * One band: from its lower bound (inclusive unless {@code above}) to the next band's. {@code
   * mode}: how the band pays in a {@code mixed} table (null when not written); {@code perUnit}: the
   * unit of `pay 250 per deal` (null for a rate or an amount), whose bounds are deal numbers.
   */
  record Band(
      Expr lower,
      boolean exclusive,
      Expr upper,
      Expr pays,
      Span span,
      TierMode mode,
      Named perUnit) {

    /** A band that states no mode and pays a rate or an amount. */
    public Band(Expr lower, boolean exclusive, Expr upper, Expr pays, Span span) {
      this(lower, exclusive, upper, pays, span, null, null);
    }

    /** The same band with other bounds or pay (a what-if), keeping its mode and unit. */
    public Band with(Expr lower, boolean exclusive, Expr upper, Expr pays, Span span) {
      return new Band(lower, exclusive, upper, pays, span, mode, perUnit);
    }
  }

  /** A fixed or computed amount, per deal or once, optionally only when a condition holds. */
  record Pay(Expr amount, boolean perDeal, Expr filter, Expr condition, Named rowUnit, Span span)
      implements Step {

    /** {@code rowUnit}: what {@code per ...} names when it is not `deal` (null: `per deal`). */
    public Pay(Expr amount, boolean perDeal, Expr filter, Expr condition, Span span) {
      this(amount, perDeal, filter, condition, null, span);
    }
  }

  /** An upper limit on the component; {@code limit} may carry {@code per year}. */
  record Cap(Expr limit, Span span) implements Step {}

  /** A minimum for the component in a period. */
  record Floor(Expr minimum, Span span) implements Step {}

  /** The component pays nothing unless the condition holds. */
  record Gate(Expr condition, Span span) implements Step {}

  /** SEMANTICS 11a: each deal's earnings become payable in parts, each on its date. */
  record Payout(List<PayoutPart> parts, Span span) implements Step {}

  record PayoutPart(Expr share, Expr when, Span span) {}

  /** SEMANTICS 11a: each deal's earnings become payable as its invoices are paid. */
  record Collected(Named payments, Span span) implements Step {}

  /** A factor on the whole component, or on the commission of the deals that match. */
  record Multiply(Expr factor, Expr filter, Span span) implements Step {}

  /**
   * A pool the component's per-deal amounts are drawn from, across all participants (`from pool
   * 20_000 per quarter in close_date order`): deals in {@code order} then deal id, each paid its
   * amount until the pool is spent. {@code per} is the word naming the pool's period (`quarter`,
   * `period` ...; null: one pool for the whole plan).
   */
  record Pool(Expr amount, Named per, Named order, Span span) implements Step {}
}
