package compass.eval;

import compass.ast.Decl;
import compass.check.CheckedPlan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Issue 20: whether two plans credit the same deals to the same people, so a what-if on the plan
 * can keep the credits it has instead of crediting a million deals again. Conservative: the
 * declarations crediting reads (stages, inputs, credit rules, reporting lines, participants from
 * the data, currency conversion, clawbacks) must be the same, and none of them may name a
 * definition or an overridden value, which could differ between the plans.
 */
final class SameCrediting {
  private SameCrediting() {}

  static boolean of(CheckedPlan a, CheckedPlan b) {
    List<Decl> ours = creditingDecls(a), theirs = creditingDecls(b);
    if (!ours.equals(theirs)) return false;
    Set<String> values = new HashSet<>();
    for (CheckedPlan p : List.of(a, b)) {
      for (Decl d : p.ast().decls()) {
        if (d instanceof Decl.Definition def) values.add(def.name().text());
        if (d instanceof Decl.Override o) values.add(o.target().text());
      }
    }
    for (Decl d : ours) {
      String text = d.span().text();
      for (String name : values) {
        if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find()) return false;
      }
    }
    return true;
  }

  private static List<Decl> creditingDecls(CheckedPlan plan) {
    return plan.ast().decls().stream()
        .filter(
            d ->
                d instanceof Decl.Stages
                    || d instanceof Decl.Input
                    || d instanceof Decl.Credit
                    || d instanceof Decl.Everyone
                    || d instanceof Decl.ReportingLine
                    || d instanceof Decl.Convert
                    || d instanceof Decl.Clawback)
        .toList();
  }
}
