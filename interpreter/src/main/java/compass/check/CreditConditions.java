package compass.check;

import compass.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The credit rule's condition as crediting decides it (SEMANTICS 3): its parts at the top-level
 * `and`s, tested in order, and the reason a deal failing a part is excluded for, as the
 * reconciliation words it. One place for both, so that a run crediting a loaded table and a
 * streamed run (issue 20) count and word their exclusions alike.
 */
public final class CreditConditions {
  private CreditConditions() {}

  /** The parts of the condition in written order; none when the rule has no condition. */
  public static List<Expr> parts(Expr condition) {
    List<Expr> out = new ArrayList<>();
    if (condition != null) split(condition, out);
    return out;
  }

  /** Why a deal failing the part is not credited: "fails `stage is closed_won`". */
  public static String reason(Expr part) {
    return "fails `" + part.span().text() + "`";
  }

  private static void split(Expr e, List<Expr> out) {
    if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
      split(b.left(), out);
      split(b.right(), out);
    } else {
      out.add(e);
    }
  }
}
