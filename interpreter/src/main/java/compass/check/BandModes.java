package compass.check;

import compass.ast.Step;
import compass.diag.Code;
import compass.types.Type;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a table whose bands state their own mode (`mixed tiers on bookings`, SEMANTICS 5:
 * "one table may mix modes per band"):
 *
 * <ul>
 *   <li>in a {@code mixed} table every band says how it pays, and only there does a band say it
 *       (E0440): a mode is stated, never implied;
 *   <li>the retroactive bands are the bottom run of the table, marginal ones above (a decelerator
 *       paid retroactively once left behind, accelerators above quota); a band mode is
 *       `retroactive` or `marginal`, and each band pays a rate (a percent) or an amount per unit of
 *       a count (E0441): a flat amount has no part of the base to pay on;
 *   <li>a mixed table whose bands all have one mode is that mode's table (W0120).
 * </ul>
 *
 * `applied to` needs a retroactive table (E0430) and `interpolated` is a table of amounts, so
 * neither is mixed. Band order, gaps and overlaps are checked as for every table.
 */
final class BandModes {
  private final CheckContext cx;

  BandModes(CheckContext cx) {
    this.cx = cx;
  }

  /** Whether the table's bands are in modes the checker can go on with. */
  void check(Step.Tiers t) {
    List<Step.Band> bands = t.bands();
    if (t.mode() != Step.TierMode.MIXED) {
      for (Step.Band b : bands) {
        if (b.mode() == null) continue;
        String mode = word(t.mode());
        cx.diags.error(
            Code.E0440,
            b.span(),
            "this band says `"
                + word(b.mode())
                + "`, but the table is `"
                + mode
                + "`: every band of it pays that way",
            "remove `"
                + word(b.mode())
                + "` from the band, or write `mixed tiers on "
                + t.base().span().text()
                + "` and give every band its mode");
        return; // one is enough: the fix is the same for every band
      }
      return;
    }
    boolean sawMarginal = false, sawRetroactive = false;
    for (int i = 0; i < bands.size(); i++) {
      Step.Band b = bands.get(i);
      if (b.mode() == null) {
        // the top band of a decelerator table is usually the marginal accelerator
        boolean marginal = sawMarginal || (i > 0 && i == bands.size() - 1);
        cx.diags.error(
            Code.E0440,
            b.span(),
            "a band of mixed tiers says how it pays: `retroactive` or `marginal`",
            "end the band with its mode, e.g. `"
                + b.span().text().strip()
                + (marginal ? " marginal`" : " retroactive`"));
        continue;
      }
      switch (b.mode()) {
        case RETROACTIVE -> {
          if (sawMarginal)
            cx.diags.error(
                Code.E0441,
                b.span(),
                "a retroactive band above a marginal one: the retroactive bands of mixed tiers"
                    + " are the bottom of the table",
                "list the retroactive bands first (the decelerator below quota), then the"
                    + " marginal ones (the accelerators above)");
          sawRetroactive = true;
        }
        case MARGINAL -> sawMarginal = true;
        case INTERPOLATED, MIXED ->
            cx.diags.error(
                Code.E0441,
                b.span(),
                "a band of mixed tiers pays `retroactive` or `marginal`, not `"
                    + word(b.mode())
                    + "`",
                b.mode() == Step.TierMode.INTERPOLATED
                    ? "an interpolated table pays amounts prorated across every band: write"
                        + " `interpolated tiers on "
                        + t.base().span().text()
                        + "` for the whole table"
                    : "write `retroactive` or `marginal` at the end of the band");
      }
    }
    boolean allStated =
        bands.stream()
            .allMatch(
                b -> b.mode() == Step.TierMode.MARGINAL || b.mode() == Step.TierMode.RETROACTIVE);
    if (!bands.isEmpty() && allStated && sawMarginal != sawRetroactive)
      cx.diags.warning(
          Code.W0120,
          t.span(),
          "every band of these mixed tiers is " + (sawMarginal ? "marginal" : "retroactive"),
          "write `"
              + (sawMarginal ? "marginal" : "retroactive")
              + " tiers on "
              + t.base().span().text()
              + "` and drop the modes from the bands");
  }

  /**
   * E0441: a band of a mixed table pays a rate, or an amount per unit (checked by {@link
   * UnitBands}); {@code pays} is its type.
   */
  void pays(Step.Band b, Type pays) {
    if (pays == Type.PERCENT || pays == Type.ERROR || b.perUnit() != null) return;
    if (b.mode() == Step.TierMode.INTERPOLATED || b.mode() == Step.TierMode.MIXED)
      return; // the band's mode is the error, reported once
    cx.diags.error(
        Code.E0441,
        b.pays().span(),
        "a band of mixed tiers pays a rate (a percent) on its part of the base, not "
            + ExprChecker.article(pays),
        "write e.g. `pay 3% retroactive`, or an amount per unit of a count: `pay 250 per deal"
            + " retroactive`");
  }

  private static String word(Step.TierMode m) {
    return m.name().toLowerCase(Locale.ROOT);
  }
}
