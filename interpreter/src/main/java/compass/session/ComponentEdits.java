package compass.session;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Step;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A component with one part changed (a band's rate or bound, a band added or removed, the cap, the
 * pay clause's amount): the component the plan would have if the analyst had retyped it with that
 * change. The new values keep the spans where they were typed, so the checker's messages about them
 * point at the what-if; everything else keeps pointing at the plan.
 */
final class ComponentEdits {
  private ComponentEdits() {}

  /** The component changed, or null after an error (E0736: the part is not there). */
  static Decl.Component apply(Decl.Component c, ComponentEdit edit, Diagnostics diags) {
    List<Step> steps = new ArrayList<>(c.steps());
    if (edit instanceof ComponentEdit.SetCap e) {
      int at = only(c, steps, Step.Cap.class, e, diags);
      if (at == -2) return null;
      if (at < 0) steps.add(new Step.Cap(e.limit(), e.limit().span()));
      else steps.set(at, new Step.Cap(e.limit(), steps.get(at).span()));
    } else if (edit instanceof ComponentEdit.NoCap e) {
      if (!steps.removeIf(s -> s instanceof Step.Cap)) {
        diags.add(
            Diagnostic.error(Code.E0736, e.at(), "\"" + c.title() + "\" has no cap to remove"));
        return null;
      }
    } else if (edit instanceof ComponentEdit.PayAmount e) {
      int at = only(c, steps, Step.Pay.class, e, diags);
      if (at == -2) return null;
      if (at < 0) {
        diags.add(
            Diagnostic.error(
                    Code.E0736, e.at(), "\"" + c.title() + "\" has no `pay` clause to change")
                .withHint(
                    tiers(steps) >= 0
                        ? "it pays on tiers; change a band: `what if \""
                            + c.title()
                            + "\" band from "
                            + firstBound(steps)
                            + " pays ...`"
                        : "write the whole component: `what if component \""
                            + c.title()
                            + "\" ...`"));
        return null;
      }
      Step.Pay p = (Step.Pay) steps.get(at);
      steps.set(
          at,
          new Step.Pay(e.amount(), p.perDeal(), p.filter(), p.condition(), p.rowUnit(), p.span()));
    } else {
      int t = tiers(steps);
      if (t < 0) {
        diags.add(
            Diagnostic.error(
                    Code.E0736,
                    edit.at(),
                    "\"" + c.title() + "\" does not pay on tiers, so it has no bands")
                .withHint(
                    steps.stream().anyMatch(s -> s instanceof Step.Pay)
                        ? "to change what it pays, write `what if \""
                            + c.title()
                            + "\" pays AMOUNT`"
                        : null));
        return null;
      }
      Step.Tiers tiers = (Step.Tiers) steps.get(t);
      List<Step.Band> bands = editBands(c, tiers.bands(), edit, diags);
      if (bands == null) return null;
      steps.set(t, tiers.withBands(bands, tiers.span()));
    }
    return new Decl.Component(c.title(), c.titleSpan(), c.roles(), c.cumulative(), steps, c.span());
  }

  private static List<Step.Band> editBands(
      Decl.Component c, List<Step.Band> old, ComponentEdit edit, Diagnostics diags) {
    List<Step.Band> bands = new ArrayList<>(old);
    if (edit instanceof ComponentEdit.AddBand e) {
      if (find(bands, e.from()) >= 0) {
        diags.add(
            Diagnostic.error(
                    Code.E0736,
                    e.at(),
                    "\"" + c.title() + "\" already has a band from " + text(e.from()))
                .withHint(
                    "to change its rate, write `what if \""
                        + c.title()
                        + "\" band from "
                        + text(e.from())
                        + " pays ...`"));
        return null;
      }
      int at = bands.size();
      BigDecimal value = literal(e.from());
      for (int i = 0; i < bands.size() && value != null; i++) {
        BigDecimal other = literal(bands.get(i).lower());
        if (other != null && other.compareTo(value) > 0) {
          at = i;
          break;
        }
      }
      // a band written with `to` that reaches past the new bound now ends where the new band starts
      if (at > 0 && bands.get(at - 1).upper() != null) {
        Step.Band below = bands.get(at - 1);
        bands.set(
            at - 1,
            below.with(below.lower(), below.exclusive(), e.from(), below.pays(), below.span()));
      }
      bands.add(at, new Step.Band(e.from(), e.above(), null, e.pays(), e.from().span()));
      return bands;
    }
    Expr from =
        edit instanceof ComponentEdit.BandRate e
            ? e.from()
            : edit instanceof ComponentEdit.BandStart e
                ? e.from()
                : ((ComponentEdit.RemoveBand) edit).from();
    int i = find(bands, from);
    if (i < 0) {
      List<String> bounds = bands.stream().map(b -> text(b.lower())).toList();
      diags.add(
          Diagnostic.error(
                  Code.E0736, edit.at(), "\"" + c.title() + "\" has no band from " + text(from))
              .withHint("its bands start at " + String.join(", ", bounds)));
      return null;
    }
    Step.Band b = bands.get(i);
    if (edit instanceof ComponentEdit.BandRate e) {
      bands.set(i, b.with(b.lower(), b.exclusive(), b.upper(), e.pays(), b.span()));
    } else if (edit instanceof ComponentEdit.BandStart e) {
      bands.set(i, b.with(e.startsAt(), b.exclusive(), b.upper(), b.pays(), b.span()));
      if (i > 0 && bands.get(i - 1).upper() != null && same(bands.get(i - 1).upper(), b.lower())) {
        Step.Band below = bands.get(i - 1);
        bands.set(
            i - 1,
            below.with(below.lower(), below.exclusive(), e.startsAt(), below.pays(), below.span()));
      }
    } else {
      bands.remove(i);
      if (bands.isEmpty()) {
        diags.add(
            Diagnostic.error(
                    Code.E0736, edit.at(), "\"" + c.title() + "\" would have no bands left")
                .withHint(
                    "a tier table needs at least one band; to rewrite the component, write `what if component \""
                        + c.title()
                        + "\" ...`"));
        return null;
      }
      // the band below takes over the removed band's range
      if (i > 0 && bands.get(i - 1).upper() != null) {
        Step.Band below = bands.get(i - 1);
        bands.set(
            i - 1,
            below.with(below.lower(), below.exclusive(), b.upper(), below.pays(), below.span()));
      }
    }
    return bands;
  }

  /** The index of the one step of that kind; -1 when there is none, -2 after an error (several). */
  private static int only(
      Decl.Component c,
      List<Step> steps,
      Class<? extends Step> kind,
      ComponentEdit e,
      Diagnostics diags) {
    int found = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (!kind.isInstance(steps.get(i))) continue;
      if (found >= 0) {
        diags.add(
            Diagnostic.error(
                    Code.E0736,
                    e.at(),
                    "\""
                        + c.title()
                        + "\" has several `"
                        + (kind == Step.Cap.class ? "cap" : "pay")
                        + "` clauses; which one is meant is not clear")
                .withHint(
                    "write the whole component: `what if component \"" + c.title() + "\" ...`"));
        return -2;
      }
      found = i;
    }
    return found;
  }

  private static int tiers(List<Step> steps) {
    for (int i = 0; i < steps.size(); i++) if (steps.get(i) instanceof Step.Tiers) return i;
    return -1;
  }

  private static String firstBound(List<Step> steps) {
    int t = tiers(steps);
    return t < 0 ? "0%" : text(((Step.Tiers) steps.get(t)).bands().get(0).lower());
  }

  private static int find(List<Step.Band> bands, Expr bound) {
    for (int i = 0; i < bands.size(); i++) if (same(bands.get(i).lower(), bound)) return i;
    return -1;
  }

  /** Whether two bounds are the same: equal numbers (100% and 100.0%), else the same words. */
  static boolean same(Expr a, Expr b) {
    if (a instanceof Expr.PercentLit p && b instanceof Expr.PercentLit q)
      return p.fraction().compareTo(q.fraction()) == 0;
    if (a instanceof Expr.NumberLit p && b instanceof Expr.NumberLit q) {
      boolean currencies =
          p.currency() == null || q.currency() == null || p.currency().equals(q.currency());
      return currencies && p.value().compareTo(q.value()) == 0;
    }
    return text(a).equals(text(b));
  }

  /** A literal bound's value (a percent as its fraction), or null for a computed one. */
  private static BigDecimal literal(Expr e) {
    if (e instanceof Expr.PercentLit p) return p.fraction();
    if (e instanceof Expr.NumberLit n) return n.value();
    return null;
  }

  private static String text(Expr e) {
    return e.span().text().strip().replaceAll("\\s+", " ");
  }
}
