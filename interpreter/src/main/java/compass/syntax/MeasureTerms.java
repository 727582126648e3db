package compass.syntax;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.grammar.CompassParser.AddExprContext;
import compass.grammar.CompassParser.AverageExprContext;
import compass.grammar.CompassParser.CountExprContext;
import compass.grammar.CompassParser.ExprContext;
import compass.grammar.CompassParser.MultiplyExprContext;
import compass.grammar.CompassParser.NegateExprContext;
import compass.grammar.CompassParser.OfExprContext;
import compass.grammar.CompassParser.PrimaryContext;
import compass.grammar.CompassParser.PrimaryExprContext;
import compass.grammar.CompassParser.SumExprContext;
import compass.source.Span;
import java.util.Locale;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Issue 15.8: `sum of` and `average of` add up one term, so `sum of gross - sum of cost` is the
 * difference of two sums. Before, the measure took everything after it: `sum of amount + 1_000`
 * added 1,000 per deal. So that no plan written then changes its payout silently, a bare measure
 * followed by `+` or `-` and a value that is not itself a measure is E0216, asking for the brackets
 * that say which was meant.
 */
final class MeasureTerms {
  private MeasureTerms() {}

  /** Reports E0216 when {@code add} adds a plain value to a measure written without brackets. */
  static void requireParentheses(
      AddExprContext add, Diagnostics diags, Function<ParserRuleContext, Span> span) {
    PrimaryContext measure = lastMeasure(add.left);
    if (measure == null || readsMeasure(add.right)) return;
    boolean sum = measure instanceof SumExprContext;
    String value =
        text(sum ? ((SumExprContext) measure).value : ((AverageExprContext) measure).value, span);
    String kind = sum ? "sum of " : "average of ";
    String op = add.op.getText();
    String other = text(add.right, span);
    Span from = span.apply(measure);
    Span at = new Span(from.file(), from.start(), span.apply(add.right).end());
    boolean plus = op.equals("+");
    String each = (plus ? "add it to each " : "subtract it from each ") + value;
    diags.error(
        Code.E0216,
        at,
        String.format(
            Locale.ROOT,
            "`%s` does not say whether %s is %s %s or once %s the %s",
            at.text(),
            other,
            plus ? "added to each" : "subtracted from each",
            value,
            plus ? "to" : "from",
            sum ? "sum" : "average"),
        perRow(measure)
            ? String.format(
                Locale.ROOT,
                "write `%s(%s %s %s)` to %s, or `(%s%s) %s %s` to %s once",
                kind,
                value,
                op,
                other,
                each,
                kind,
                value,
                op,
                other,
                plus ? "add it" : "subtract it")
            : String.format(
                Locale.ROOT,
                "write `(%s%s) %s %s` to %s once, or bracket the value of each row inside the"
                    + " measure",
                kind,
                value,
                op,
                other,
                plus ? "add it" : "subtract it"));
  }

  /** Whether the measure's value can take the brackets whole: not `X of SOURCE`. */
  private static boolean perRow(PrimaryContext measure) {
    return !((measure instanceof SumExprContext s ? s.value : ((AverageExprContext) measure).value)
        instanceof compass.grammar.CompassParser.MeasureOfContext);
  }

  /**
   * The measure an operand ends with, written bare (no brackets, no `where`: a filter would take
   * the `+` into itself), e.g. `sum of amount` in `2 * sum of amount`; else null.
   */
  private static PrimaryContext lastMeasure(ExprContext e) {
    if (e instanceof PrimaryExprContext p) {
      if (p.primary() instanceof SumExprContext s && s.filter == null) return s;
      if (p.primary() instanceof AverageExprContext a && a.filter == null) return a;
      return null;
    }
    if (e instanceof AddExprContext a) return lastMeasure(a.right);
    if (e instanceof MultiplyExprContext m) return lastMeasure(m.right);
    if (e instanceof OfExprContext o) return lastMeasure(o.right);
    if (e instanceof NegateExprContext n) return lastMeasure(n.operand);
    return null;
  }

  /** Whether a sum, an average or a count appears in the tree: then it is two measures. */
  private static boolean readsMeasure(ParseTree t) {
    if (t instanceof SumExprContext
        || t instanceof AverageExprContext
        || t instanceof CountExprContext) return true;
    for (int i = 0; i < t.getChildCount(); i++) if (readsMeasure(t.getChild(i))) return true;
    return false;
  }

  private static String text(ParserRuleContext ctx, Function<ParserRuleContext, Span> span) {
    return span.apply(ctx).text();
  }
}
