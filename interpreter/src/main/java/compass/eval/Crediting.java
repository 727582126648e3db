package compass.eval;

import compass.api.Reconciliation;
import compass.ast.Decl;
import compass.ast.Expr;
import compass.check.CheckedPlan;
import compass.check.PayRules;
import compass.data.DateColumn;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.DataLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the credit rule (SEMANTICS 3): each deal is credited to its targets with their shares
 * (and up the manager chain when the rule rolls up), on its crediting date, or excluded with the
 * part of the rule that excluded it, so that {@code read = credited + excluded} always holds.
 */
final class Crediting {
  private final Dataset data;
  private final CheckedPlan plan;
  private final PayRules rules;
  private final Table deals;
  private final List<List<Credit>> perPerson = new ArrayList<>();
  private final Map<String, long[]> excluded = new LinkedHashMap<>();

  /** One credit of one deal to one person. */
  private record Credit(int row, BigDecimal share, boolean rolledUp) {}

  private Crediting(Dataset data) {
    this.data = data;
    this.plan = data.plan();
    this.rules = plan.rules();
    this.deals = data.deals();
    for (int i = 0; i < data.personCount(); i++) perPerson.add(new ArrayList<>());
  }

  static Reconciliation apply(Dataset data, ExprCompiler compiler) {
    if (data.deals() == null || data.plan().credit() == null) {
      Credits[] none = new Credits[data.personCount()];
      java.util.Arrays.fill(none, Credits.empty(data.periodCount()));
      data.setCredits(none);
      return new Reconciliation(0, 0, List.of());
    }
    return new Crediting(data).run(compiler);
  }

  private Reconciliation run(ExprCompiler compiler) {
    List<Expr> conjuncts = new ArrayList<>();
    if (plan.credit().filter() != null) split(plan.credit().filter(), conjuncts);
    List<Nodes.Bool> tests = conjuncts.stream().map(compiler::condition).toList();
    for (Expr c : conjuncts) excluded.put(reason(c), new long[1]);
    ShareSource shares = new ShareSource(data, compiler);
    DateColumn dates = (DateColumn) deals.column(plan.creditDateField());
    String dateName = deals.schema().fields().get(plan.creditDateField()).name();
    Frame frame = new Frame(data, 0, false); // moves from deal to deal; keeps no values
    TextColumn owners = plan.creditTargetField() < 0 ? null : (TextColumn) deals.column(plan.creditTargetField());
    long credited = 0;
    rows:
    for (int row = 0; row < deals.rowCount(); row++) {
      frame.deal = row;
      Integer owner = owners == null ? null : data.personIndex(owners.get(row));
      frame.person = owner == null ? 0 : owner; // people fields in a filter are the owner's
      for (int i = 0; i < tests.size(); i++) {
        if (!tests.get(i).test(frame)) {
          excluded.get(reason(conjuncts.get(i)))[0]++;
          continue rows;
        }
      }
      int day = dates.epochDay(row);
      if (day == DateColumn.MISSING) {
        count("no " + dateName);
        continue;
      }
      if (data.periodOf(day) < 0) {
        count(dateName + " outside the plan's periods");
        continue;
      }
      List<ShareSource.Share> targets = shares.of(frame, row);
      if (targets.isEmpty()) {
        count(shares.emptyReason());
        continue;
      }
      for (ShareSource.Share s : targets) credit(s.person(), row, s.share());
      credited++;
    }
    data.setCredits(order(dates));
    List<Reconciliation.Exclusion> reasons = new ArrayList<>();
    excluded.forEach((reason, n) -> {
      if (n[0] > 0) reasons.add(new Reconciliation.Exclusion(reason, n[0]));
    });
    return new Reconciliation(deals.rowCount(), credited, reasons);
  }

  private static String reason(Expr conjunct) { return "fails `" + conjunct.span().text() + "`"; }

  private void count(String reason) { excluded.computeIfAbsent(reason, k -> new long[1])[0]++; }

  /** Credits the person and, when the rule rolls up, the manager chain with the same share. */
  private void credit(int person, int row, BigDecimal share) {
    perPerson.get(person).add(new Credit(row, share, false));
    if (rules.rollUp() == Decl.RollUp.NONE) return;
    int manager = data.managerOf(person);
    while (manager >= 0) {
      perPerson.get(manager).add(new Credit(row, share, true));
      if (rules.rollUp() == Decl.RollUp.ONE_LEVEL) break;
      manager = data.managerOf(manager);
    }
  }

  /** SEMANTICS 5: deals in order of crediting date, then deal id; periods as offsets. */
  private Credits[] order(DateColumn dates) {
    TextColumn ids = deals.fieldIndex("id") >= 0 && deals.column("id") instanceof TextColumn t ? t : null;
    Clawbacks clawbacks = new Clawbacks(data);
    int n = data.periodCount();
    Credits[] out = new Credits[perPerson.size()];
    for (int p = 0; p < out.length; p++) {
      List<Credit> list = perPerson.get(p);
      int size = list.size();
      // sort by (date, position in the file) with primitive keys, then put deals of the same
      // date in id order; a per-object comparator was a quarter of a million-deal run
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) keys[i] = ((long) dates.epochDay(list.get(i).row()) << 32) | i;
      java.util.Arrays.sort(keys);
      Credit[] sorted = new Credit[size];
      for (int i = 0; i < size; i++) sorted[i] = list.get((int) keys[i]);
      if (ids != null) sameDayById(sorted, dates, ids);
      int[] rows = new int[size];
      BigDecimal[] shares = new BigDecimal[size];
      boolean[] rolled = new boolean[size];
      int[] cancel = new int[size];
      BigDecimal[] kept = new BigDecimal[size];
      for (int i = 0; i < size; i++) {
        rows[i] = sorted[i].row();
        shares[i] = sorted[i].share();
        rolled[i] = sorted[i].rolledUp();
        cancel[i] = clawbacks.cancelPeriod(rows[i], dates.epochDay(rows[i]));
        kept[i] = cancel[i] == Integer.MAX_VALUE ? BigDecimal.ONE
            : BigDecimal.ONE.subtract(clawbacks.reversedShare(rows[i], dates.epochDay(rows[i])));
      }
      int[] start = new int[n + 1];
      int k = 0;
      for (int period = 0; period < n; period++) {
        start[period] = k;
        while (k < size && data.periodOf(dates.epochDay(rows[k])) == period) k++;
      }
      start[n] = size;
      out[p] = new Credits(rows, shares, rolled, cancel, kept, start);
      perPerson.set(p, null); // free as we go
    }
    return out;
  }

  /** Within each run of one date, order by deal id (then file order, the sort is stable). */
  private static void sameDayById(Credit[] sorted, DateColumn dates, TextColumn ids) {
    java.util.Comparator<Credit> byId = java.util.Comparator.comparing(c -> ids.get(c.row()));
    int i = 0;
    while (i < sorted.length) {
      int day = dates.epochDay(sorted[i].row());
      int j = i + 1;
      boolean ordered = true;
      while (j < sorted.length && dates.epochDay(sorted[j].row()) == day) {
        if (ids.get(sorted[j - 1].row()).compareTo(ids.get(sorted[j].row())) > 0) ordered = false;
        j++;
      }
      if (!ordered) java.util.Arrays.sort(sorted, i, j, byId);
      i = j;
    }
  }

  static EvalError dealError(Table deals, int row, String message, String hint) {
    return new EvalError(Diagnostic.error(Code.E0513, new DataLocation(deals.file(), deals.lineOf(row), 0, null, null), message)
        .withHint(hint));
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
