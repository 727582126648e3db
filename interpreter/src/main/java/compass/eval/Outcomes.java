package compass.eval;

import compass.check.CheckedPlan;
import compass.data.Table;
import compass.result.Reconciliation;
import compass.result.StatementRow;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Issue 18: a plan evaluated once on its data (the base), then on many outcomes that differ from
 * the base in some deal rows (a forecast's simulated runs: open deals won, on other dates). Each
 * outcome credits only its changed rows again and re-evaluates only the participants they reach
 * (and the managers above them); everyone else's statement rows are the base's. Plain runs: no
 * trace, no line items. The result equals {@link Evaluator#evaluate} of the outcome's table.
 * Thread-safe: outcomes may be evaluated in parallel.
 */
public final class Outcomes {
  private final CheckedPlan plan;
  private final Table people;
  private final Map<String, Table> others;
  private final Dataset base;
  private final Evaluator baseEvaluator;
  private final Reconciliation baseReconciliation;
  private final Evaluation baseEvaluation;

  /** The base's statement rows of each participant (people row), in period order. */
  private final List<List<StatementRow>> baseRows = new ArrayList<>();

  /** People rows in participant id order: the order of a run's statement rows. */
  private final int[] byId;

  /** Whether the deal ids are in file order: the same for every outcome (they share the ids). */
  private final boolean idsInFileOrder;

  /** False when one deal can change anyone's payout (pools, budgets, several sources ...). */
  private final boolean incremental;

  private Outcomes(CheckedPlan plan, Table people, Table deals, Map<String, Table> others) {
    this.plan = plan;
    this.people = people;
    this.others = others;
    this.base = new Dataset(plan, people, deals, others);
    this.baseEvaluator = Evaluator.prepare(base, false, false);
    this.baseReconciliation = baseEvaluator.credit();
    this.baseEvaluation = baseEvaluator.run(baseReconciliation, null);
    if (base.personCount() > 0) base.managerOf(0); // built once, before threads read it
    Integer[] ids = new Integer[base.personCount()];
    for (int i = 0; i < ids.length; i++) ids[i] = i;
    java.util.Arrays.sort(ids, java.util.Comparator.comparing(base::personId));
    byId = java.util.Arrays.stream(ids).mapToInt(Integer::intValue).toArray();
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int p = 0; p < base.personCount(); p++) {
      baseRows.add(new ArrayList<>());
      index.put(base.personId(p), p);
    }
    for (StatementRow r : baseEvaluation.rows()) baseRows.get(index.get(r.participant())).add(r);
    this.idsInFileOrder = Crediting.idsInFileOrder(deals);
    this.incremental =
        Workbench.oneCreditSource(plan)
            && !Workbench.sharesAcross(plan)
            && baseEvaluation.teams().isEmpty();
  }

  /**
   * Evaluates the plan on its data once: the base.
   *
   * @throws EvalError for a problem in the data that the plan cannot evaluate
   */
  public static Outcomes of(
      CheckedPlan plan, Table people, Table deals, Map<String, Table> others) {
    return new Outcomes(plan, people, deals, others);
  }

  /** The base's evaluation. */
  public Evaluation base() {
    return baseEvaluation;
  }

  /**
   * The evaluation of {@code deals}: the base's table with only {@code rows} (in increasing order)
   * changed (not their ids), the same number of rows.
   *
   * @throws EvalError for a problem in the data that the plan cannot evaluate
   */
  public Evaluation evaluate(Table deals, int[] rows) {
    // the plan is compiled again on the outcome's table: compiled nodes hold the columns they
    // read. A profile of 10,000 B1 runs (issue 18) put this under 1% of a run's processor time,
    // against a third for crediting; rebinding compiled nodes to another table would not pay
    Dataset data = new Dataset(plan, people, deals, others);
    Evaluator ev = Evaluator.prepare(data, false, false);
    if (!incremental) return ev.run(ev.credit(), null);
    Reconciliation r =
        Crediting.again(
            data,
            ev.compiler(),
            base,
            baseEvaluator.compiler(),
            baseReconciliation,
            rows,
            rows,
            -1,
            idsInFileOrder);
    BitSet reach = new BitSet(data.personCount());
    for (int p = 0; p < data.personCount(); p++) {
      if (data.credits(p) == base.credits(p)) continue; // the same credits: the same payout
      for (int m = p, guard = data.personCount(); m >= 0 && guard-- > 0; m = data.managerOf(m))
        reach.set(m); // a manager's team measures read the report's credits
    }
    Evaluation changed = ev.run(r, reach.stream().toArray());
    List<StatementRow> out = new ArrayList<>(baseEvaluation.rows().size());
    int at = 0;
    List<StatementRow> now = changed.rows();
    for (int p : byId) {
      if (!reach.get(p)) {
        out.addAll(baseRows.get(p));
        continue;
      }
      String id = data.personId(p);
      while (at < now.size() && now.get(at).participant().equals(id)) out.add(now.get(at++));
    }
    return new Evaluation(out, List.of(), r, List.of(), changed.warnings());
  }
}
