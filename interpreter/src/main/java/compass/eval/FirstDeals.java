package compass.eval;

import compass.ast.Expr;
import compass.data.TextColumn;
import java.util.HashMap;
import java.util.Map;

/**
 * `first deal of F`: a deal is first when it is the earliest credited deal with its value of F, by
 * crediting date, then deal id, whoever it is credited to (a split or rolled-up deal counts once)
 * and over the whole plan year so far (the year's later deals cannot change which one is first). A
 * deal with an empty F is the first of nothing. Computed once per run from every participant's
 * credits, then read per deal.
 */
final class FirstDeals {
  private FirstDeals() {}

  static Nodes.Bool node(Dataset data, Expr.FirstOf first) {
    int field = data.deals().fieldIndex(first.field().text());
    return f -> data.firstDeals(field)[f.deal];
  }

  static boolean[] compute(Dataset data, int field) {
    int n = data.deals().rowCount();
    boolean[] credited = new boolean[n];
    for (int p = 0; p < data.personCount(); p++) {
      Credits c = data.credits(p);
      if (c != null) for (int row : c.rows()) credited[row] = true;
    }
    TextColumn values = (TextColumn) data.deals().column(field);
    Map<String, Integer> first = new HashMap<>(); // value -> its earliest credited deal row
    for (int row = 0; row < n; row++) {
      String v = values.get(row);
      if (!credited[row] || v == null || v.isBlank()) continue;
      first.merge(v.strip(), row, (a, b) -> earlier(data, a, b));
    }
    boolean[] out = new boolean[n];
    for (int row : first.values()) out[row] = true;
    return out;
  }

  private static int earlier(Dataset data, int a, int b) {
    int byDay = Long.compare(data.creditDay(a), data.creditDay(b));
    if (byDay != 0) return byDay < 0 ? a : b;
    return data.dealId(a).compareTo(data.dealId(b)) <= 0 ? a : b;
  }
}
