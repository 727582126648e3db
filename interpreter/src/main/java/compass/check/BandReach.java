package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Step;
import compass.calendar.Frequency;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Grouping;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.List;

/**
 * W0102: tier bands that can never pay, where the plan's own literals prove it (SEMANTICS 5, 8).
 * Two cases, both for bands with literal money bounds (percent bands depend on the quota, known
 * only with the data):
 *
 * <ul>
 *   <li>the base is bounded by literals ({@code min(bookings, 500_000)}, a curve that does not
 *       extrapolate) and the band starts at or above that bound;
 *   <li>a marginal or interpolated table with literal, non-negative pay, followed by a literal cap
 *       that nothing in between can lower: once the bands below a band already pay the cap, that
 *       band and every one above it are cut away.
 * </ul>
 *
 * Bands that start at the same bound, overlap or leave gaps are errors (E0401-E0403), not this.
 */
final class BandReach {
  private final CheckedPlan plan;
  private final Diagnostics diags;

  BandReach(CheckedPlan plan, Diagnostics diags) {
    this.plan = plan;
    this.diags = diags;
  }

  void check() {
    for (Decl.Component c : plan.components()) {
      if (c.span().file() != plan.ast().file() || !(c.steps().get(0) instanceof Step.Tiers t))
        continue;
      if (UnitBands.any(t)) continue; // bounds per unit are deal numbers, not amounts
      BigDecimal[] lows = moneyLows(t);
      if (lows == null) continue;
      if (!beyondBase(t, lows)) beyondCap(c, t, lows);
    }
  }

  /** The literal money lower bounds, or null when a bound is not a literal amount. */
  private BigDecimal[] moneyLows(Step.Tiers t) {
    BigDecimal[] lows = new BigDecimal[t.bands().size()];
    for (int i = 0; i < lows.length; i++) {
      Expr lower = t.bands().get(i).lower();
      if (!(lower instanceof Expr.NumberLit n)) return null;
      lows[i] = n.value();
    }
    return lows;
  }

  private boolean beyondBase(Step.Tiers t, BigDecimal[] lows) {
    BigDecimal most = upperBound(t.base(), 0);
    if (most == null) return false;
    for (int k = 0; k < lows.length; k++) {
      Step.Band b = t.bands().get(k);
      int c = lows[k].compareTo(most);
      // a marginal or interpolated band pays on the part of the base above its bound: at the bound,
      // nothing
      boolean never =
          switch (t.mode()) {
            case RETROACTIVE ->
                c > 0 || (c == 0 && b.exclusive()); // the band holds its bound unless `above`
            case MARGINAL, INTERPOLATED -> c >= 0;
            case MIXED -> // each band as its own mode says
                b.mode() == Step.TierMode.RETROACTIVE ? c > 0 || (c == 0 && b.exclusive()) : c >= 0;
          };
      if (never) {
        diags.warning(
            Code.W0102,
            b.lower().span(),
            "this band can never pay: `"
                + t.base().span().text()
                + "` is at most "
                + plain(most)
                + ", and the band starts at "
                + b.lower().span().text(),
            "remove the band (and the ones after it), or raise the limit on `"
                + t.base().span().text()
                + "`");
        return true;
      }
    }
    return false;
  }

  private void beyondCap(Decl.Component c, Step.Tiers t, BigDecimal[] lows) {
    boolean bandsAddUp =
        switch (t.mode()) {
          case MARGINAL, INTERPOLATED -> true;
          case RETROACTIVE, MIXED ->
              false; // one band pays for the whole base: those below do not add up to it
        };
    if (!bandsAddUp) return;
    BigDecimal[] pays = new BigDecimal[lows.length];
    for (int i = 0; i < pays.length; i++) {
      Expr pay = t.bands().get(i).pays();
      BigDecimal v =
          switch (t.mode()) {
            case MARGINAL, MIXED -> pay instanceof Expr.PercentLit p ? p.fraction() : null;
            case INTERPOLATED, RETROACTIVE -> amount(pay);
          };
      if (v == null || v.signum() < 0)
        return; // a negative band could bring the total back under the cap
      pays[i] = v;
    }
    BigDecimal cap = literalCap(c.steps());
    if (cap == null) return;
    for (int k = 1; k < lows.length; k++) {
      BigDecimal below = paidAt(t, lows, pays, k);
      if (below.compareTo(cap) >= 0) {
        Step.Band b = t.bands().get(k);
        diags.warning(
            Code.W0102,
            b.lower().span(),
            "this band can never pay: the bands below it already pay "
                + plain(below)
                + " when the base reaches "
                + b.lower().span().text()
                + ", and the cap is "
                + plain(cap),
            "remove the band (and the ones after it), or raise the cap");
        return;
      }
    }
  }

