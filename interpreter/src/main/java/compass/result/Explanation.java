package compass.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a number was computed (SEMANTICS 14), as a tree: the participant's payout for a period at
 * the root, each component with its source position under it, each line item (a deal's share,
 * the rest of a tiered component, a clawback, a draw) under those, and the steps of the
 * arithmetic with the actual values at the leaves. {@code amount} and {@code source} may be null.
 */
public record Explanation(String label, BigDecimal amount, String source, List<Explanation> children) {

  public Explanation {
    children = List.copyOf(children);
  }

  public static Explanation leaf(String label) {
    return new Explanation(label, null, null, List.of());
  }
}
