package compass.cli;

import compass.result.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the repeated per-deal lines of a component into one (issue 19): a SPIF paid on 40 deals is
 * one line {@code 40 deals x 500.00} with the total and the rule once, not 40 lines. Lines repeat
 * when everything under them reads the same (same rule, same arithmetic, same amount): what differs
 * between such lines is only which row paid. {@code explain --lines} shows each one.
 */
final class ExplainGroups {
  private ExplainGroups() {}

  /** The tree with each component's repeated row lines folded; the amounts are unchanged. */
  static Explanation fold(Explanation root, String currency) {
    List<Explanation> top = new ArrayList<>();
    for (Explanation component : root.children()) top.add(foldComponent(component, currency));
    return copy(root, top);
  }

  private static Explanation foldComponent(Explanation component, String currency) {
    Map<String, List<Explanation>> same = new LinkedHashMap<>();
    for (Explanation line : component.children())
      same.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line);
    if (same.values().stream().allMatch(g -> g.size() == 1)) return component;
    List<Explanation> lines = new ArrayList<>();
    for (List<Explanation> group : same.values()) {
      if (group.size() == 1 || key(group.get(0)).isEmpty()) {
        lines.addAll(group);
        continue;
      }
      lines.add(group(group, currency)); // at the place of the group's first line
    }
    return copy(component, lines);
  }

  /**
   * What repeated lines share: the noun of the row ({@code deal}, {@code meeting}), the amount and
   * everything under the line; empty for a line that is not a row's (no data source).
   */
  private static String key(Explanation line) {
    if (line.source() == null || line.amount() == null || !line.label().contains(" ")) return "";
    StringBuilder k =
        new StringBuilder(noun(line)).append('|').append(line.amount().toPlainString());
    for (Explanation c : line.children()) describe(k, c);
    return k.toString();
  }

  private static void describe(StringBuilder k, Explanation n) {
    k.append('|').append(n.label()).append('|').append(n.amount()).append('|').append(n.source());
    k.append('(');
    for (Explanation c : n.children()) describe(k, c);
    k.append(')');
  }

  /** {@code deal O-1001} is a deal. */
  private static String noun(Explanation line) {
    return line.label().substring(0, line.label().indexOf(' '));
  }

  /** {@code 40 deals x 500.00}, their total, and the rule they share once. */
  private static Explanation group(List<Explanation> lines, String currency) {
    Explanation first = lines.get(0);
    BigDecimal total = BigDecimal.ZERO;
    for (Explanation l : lines) total = total.add(l.amount());
    String label =
        lines.size()
            + " "
            + noun(first)
            + "s x "
            + Amounts.grouped(first.amount(), currency)
            + " (--lines lists each)";
    return new Explanation(label, total, null, first.children(), "group", null, null);
  }

  private static Explanation copy(Explanation n, List<Explanation> children) {
    return new Explanation(
        n.label(), n.amount(), n.source(), children, n.kind(), n.rate(), n.basis());
  }
}
