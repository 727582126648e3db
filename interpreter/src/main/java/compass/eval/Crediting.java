package compass.eval;

import compass.api.Reconciliation;
import compass.ast.Expr;
import compass.check.CheckedPlan;
import compass.data.DateColumn;
import compass.data.Table;
import compass.data.TextColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the credit rule (SEMANTICS 3): each deal is credited to its owner on its crediting
 * date, or excluded with the part of the rule that excluded it, so that
 * {@code read = credited + excluded} always holds.
 */
final class Crediting {
  private Crediting() {}

  static Reconciliation apply(Dataset data, ExprCompiler compiler) {
    CheckedPlan plan = data.plan();
    Table deals = data.deals();
    int people = data.personCount();
    if (deals == null || plan.credit() == null) {
      data.setCredits(new int[people][0], emptyOffsets(people, data.periodCount()));
      return new Reconciliation(0, 0, List.of());
    }
    List<Expr> conjuncts = new ArrayList<>();
    if (plan.credit().filter() != null) split(plan.credit().filter(), conjuncts);
    List<Nodes.Bool> tests = conjuncts.stream().map(compiler::condition).toList();
    TextColumn owners = (TextColumn) deals.column(plan.creditTargetField());
    DateColumn dates = (DateColumn) deals.column(plan.creditDateField());
    String dateName = deals.schema().fields().get(plan.creditDateField()).name();
    String targetName = deals.schema().fields().get(plan.creditTargetField()).name();

    Map<String, long[]> excluded = new LinkedHashMap<>();
    for (Expr c : conjuncts) excluded.put("fails `" + c.span().text() + "`", new long[1]);
    String noOwner = "no " + targetName;
    String outside = dateName + " outside the plan's periods";
    String noDate = "no " + dateName;
    List<List<Integer>> perPerson = new ArrayList<>();
    for (int i = 0; i < people; i++) perPerson.add(new ArrayList<>());
    long credited = 0;
    rows:
    for (int row = 0; row < deals.rowCount(); row++) {
      String owner = owners.get(row);
      Integer person = owner == null ? null : data.personIndex(owner);
      if (person == null) {
        excluded.computeIfAbsent(noOwner, k -> new long[1])[0]++;
        continue;
      }
      Frame f = data.frameOf(person);
      f.deal = row;
      for (int i = 0; i < tests.size(); i++) {
        if (!tests.get(i).test(f)) {
          excluded.get("fails `" + conjuncts.get(i).span().text() + "`")[0]++;
          f.deal = -1;
          continue rows;
        }
      }
      f.deal = -1;
      int day = dates.epochDay(row);
      if (day == DateColumn.MISSING) {
        excluded.computeIfAbsent(noDate, k -> new long[1])[0]++;
        continue;
      }
      if (data.periodOf(day) < 0) {
        excluded.computeIfAbsent(outside, k -> new long[1])[0]++;
        continue;
      }
      perPerson.get(person).add(row);
      credited++;
    }
    order(data, perPerson, dates);
    List<Reconciliation.Exclusion> reasons = new ArrayList<>();
    excluded.forEach((reason, n) -> {
      if (n[0] > 0) reasons.add(new Reconciliation.Exclusion(reason, n[0]));
    });
    return new Reconciliation(deals.rowCount(), credited, reasons);
  }

  /** SEMANTICS 5: deals in order of crediting date, then deal id. */
  private static void order(Dataset data, List<List<Integer>> perPerson, DateColumn dates) {
    Table deals = data.deals();
    TextColumn ids = deals.fieldIndex("id") >= 0 && deals.column("id") instanceof TextColumn t ? t : null;
    Comparator<Integer> byDate = Comparator.comparingInt(dates::epochDay);
    Comparator<Integer> byId = ids == null ? Comparator.naturalOrder() : Comparator.comparing(ids::get);
    Comparator<Integer> order = byDate.thenComparing(byId).thenComparing(Comparator.naturalOrder());
    int n = data.periodCount();
    int[][] credited = new int[perPerson.size()][];
    int[][] offsets = new int[perPerson.size()][];
    for (int p = 0; p < perPerson.size(); p++) {
      List<Integer> rows = perPerson.get(p);
      rows.sort(order);
      int[] sorted = rows.stream().mapToInt(Integer::intValue).toArray();
      int[] off = new int[n + 1];
      int k = 0;
      for (int period = 0; period < n; period++) {
        off[period] = k;
        while (k < sorted.length && data.periodOf(dates.epochDay(sorted[k])) == period) k++;
      }
      off[n] = sorted.length;
      credited[p] = sorted;
      offsets[p] = off;
    }
    data.setCredits(credited, offsets);
  }

  private static int[][] emptyOffsets(int people, int periods) {
    int[][] off = new int[people][];
    for (int i = 0; i < people; i++) off[i] = new int[periods + 1];
    return off;
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
