package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/** The values of the set on the right of an {@code in}: written out, or a named set's. */
public final class SetElements {
  private SetElements() {}

  /**
   * The elements of {@code right} (a set written out or the name of a named set), named sets inside
   * it included; empty when it is not a set (a period).
   */
  public static List<Expr> of(CheckedPlan plan, Expr right) {
    List<Expr> out = new ArrayList<>();
    if (right instanceof Expr.SetLit || right instanceof Expr.Ref) gather(plan, right, out);
    return out;
  }

  private static void gather(CheckedPlan plan, Expr e, List<Expr> out) {
    if (e instanceof Expr.SetLit set) {
      for (Expr element : set.elements()) gather(plan, element, out);
    } else if (e instanceof Expr.Ref r && plan.symbolOf(r) instanceof Symbol.Definition d) {
      // a named set (the checker refuses one that contains itself)
      for (Decl.Definition def : plan.definitions())
        if (def.name().text().equals(d.name())) gather(plan, def.value(), out);
    } else {
      out.add(e);
    }
  }
}
