package compass.eval;

import compass.api.LineItem;
import compass.api.Reconciliation;
import compass.api.StatementRow;
import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.data.Table;
import compass.data.TextColumn;
import compass.value.RoundingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a checked plan on loaded data: credits deals, then evaluates every participant's
 * components for every pay period. Line items are rounded once, when written (SEMANTICS 1); a
 * statement row is the sum of its rounded line items.
 */
public final class Evaluator {
  private final CheckedPlan plan;
  private final Dataset data;
  private final List<CompiledComponent> components = new ArrayList<>();
  private final boolean attribute;
  private final List<Evaluation.Attribution> attributions = new ArrayList<>();

  private Evaluator(CheckedPlan plan, Dataset data, boolean attribute) {
    this.plan = plan;
    this.data = data;
    this.attribute = attribute;
  }

  /**
   * Evaluates the plan. {@code attribute}: also compute each deal's share of tiered commission.
   *
   * @throws EvalError for a problem in the data that the plan cannot evaluate (a zero quota ...)
   */
  public static Evaluation evaluate(CheckedPlan plan, Table people, Table deals, Map<String, Table> others, boolean attribute) {
    Dataset data = new Dataset(plan, people, deals, others);
    ManagerChain.check(data);
    ExprCompiler compiler = new ExprCompiler(plan, data);
    Evaluator ev = new Evaluator(plan, data, attribute);
    plan.components().forEach(c -> ev.components.add(new CompiledComponent(c, compiler, plan, data)));
    Reconciliation reconciliation = Crediting.apply(data, compiler);
    return ev.run(reconciliation);
  }

  private Evaluation run(Reconciliation reconciliation) {
    List<StatementRow> rows = new ArrayList<>();
    List<LineItem> lines = new ArrayList<>();
    String currency = plan.currency().code();
    int roleField = data.people().fieldIndex("role");
    for (int person = 0; person < data.personCount(); person++) {
      String role = roleField < 0 ? null : ((TextColumn) data.people().column(roleField)).get(person);
      List<List<LineItem>> perPeriod = new ArrayList<>();
      for (int k = 0; k < data.periodCount(); k++) perPeriod.add(new ArrayList<>());
      for (CompiledComponent c : components) {
        if (!c.roles.isEmpty() && !c.roles.contains(role)) continue;
        componentLines(person, c, perPeriod);
      }
      BigDecimal ytd = BigDecimal.ZERO;
      for (int k = 0; k < data.periodCount(); k++) {
        BigDecimal payout = zero();
        for (LineItem li : perPeriod.get(k)) payout = payout.add(li.amount());
        ytd = ytd.add(payout);
        rows.add(new StatementRow(data.personId(person), data.periods().get(k).label(), payout, ytd, currency));
        lines.addAll(perPeriod.get(k));
      }
    }
    return new Evaluation(rows, lines, reconciliation, attributions);
  }

  private void componentLines(int person, CompiledComponent c, List<List<LineItem>> perPeriod) {
    Frame f = data.frameOf(person);
    String id = data.personId(person);
    BigDecimal paidBefore = BigDecimal.ZERO;
    for (int k = 0; k < data.periodCount(); k++) {
      Period period = data.periods().get(k);
      f.span(c.cumulative() ? 0 : k, k); // SEMANTICS 7: cumulative components see the year to date
      Outcome o = c.earn(f, paidBefore, attribute);
      recordAttribution(id, period, c, o);
      List<LineItem> out = perPeriod.get(k);
      if (c.paysPerDealLines() && o.parts != null) {
        for (Outcome.DealAmount part : o.parts) {
          BigDecimal amount = round(part.amount());
          out.add(line(id, period, c, dealId(part.deal()), amount, String.join("; ", o.notes)));
          paidBefore = paidBefore.add(amount);
        }
        continue;
      }
      if (o.notApplicable && !c.cumulative()) continue;
      BigDecimal pay = o.value;
      List<String> notes = new ArrayList<>(o.notes);
      if (c.cumulative()) {
        BigDecimal due = o.value.subtract(paidBefore);
        notes.add("earned YTD " + Fmt.money(o.value) + " - paid earlier " + Fmt.money(paidBefore) + " = " + Fmt.money(due));
        if (due.signum() < 0) notes.add(Fmt.money(due.negate()) + " owed, carried to the next period");
        pay = due.max(BigDecimal.ZERO); // SEMANTICS 7: a negative true-up is carried, not paid
      }
      BigDecimal amount = round(pay);
      out.add(line(id, period, c, "", amount, String.join("; ", notes)));
      paidBefore = paidBefore.add(amount);
    }
  }

  private void recordAttribution(String id, Period period, CompiledComponent c, Outcome o) {
    if (!attribute || o.parts == null) return;
    for (Outcome.DealAmount part : o.parts) {
      attributions.add(new Evaluation.Attribution(id, period.label(), c.ast.title(), dealId(part.deal()), part.amount()));
    }
  }

  private LineItem line(String id, Period period, CompiledComponent c, String deal, BigDecimal amount, String note) {
    return new LineItem(id, period.label(), c.ast.title(), deal, amount, plan.currency().code(), note);
  }

  private String dealId(int row) {
    Table deals = data.deals();
    if (deals.fieldIndex("id") >= 0 && deals.column("id") instanceof TextColumn ids) return ids.get(row);
    return "line " + deals.lineOf(row);
  }

  private BigDecimal round(BigDecimal v) {
    RoundingPolicy r = plan.rounding();
    return r.round(v, plan.currency());
  }

  private BigDecimal zero() { return BigDecimal.ZERO.setScale(plan.currency().minorUnits()); }
}
