package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Step;
import compass.diag.Code;
import compass.diag.Diagnostics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * W0109: a component the clawback cannot reach. A clawback reverses a cancelled deal's commission
 * (SEMANTICS 11) from what each deal earned: a component paid per row or on tiers knows each deal's
 * part, and a cumulative one recomputes its total without the deal. A component that is neither,
 * and pays on a total of clawed-back rows (`pay 2% of sum of amount of sourced`), keeps a cancelled
 * deal's pay: that difference is said, never silent.
 */
final class ClawbackReach {
  private final CheckedPlan plan;
  private final Diagnostics diags;
  private final Map<String, Expr> definitions = new HashMap<>();
  private final Set<String> clawedBack = new HashSet<>();

  ClawbackReach(CheckedPlan plan, Diagnostics diags) {
    this.plan = plan;
    this.diags = diags;
  }

  void check() {
    if (!plan.rules().clawsBack()) return;
    for (CreditSource s : plan.sources().all()) if (plan.clawsBack(s)) clawedBack.add(s.name());
    if (clawedBack.isEmpty()) return;
    for (Decl.Definition d : plan.definitions())
      definitions.putIfAbsent(d.name().text(), d.value());
    for (Decl.Component c : plan.components()) {
      if (c.cumulative() || !(c.steps().get(0) instanceof Step.Pay p) || p.perDeal()) continue;
      Set<String> seen = new HashSet<>();
      String source = readsClawedBack(p.amount(), seen);
      if (source == null) source = readsClawedBack(p.condition(), seen);
      if (source == null) continue;
      diags.warning(
          Code.W0109,
          p.span(),
          "\""
              + c.title()
              + "\" pays on a total of "
              + source
              + ", so the clawback cannot take back a cancelled deal's part of it",
          "pay per row (e.g. `pay 5% of amount per "
              + CreditSource.singularOf(source)
              + "`) or on tiers of the total, or make the component `cumulative over year` so"
              + " the total is recomputed without the deal");
    }
  }

  /**
   * The clawed-back source a measure in {@code e} reads, directly or through the definitions it
   * uses; null when none. A team's measure (`team bookings`) is a manager's, not the deal's own.
   */
  private String readsClawedBack(Expr e, Set<String> seen) {
    String[] found = {null};
    ExprWalk.each(
        e,
        x -> {
          if (found[0] != null) return;
          if (x instanceof Expr.Aggregate a) {
            String s = plan.sources().sourceOf(a);
            if (s != null && clawedBack.contains(s)) found[0] = s;
          } else if (x instanceof Expr.Ref r
              && definitions.containsKey(r.name())
              && seen.add(r.name())) {
            found[0] = readsClawedBack(definitions.get(r.name()), seen);
          }
        });
    return found[0];
  }
}