  /** What the tiers pay for a base exactly at band k's lower bound. */
  private BigDecimal paidAt(Step.Tiers t, BigDecimal[] lows, BigDecimal[] pays, int k) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < k; i++) {
      Expr upper = t.bands().get(i).upper();
      BigDecimal hi = upper == null ? lows[i + 1] : amount(upper);
      if (hi == null) hi = lows[i + 1];
      hi = hi.min(lows[k]);
      if (hi.compareTo(lows[i]) <= 0) continue;
      total =
          total.add(
              switch (t.mode()) {
                case MARGINAL, MIXED -> hi.subtract(lows[i]).multiply(pays[i]);
                case INTERPOLATED, RETROACTIVE -> pays[i]; // a band passed pays its full amount
              });
    }
    return total;
  }

  /**
   * The limit of the first cap after the tiers, when it is a literal amount (per period or per
   * year) and only steps that cannot lower the amount come before it; otherwise null.
   */
  private BigDecimal literalCap(List<Step> steps) {
    for (Step s : steps.subList(1, steps.size())) {
      if (s instanceof Step.Cap cap) {
        Expr limit = cap.limit();
        if (limit instanceof Expr.Per per && per.unit() == Frequency.YEAR) limit = per.value();
        return amount(limit);
      }
      if (s instanceof Step.Multiply m) {
        BigDecimal f =
            m.factor() instanceof Expr.PercentLit p
                ? p.fraction()
                : m.factor() instanceof Expr.NumberLit n && n.currency() == null ? n.value() : null;
        if (f == null || f.compareTo(BigDecimal.ONE) < 0) return null;
      }
      // a gate, a floor, another cap or a payment schedule never turns more earnings into less pay
    }
    return null;
  }

  /** The largest value an expression can take, when literals bound it; otherwise null. */
  private BigDecimal upperBound(Expr e, int depth) {
    if (depth > 64) return null;
    if (e instanceof Expr.NumberLit) return amount(e);
    if (e instanceof Expr.Ref r && plan.symbolOf(r) instanceof Symbol.Definition d) {
      if (replaced(d.name())) return null;
      for (Decl.Definition def : plan.definitions()) {
        if (def.name().text().equals(d.name())) return upperBound(def.value(), depth + 1);
      }
      return null;
    }
    if (e instanceof Expr.Call call && plan.symbolOf(call) instanceof Symbol.Function fn) {
      return switch (fn.builtin()) {
        case MIN -> smallest(call.args(), depth);
        case CLAMP ->
            smallest(List.of(call.args().get(0), call.args().get(2)), depth); // never above high
        case MAX -> largest(call.args(), depth);
        // rounding may go up, a negative value's abs is larger, days and prorating are not amounts
        // we bound
        case ROUND, ABS, DAYS_BETWEEN, PRORATE -> null;
      };
    }
    if (e instanceof Expr.If i) {
      BigDecimal a = upperBound(i.then(), depth + 1), b = upperBound(i.otherwise(), depth + 1);
      return a == null || b == null ? null : a.max(b);
    }
    if (e instanceof Expr.Curve c && !c.extrapolate()) { // flat beyond its last point (SEMANTICS 6)
      BigDecimal out = null;
      for (Expr.Point p : c.points()) {
        BigDecimal y = amount(p.y());
        if (y == null) return null;
        out = out == null ? y : out.max(y);
      }
      return out;
    }
    return null;
  }

  /** min(a, b): bounded by any argument that is. */
  private BigDecimal smallest(List<Expr> args, int depth) {
    BigDecimal out = null;
    for (Expr arg : args) {
      BigDecimal v = upperBound(arg, depth + 1);
      if (v != null) out = out == null ? v : out.min(v);
    }
    return out;
  }

  /** max(a, b): bounded only when every argument is. */
  private BigDecimal largest(List<Expr> args, int depth) {
    BigDecimal out = null;
    for (Expr arg : args) {
      BigDecimal v = upperBound(arg, depth + 1);
      if (v == null) return null;
      out = out == null ? v : out.max(v);
    }
    return out;
  }

  /** A definition an override or a `when` rule may replace has no bound we can see. */
  private boolean replaced(String name) {
    for (Decl.Override o : plan.ast().all(Decl.Override.class))
      if (o.target().text().equals(name)) return true;
    return plan.whenRules().containsKey(name);
  }

  /** A literal amount or number (not a percent), or null. */
  private BigDecimal amount(Expr e) {
    if (!(e instanceof Expr.NumberLit n)) return null;
    Type t = plan.typeOf(e);
    return t == Type.MONEY || t == Type.NUMBER ? n.value() : null;
  }

  /** {@code 200000} as {@code 200,000}, {@code 12.50} as {@code 12.5}: for people to read. */
  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return Grouping.grouped(s.scale() < 0 ? s.setScale(0) : s);
  }
}
