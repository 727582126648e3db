package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Step;
import compass.diag.Code;
import compass.types.Type;
import java.math.BigDecimal;

/**
 * The rules of bands paying an amount per unit of a count (`250 per deal for deals 1-3, 400 per
 * deal from the 4th`), written {@code from 1 pay 250 per deal}, {@code from 4 pay 400 per deal}:
 *
 * <ul>
 *   <li>the base is a count (`count of deals`, directly or through a definition), of the rows the
 *       bands are paid per (E0442): the k-th counted row is paid the amount of the band holding k;
 *   <li>every band of the table pays per unit, in money, in a marginal, retroactive or mixed table
 *       (E0443): a rate of a count, or an interpolated amount, means nothing per deal;
 *   <li>the bounds are deal numbers: whole numbers from 1, written with {@code from} (E0444); a
 *       band runs to the next band's number, which it does not include, as every band does.
 * </ul>
 */
final class UnitBands {
  private final CheckContext cx;
  private final CreditRules credits;

  UnitBands(CheckContext cx, CreditRules credits) {
    this.cx = cx;
    this.credits = credits;
  }

  /** Whether any band of the table pays per unit. */
  static boolean any(Step.Tiers t) {
    return t.bands().stream().anyMatch(b -> b.perUnit() != null);
  }

  /** Checks a table with a band per unit; {@code pays} gives each band's pay type. */
  void check(Step.Tiers t, java.util.function.Function<Expr, Type> types) {
    Step.Band unitBand = t.bands().stream().filter(b -> b.perUnit() != null).findFirst().get();
    if (t.mode() == Step.TierMode.INTERPOLATED) {
      cx.diags.error(
          Code.E0443,
          unitBand.perUnit().span(),
          "interpolated tiers prorate one amount across each band, not an amount per "
              + unitBand.perUnit().text(),
          "write `marginal tiers on "
              + t.base().span().text()
              + "` to pay each "
              + unitBand.perUnit().text()
              + " the amount of its band");
    }
    if (t.perDeal() || t.straddle() != Step.Straddle.SPLIT) {
      cx.diags.error(
          Code.E0443,
          unitBand.perUnit().span(),
          "each "
              + unitBand.perUnit().text()
              + " is one unit of the count, paid the amount of its own band, so `"
              + (t.perDeal()
                  ? "per " + (t.rowUnit() == null ? "deal" : t.rowUnit().text())
                  : "straddle")
              + "` has nothing to split",
          "remove it from the first line of the table");
    }
    counted(t, unitBand);
    for (Step.Band b : t.bands()) {
      if (b.perUnit() == null) {
        cx.diags.error(
            Code.E0443,
            b.pays().span(),
            "this band pays "
                + ExprChecker.article(types.apply(b.pays()))
                + " but the table pays per "
                + unitBand.perUnit().text()
                + ": one table pays one way",
            "write `pay 250 per " + unitBand.perUnit().text() + "` in every band");
        continue;
      }
      Type pays = types.apply(b.pays());
      if (pays != Type.MONEY && pays != Type.NUMBER && pays != Type.ERROR) {
        cx.diags.error(
            Code.E0443,
            b.pays().span(),
            "an amount per "
                + b.perUnit().text()
                + " is money, but this is "
                + ExprChecker.article(pays),
            "write e.g. `pay 250 per "
                + b.perUnit().text()
                + "`; a rate is paid on an amount: `marginal tiers on bookings` with `pay 5%`");
      }
      if (!CreditSource.singular(b.perUnit().text())
          .equals(CreditSource.singular(unitBand.perUnit().text()))) {
        cx.diags.error(
            Code.E0442,
            b.perUnit().span(),
            "this band pays per "
                + b.perUnit().text()
                + " but the first per "
                + unitBand.perUnit().text(),
            "pay every band per the rows the base counts");
      }
      bound(b, b.lower(), types, false);
      if (b.upper() != null) bound(b, b.upper(), types, true);
    }
  }

  /** E0442: the base counts rows, and the rows the bands pay per. */
  private void counted(Step.Tiers t, Step.Band unitBand) {
    Expr.Aggregate count = count(t.base());
    String unit = unitBand.perUnit().text();
    if (count == null) {
      cx.diags.error(
          Code.E0442,
          t.base().span(),
          "an amount per "
              + unit
              + " is paid on a count of "
              + unit
              + "s, but `"
              + t.base().span().text()
              + "` is not a count",
          "put the count after `on`: `marginal tiers on count of deals`; to pay a rate of an"
              + " amount, write `pay 5%` in each band");
      return;
    }
    if (credits == null || credits.first() == null) return;
    String source = credits.measureSource(t.base(), cx);
    CreditSource counted = source == null ? credits.first() : credits.source(source);
    if (counted == null) return;
    boolean same =
        unit.equals(counted.name())
            || unit.equals(counted.singular())
            || ((unit.equals("deal") || unit.equals("deals"))
                && counted.name().equals(credits.first().name()));
    if (!same)
      cx.diags.error(
          Code.E0442,
          unitBand.perUnit().span(),
          "the bands pay per "
              + unit
              + " but `"
              + t.base().span().text()
              + "` counts "
              + counted.name(),
          "write `per " + counted.singular() + "`, or count the rows paid per");
  }

  /** The count the base is, directly or through definitions; null when it is not one. */
  private Expr.Aggregate count(Expr e) {
    Expr cur = e;
    for (int guard = 0; guard < 100 && cur instanceof Expr.Ref r; guard++) {
      Expr next = null;
      for (Decl.Definition d : cx.plan.all(Decl.Definition.class))
        if (d.name().text().equals(r.name())) next = d.value();
      if (next == null) return null;
      cur = next;
    }
    return cur instanceof Expr.Aggregate a && a.kind() == Expr.AggregateKind.COUNT ? a : null;
  }

  /** E0444: a bound is a deal number, a whole number from 1, and `from` (not `above`). */
  private void bound(
      Step.Band b, Expr e, java.util.function.Function<Expr, Type> types, boolean upper) {
    Type type = types.apply(e);
    BigDecimal v = Constants.literal(e);
    String what = null;
    if (type != Type.NUMBER && type != Type.ERROR) what = ExprChecker.article(type);
    else if (v != null && v.stripTrailingZeros().scale() > 0) what = "not a whole number";
    else if (v != null && v.signum() <= 0) what = "before the first " + b.perUnit().text();
    if (what != null) {
      cx.diags.error(
          Code.E0444,
          e.span(),
          "the bounds of bands per "
              + b.perUnit().text()
              + " number the "
              + b.perUnit().text()
              + "s (1, 2, 3 ...), but this is "
              + what,
          "write e.g. `from 4 pay 400 per "
              + b.perUnit().text()
              + "` for the 4th "
              + b.perUnit().text()
              + " on");
      return;
    }
    if (!upper && b.exclusive())
      cx.diags.error(
          Code.E0444,
          b.span(),
          "bands per "
              + b.perUnit().text()
              + " start `from` a "
              + b.perUnit().text()
              + " number, which they include; `above` is for amounts",
          "write `from " + (v == null ? "N + 1" : v.add(BigDecimal.ONE).toPlainString()) + "`");
  }
}
