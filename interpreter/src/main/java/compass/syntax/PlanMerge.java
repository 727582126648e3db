package compass.syntax;

import compass.ast.Decl;
import compass.ast.Header;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of {@code extends}: the base plan with the extending plan's changes. A declaration
 * replaces the base's declaration with the same key in place, so the assembled plan reads in the
 * base's order; declarations without a counterpart are appended.
 */
final class PlanMerge {
  private PlanMerge() {}

  /** The base's declarations with {@code changes} applied. */
  static List<Decl> decls(List<Decl> base, List<Decl> changes) {
    List<Decl> out = new ArrayList<>(base);
    // the base plan's tests check the base plan's numbers, not those of the plan that changes it
    out.removeIf(d -> d instanceof Decl.Test);
    // `roll up ... through T.F` belongs to the credit rule it ends (issue 14): a plan that writes
    // its own credit rule keeps only its own reporting line
    if (changes.stream().anyMatch(d -> d instanceof Decl.Credit))
      out.removeIf(d -> d instanceof Decl.ReportingLine);
    base = List.copyOf(out);
    // each base declaration is replaced at most once; a second change with the same key is
    // appended so the checker reports the duplicate as it would in a single file
    Set<Integer> replaced = new HashSet<>();
    for (Decl change : changes) {
      String key = key(change);
      int at = -1;
      if (key != null) {
        for (int i = 0; i < base.size(); i++) {
          if (!replaced.contains(i) && key.equals(key(base.get(i)))) {
            at = i;
            break;
          }
        }
      }
      if (at >= 0) {
        out.set(at, change);
        replaced.add(at);
      } else {
        out.add(change);
      }
    }
    return out;
  }

  /**
   * The base header with the settings the extending plan gives. The extending plan's name and
   * version replace the base's whenever it has a header: a derived plan is a different plan.
   */
  static Header header(Header base, Header change) {
    if (change == null) return base;
    if (base == null) return change;
    boolean effective = change.effectiveFrom() != null || change.effectiveTo() != null;
    return new Header(
        change.name(),
        change.version(),
        change.currency() != null ? change.currency() : base.currency(),
        change.fiscalStart() != null ? change.fiscalStart() : base.fiscalStart(),
        change.frequency() != null ? change.frequency() : base.frequency(),
        effective ? change.effectiveFrom() : base.effectiveFrom(),
        effective ? change.effectiveTo() : base.effectiveTo(),
        effective ? change.effectiveSpan() : base.effectiveSpan(),
        change.rounding() != null ? change.rounding() : base.rounding(),
        change.adjustments() != null ? change.adjustments() : base.adjustments(),
        change.span());
  }

  /** What a declaration replaces in a base plan; null for declarations that are always added. */
  private static String key(Decl d) {
    // Java 17: no pattern matching in switch, hence the chain
    if (d instanceof Decl.Definition def) return "definition " + def.name().text();
    if (d instanceof Decl.Component c) return "component " + c.title();
    if (d instanceof Decl.Input in) return "input " + in.table().text();
    if (d instanceof Decl.Stages) return "stages";
    if (d instanceof Decl.Slip) return "close dates slip";
    if (d instanceof Decl.Credit) return "credit";
    if (d instanceof Decl.Convert) return "convert";
    if (d instanceof Decl.PayIn) return "pay participants in";
    if (d instanceof Decl.Ramp) return "ramp";
    if (d instanceof Decl.Clawback c) return c.leaving() ? "clawback on leaving" : "clawback";
    if (d instanceof Decl.Budget) return "budget";
    return null;
  }
}
