package compass.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a number was computed (SEMANTICS 14), as a tree: the participant's payout for a period at the
 * root, each component with its source position under it, each line item (a deal's share, the rest
 * of a tiered component, a clawback, a draw) under those, and the steps the evaluator recorded,
 * with the actual values, below. {@code kind} names the step (a trace step's kind in lower case:
 * "tiers", "band", "cap" ...); {@code rate} and {@code basis} are what a step applied and to what.
 * Any of amount, source, kind, rate and basis may be null.
 */
public record Explanation(
    String label,
    BigDecimal amount,
    String source,
    List<Explanation> children,
    String kind,
    BigDecimal rate,
    BigDecimal basis) {

  public Explanation {
    children = List.copyOf(children);
  }

  public Explanation(String label, BigDecimal amount, String source, List<Explanation> children) {
    this(label, amount, source, children, null, null, null);
  }

  public static Explanation leaf(String label) {
    return new Explanation(label, null, null, List.of());
  }

  /** The same node under another label (a closed period's "as paid"). */
  public Explanation withLabel(String newLabel) {
    return new Explanation(newLabel, amount, source, children, kind, rate, basis);
  }

  /** The same node with other children (a node added to a finished tree). */
  public Explanation withChildren(List<Explanation> newChildren) {
    return new Explanation(label, amount, source, newChildren, kind, rate, basis);
  }
}
