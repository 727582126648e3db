package compass.check;

import compass.ast.Step;
import compass.diag.Code;
import compass.types.Type;

/**
 * The rules of a tier table applied to another amount (`retroactive tiers on attainment applied to
 * base_salary`): the base only chooses the band, and that band's rate is paid on the other amount.
 *
 * <ul>
 *   <li>one band pays for the whole amount, so the table is {@code retroactive} (E0430): a marginal
 *       split of attainment has no meaning on a salary;
 *   <li>what it is applied to is money (E0431), and each band pays a rate of it (E0432): a percent,
 *       `150%` for a multiplier of 1.5;
 *   <li>the bounds are in the unit of what chooses the band (E0433): percents on attainment, read
 *       as they are; on an amount, amounts or percents of the quota (or of `against`);
 *   <li>each deal alone (`per deal`) or a straddle policy would split the base, which pays nothing
 *       here (E0434);
 *   <li>a table applied to its own base says nothing more than one without `applied to` (W0116).
 * </ul>
 *
 * Band order, gaps and overlaps are checked as for every table, by {@link ComponentChecker}.
 */
final class AppliedTiers {
  private final CheckContext cx;
  private final ExprChecker exprs;

  AppliedTiers(CheckContext cx, ExprChecker exprs) {
    this.cx = cx;
    this.exprs = exprs;
  }

  /** Checks the table; false when it has no bands to check further. */
  boolean check(Step.Tiers t) {
    Type base = exprs.type(t.base(), Scope.PARTICIPANT);
    boolean percentBase = base == Type.PERCENT;
    if (base != Type.MONEY && base != Type.NUMBER && !percentBase && base != Type.ERROR) {
      cx.diags.error(
          Code.E0202,
          t.base().span(),
          "the band is chosen by an amount, a count or a percent, but this is "
              + ExprChecker.article(base),
          null);
    }
    Type applied = exprs.type(t.appliedTo(), Scope.PARTICIPANT);
    if (applied != Type.MONEY && applied != Type.NUMBER && applied != Type.ERROR) {
      cx.diags.error(
          Code.E0431,
          t.appliedTo().span(),
          "a band's rate is paid on an amount of money, but this is "
              + ExprChecker.article(applied),
          applied == Type.PERCENT
              ? "the percent that chooses the band goes after `on`; after `applied to` put the amount paid on, e.g. `base_salary`"
              : null);
    }
    if (t.mode() != Step.TierMode.RETROACTIVE) {
      cx.diags.error(
          Code.E0430,
          t.appliedTo().span(),
          "`applied to` pays the rate of the one band reached on the whole amount, so the table is `retroactive`, not `"
              + t.mode().name().toLowerCase(java.util.Locale.ROOT)
              + "`",
          "write `retroactive tiers on "
              + t.base().span().text()
              + " applied to "
              + t.appliedTo().span().text()
              + "`");
    }
    if (t.perDeal() || t.rowUnit() != null || t.straddle() != Step.Straddle.SPLIT) {
      cx.diags.error(
          Code.E0434,
          t.appliedTo().span(),
          "`applied to` pays on "
              + t.appliedTo().span().text()
              + " as a whole, so `"
              + (t.straddle() != Step.Straddle.SPLIT
                  ? "straddle"
                  : "per " + (t.rowUnit() == null ? "deal" : t.rowUnit().text()))
              + "` has nothing to split",
          "remove it; each deal's line is its share of "
              + t.appliedTo().span().text()
              + " at the rate of the band reached");
    }
    if (t.appliedTo().span().text().equals(t.base().span().text())) {
      cx.diags.warning(
          Code.W0116,
          t.appliedTo().span(),
          "the table is applied to its own base, which it does without `applied to`",
          "remove `applied to " + t.appliedTo().span().text() + "`");
    }
    if (t.bands().isEmpty()) {
      cx.diags.error(
          Code.E0404,
          t.span(),
          "the tier table has no bands",
          "add lines such as `from 100% pay 8%`");
      return false;
    }
    boolean percentBounds = false;
    Type first = null;
    for (Step.Band b : t.bands()) {
      Type lower = exprs.type(b.lower(), Scope.PARTICIPANT);
      Type upper = b.upper() == null ? null : exprs.type(b.upper(), Scope.PARTICIPANT);
      if (first == null) first = lower;
      else if (!percentBase) ComponentChecker.mixedBounds(cx, b, first, lower);
      percentBounds |= lower == Type.PERCENT;
      if (percentBase) {
        bound(t, b.lower(), lower);
        if (upper != null) bound(t, b.upper(), upper);
      }
      Type pays = exprs.type(b.pays(), Scope.PARTICIPANT);
      if (pays != Type.PERCENT && pays != Type.ERROR) {
        cx.diags.error(
            Code.E0432,
            b.pays().span(),
            "a band applied to "
                + t.appliedTo().span().text()
                + " pays a rate of it (a percent), not "
                + ExprChecker.article(pays),
            "write e.g. `pay 8%`, or `pay 150%` for a multiplier of 1.5");
      }
    }
    if (percentBase && t.against() != null) {
      cx.diags.error(
          Code.E0433,
          t.against().span(),
          "`against` reads percent bands against an amount, but `"
              + t.base().span().text()
              + "` is already a percent",
          "remove `against " + t.against().span().text() + "`: the bands are read as they are");
    } else if (!percentBase && percentBounds) {
      if (t.against() != null) {
        exprs.amount(t.against(), Scope.PARTICIPANT, "what percent bands are measured against");
      } else if (!exprs.isDefinition("quota")) {
        cx.diags.error(
            Code.E0301,
            t.bands().get(0).lower().span(),
            "percent bands are read against the quota, but the plan defines no `quota`",
            "define `quota = 250_000 per quarter`, or write `against <amount>` after the base");
      } else {
        exprs.definitionType("quota", t.span());
      }
    }
    return true;
  }

  /** A bound of a table on a percent (attainment) is a percent too. */
  private void bound(Step.Tiers t, compass.ast.Expr bound, Type type) {
    if (type == Type.PERCENT || type == Type.ERROR) return;
    cx.diags.error(
        Code.E0433,
        bound.span(),
        "the band is chosen by `"
            + t.base().span().text()
            + "`, a percent, but this bound is "
            + ExprChecker.article(type),
        "write the bound as a percent, e.g. `from 100%`");
  }
}
