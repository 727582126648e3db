package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.types.Type;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 15.8: {@code quota = 100} then {@code attainment = bookings / quota} makes attainment money
 * (money / number), and each {@code attainment > 50%} would be its own E0203. The root is the bare
 * number, so E0217 is said once at its definition and the money it produced counts as reported.
 *
 * <p>The rule is narrow on purpose, so a count or a multiplier is never blamed: only a comparison
 * of money with a percent whose money side is (a definition of) {@code money / NAME}, where NAME is
 * defined as a number literal written without a currency.
 */
final class BareNumberDivisor {
  private BareNumberDivisor() {}

  /**
   * What to report: the bare number's definition, and the money definition it produced (or null).
   */
  record Root(Decl.Definition number, Expr.Binary division, String moneyDefinition) {}

  static Optional<Root> find(
      Expr moneySide, Map<String, Decl.Definition> definitions, Map<Expr, Type> types) {
    String moneyDef = null;
    Expr e = moneySide;
    if (e instanceof Expr.Ref r && definitions.containsKey(r.name())) {
      moneyDef = r.name();
      e = definitions.get(r.name()).value();
    }
    if (!(e instanceof Expr.Binary b) || b.op() != Expr.BinaryOp.DIVIDE) return Optional.empty();
    if (types.get(b.left()) != Type.MONEY) return Optional.empty();
    if (!(b.right() instanceof Expr.Ref q)) return Optional.empty();
    Decl.Definition d = definitions.get(q.name());
    if (d == null || !(d.value() instanceof Expr.NumberLit n) || n.currency() != null)
      return Optional.empty();
    return Optional.of(new Root(d, b, moneyDef));
  }
}
