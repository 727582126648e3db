package compass.cli;

import compass.result.LineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 16, {@code compass diff} over a ledger: the prior-period adjustment lines plan B would pay
 * for closed periods, next to plan A's. Closed periods themselves show what was paid under either
 * plan, so a plan change reaches them only through these lines.
 */
final class ClosedAdjustments {
  private ClosedAdjustments() {}

  /** The table of adjustment lines that differ between A and B; empty when none do. */
  static String table(List<LineItem> a, List<LineItem> b) {
    Map<String, BigDecimal> before = sums(a);
    Map<String, BigDecimal> after = sums(b);
    Set<String> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<String[]> rows = new ArrayList<>();
    for (String k : keys) {
      BigDecimal x = before.getOrDefault(k, BigDecimal.ZERO);
      BigDecimal y = after.getOrDefault(k, BigDecimal.ZERO);
      if (x.compareTo(y) == 0) continue;
      String[] key = k.split("\t", 4);
      String currency = key[3];
      rows.add(
          new String[] {
            key[0],
            key[1],
            key[2],
            Amounts.grouped(x, currency),
            Amounts.grouped(y, currency),
            Amounts.grouped(y.subtract(x), currency)
          });
    }
    if (rows.isEmpty()) return "";
    StringBuilder out =
        new StringBuilder("\nadjustments for closed periods (paid in an open period):\n");
    String[] header = {"participant", "period", "component", "amount_a", "amount_b", "delta"};
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) width[i] = header[i].length();
    for (String[] r : rows)
      for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
    for (String[] r : prepend(header, rows)) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        boolean number = i >= 3;
        String cell = number ? pad(r[i], width[i], true) : pad(r[i], width[i], false);
        line.append(i == 0 ? "" : "  ").append(cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static List<String[]> prepend(String[] header, List<String[]> rows) {
    List<String[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }

  private static String pad(String s, int width, boolean right) {
    String space = " ".repeat(width - s.length());
    return right ? space + s : s + space;
  }

  private static Map<String, BigDecimal> sums(List<LineItem> lines) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (LineItem l : lines)
      if (LineItem.isAdjustment(l.component()))
        out.merge(
            l.participant() + "\t" + l.period() + "\t" + l.component() + "\t" + l.currency(),
            l.amount(),
            BigDecimal::add);
    return out;
  }
}
