package compass.eval;

import compass.check.CheckedPlan;
import compass.data.Table;
import compass.explain.Tracer;
import compass.result.Reconciliation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A plan on its data, credited and ready to evaluate any participant again: what a REPL session
 * works on. A what-if that adds one deal builds a new workbench and evaluates only the participants
 * that deal reaches ({@link #reach}), not everyone; the batch path ({@link Evaluator#evaluate})
 * does not go through here.
 */
public final class Workbench {
  private final Dataset data;
  private final Evaluator evaluator;
  private final Reconciliation reconciliation;

  private Workbench(Dataset data, Evaluator evaluator, Reconciliation reconciliation) {
    this.data = data;
    this.evaluator = evaluator;
    this.reconciliation = reconciliation;
  }

  /**
   * Compiles the plan and credits the deals, with every line item kept and its trace recorded in
   * full (for explanations and the REPL's reasons).
   *
   * @throws EvalError for a problem in the data that the plan cannot evaluate
   */
  public static Workbench prepare(
      CheckedPlan plan, Table people, Table deals, Map<String, Table> others) {
    Dataset data = new Dataset(plan, people, deals, others);
    Evaluator ev = Evaluator.prepare(data, false, true);
    data.setTracer(Tracer.recording()); // explain and the REPL's reasons read every step
    Reconciliation reconciliation = ev.credit();
    return new Workbench(data, ev, reconciliation);
  }

  /**
   * Issue 20: the workbench on the deals with one row changed: {@code oldRow} of this workbench's
   * deals became {@code newRow} of {@code deals} (-1: none; a deal added is the last row, a deal
   * removed moves the rows after it up by one). Only that row is credited again when the plan has
   * one credit source; otherwise everything is, as {@link #prepare} does. The plan is compiled anew
   * on the new table (milliseconds); the ledger's closed periods carry over.
   */
  public Workbench withDeal(Table deals, int oldRow, int newRow) {
    CheckedPlan plan = data.plan();
    if (!oneCreditSource(plan)) {
      Workbench w = prepare(plan, data.people(), deals, others());
      w.paid(data.paid());
      return w;
    }
    Dataset next = new Dataset(plan, data.people(), deals, others());
    Evaluator ev = Evaluator.prepare(next, false, true);
    next.setTracer(Tracer.recording());
    next.setPaid(data.paid());
    Reconciliation r =
        Crediting.again(
            next, ev.compiler(), data, evaluator.compiler(), reconciliation, oldRow, newRow);
    return new Workbench(next, ev, r);
  }

  /**
   * Issue 20: this workbench's data and credits under {@code plan}, a changed plan that credits the
   * same deals to the same people (what-ifs on definitions, components and overrides that crediting
   * does not read): compiled anew, nothing credited again. Null when the crediting might differ;
   * the caller then prepares afresh.
   */
  public Workbench withPlan(CheckedPlan plan) {
    if (!oneCreditSource(plan) || !SameCrediting.of(data.plan(), plan)) return null;
    Dataset next = new Dataset(plan, data.people(), data.deals(), others());
    Evaluator ev = Evaluator.prepare(next, false, true);
    next.setTracer(Tracer.recording());
    next.setPaid(data.paid());
    next.setCredits(data.creditsOfEveryone());
    return new Workbench(next, ev, reconciliation);
  }

  /** Whether the plan credits one source, its own deals (the what-ifs' incremental crediting). */
  static boolean oneCreditSource(CheckedPlan plan) {
    return plan.credit() != null
        && plan.sources().all().size() == 1
        && plan.deals() != null
        && plan.sources().all().get(0).name().equals(plan.credit().sourceName());
  }

  private Map<String, Table> others() {
    return data.others();
  }

  /**
   * Issue 16: from now on closed periods show what the ledger says was paid (null: none closed).
   */
  public void paid(PaidHistory paid) {
    data.setPaid(paid);
  }

  public Reconciliation reconciliation() {
    return reconciliation;
  }

  public CheckedPlan plan() {
    return data.plan();
  }

  public Table people() {
    return data.people();
  }

  public Table deals() {
    return data.deals();
  }

  /**
   * Evaluates every participant (ids null) or only the given ones. {@code cancelled} is asked
   * between participants (Ctrl-C in the REPL).
   *
   * @throws compass.result.Cancelled when cancelled returned true
   * @throws EvalError for a problem in the data
   */
  public Evaluation evaluate(Collection<String> ids, BooleanSupplier cancelled) {
    evaluator.cancelWhen(cancelled);
    int[] only = null;
    if (ids != null) {
      only =
          ids.stream()
              .map(data::personIndex)
              .filter(java.util.Objects::nonNull)
              .mapToInt(Integer::intValue)
              .toArray();
    }
    return evaluator.run(reconciliation, only);
  }

  /**
   * Issue 20: every participant's statement rows, without traces or line items (a what-if that
   * changes everyone's payout on a big book): the plan compiled once more for a plain run over this
   * workbench's credits. The rows equal those of {@link #evaluate}.
   *
   * @throws compass.result.Cancelled when cancelled returned true
   * @throws EvalError for a problem in the data
   */
  public List<compass.result.StatementRow> statementsOfEveryone(BooleanSupplier cancelled) {
    Evaluation plain = everyoneWithoutTraces(cancelled);
    return plain != null ? plain.rows() : evaluate(null, cancelled).rows();
  }

  /**
   * Issue 20: every participant evaluated as a plain run over this workbench's credits: the
   * statement rows and warnings of {@link #evaluate}, each component's line items summed per period
   * (what `compass run` without --lines sums them to), no trace. Null when the plan has several
   * credit sources (their views are credited with the workbench; the caller evaluates with it).
   *
   * @throws compass.result.Cancelled when cancelled returned true
   * @throws EvalError for a problem in the data
   */
  public Evaluation everyoneWithoutTraces(BooleanSupplier cancelled) {
    if (!oneCreditSource(data.plan())) return null;
    Dataset plain = new Dataset(data.plan(), data.people(), data.deals(), others());
    Evaluator ev = Evaluator.prepare(plain, false, false);
    plain.setPaid(data.paid());
    plain.setCredits(data.creditsOfEveryone());
    ev.cancelWhen(cancelled);
    return ev.run(reconciliation, null);
  }

  /**
   * The participants whose payout a deal row can change: those it is credited to (owner, split
   * partners, managers by roll-up) and, because a team measure sums the reports' values, every
   * manager above them. Under a pool or a team budget, several credit sources or `first deal of`,
   * everyone.
   */
  public List<String> reach(int dealRow) {
    BitSet hit = new BitSet(data.personCount());
    if (oneCreditSource(data.plan())) { // issue 20: the row credited alone says to whom
      for (int p : Crediting.creditedTo(data, evaluator.compiler(), dealRow)) hit.set(p);
      return withManagers(hit);
    }
    for (int p = 0; p < data.personCount(); p++) {
      for (int row : data.credits(p).rows()) {
        if (row == dealRow) {
          hit.set(p);
          break;
        }
      }
    }
    return withManagers(hit);
  }

  /**
   * Issue 20: the participants whose payout an override for a person, role or team (`override quota
   * for ann = ...`) can change: those it applies to and every manager above them (a team measure
   * reads the reports' values). Under a pool or a team budget, everyone.
   */
  public List<String> reach(compass.ast.Decl.OverrideScope scope, String who) {
    BitSet hit = new BitSet(data.personCount());
    for (int p = 0; p < data.personCount(); p++)
      if (Overrides.applies(data, scope, who, p)) hit.set(p);
    return withManagers(hit);
  }

  private List<String> withManagers(BitSet hit) {
    if (sharesAcrossParticipants()) hit.set(0, data.personCount()); // issue 15: pools, budgets
    BitSet withManagers = (BitSet) hit.clone();
    for (int p = hit.nextSetBit(0); p >= 0; p = hit.nextSetBit(p + 1)) {
      int m = data.managerOf(p);
      int guard = data.personCount(); // a cycle is refused at prepare; stay safe anyway
      while (m >= 0 && guard-- > 0) {
        withManagers.set(m);
        m = data.managerOf(m);
      }
    }
    List<String> out = new ArrayList<>();
    for (int p = withManagers.nextSetBit(0); p >= 0; p = withManagers.nextSetBit(p + 1))
      out.add(data.personId(p));
    return out;
  }

  /**
   * Issue 21: {@link #reach} of every deal row at once (index: the row), computed in one pass over
   * the credits, so a Spark job can send each row to the partitions of the participants it reaches.
   * Under a pool or a team budget each row reaches everyone: see {@link #sharesAcross}.
   */
  public List<List<String>> reachOfEveryRow() {
    int rows = data.deals() == null ? 0 : data.deals().rowCount();
    List<List<String>> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) out.add(new ArrayList<>(2));
    int people = data.personCount();
    for (int p = 0; p < people; p++) {
      java.util.Set<Integer> seen = new java.util.HashSet<>(); // a deal credited twice: once
      String id = data.personId(p);
      for (int row : data.credits(p).rows()) if (seen.add(row)) out.get(row).add(id);
      // another credit source over the same rows (`credit deals ... to sourced_by as sourced`)
      for (SourceViews.View v : data.views().others()) {
        if (v.data().deals() != data.deals()) continue; // meetings, leads: rows of their own
        Credits c = v.data().credits(p);
        if (c != null) for (int row : c.rows()) if (seen.add(row)) out.get(row).add(id);
      }
    }
    for (List<String> reached : out) {
      java.util.Set<String> all = new java.util.LinkedHashSet<>(reached);
      for (String id : reached) {
        int m = data.managerOf(data.personIndex(id));
        int guard = people; // a cycle is refused at prepare; stay safe anyway
        while (m >= 0 && guard-- > 0) {
          all.add(data.personId(m));
          m = data.managerOf(m);
        }
      }
      if (all.size() != reached.size()) {
        reached.clear();
        reached.addAll(all);
      }
    }
    return out;
  }

  /**
   * Whether one deal can change anyone's payout: a pool shared out in date order (an earlier deal
   * takes another's share) or a team budget (a deal scales every member of the team).
   */
  private boolean sharesAcrossParticipants() {
    return sharesAcross(data.plan());
  }

  /** As {@link #sharesAcrossParticipants()}, of a plan (no data needed). */
  public static boolean sharesAcross(CheckedPlan plan) {
    if (!plan.ast().all(compass.ast.Decl.Budget.class).isEmpty()) return true;
    // issue 20: a deal of another credit source (`as sourced`) reaches people the deals' credits
    // do not name; which deal is `first deal of` an account depends on the other reps' deals
    if (!oneCreditSource(plan) || readsFirstOf(plan)) return true;
    for (compass.ast.Decl.Component c : plan.components())
      for (compass.ast.Step s : c.steps()) if (s instanceof compass.ast.Step.Pool) return true;
    return false;
  }

  private static final java.util.regex.Pattern FIRST_OF =
      java.util.regex.Pattern.compile("\\bfirst\\s+\\w+\\s+of\\b");

  /** Whether the plan reads `first deal of F` (conservative: read from its text). */
  private static boolean readsFirstOf(CheckedPlan plan) {
    for (compass.ast.Decl d : plan.ast().decls())
      if (FIRST_OF.matcher(d.span().text()).find()) return true;
    return false;
  }

  /** A deal credited to a manager by roll-up: the report it came from, its id and amount. */
  public record RolledUp(String member, String deal, java.math.BigDecimal amount) {}

  /**
   * Issue 19: the deals credited to {@code participant} by roll-up whose credit date falls in the
   * period {@code label}, each with the report it was credited to directly (the team member) and
   * its {@code amount} field (null when the deals have none), in crediting order.
   */
  public List<RolledUp> rolledUp(String participant, String label) {
    Integer person = data.personIndex(participant);
    if (person == null || data.deals() == null || data.plan().creditDateField() < 0)
      return List.of();
    Credits mine = data.credits(person);
    java.util.Map<Integer, String> owners = new java.util.HashMap<>();
    for (int i = 0; i < mine.size(); i++) if (mine.rolled(i)) owners.put(mine.rows()[i], null);
    if (owners.isEmpty()) return List.of();
    for (int p = 0; p < data.personCount(); p++) { // who holds each such deal in their own right
      Credits c = data.credits(p);
      for (int i = 0; i < c.size(); i++)
        if (!c.rolled(i) && owners.containsKey(c.rows()[i]) && owners.get(c.rows()[i]) == null)
          owners.put(c.rows()[i], data.personId(p));
    }
    compass.data.DecimalColumn amounts =
        data.deals().fieldIndex("amount") >= 0
                && data.deals().column("amount") instanceof compass.data.DecimalColumn d
            ? d
            : null;
    List<RolledUp> out = new ArrayList<>();
    for (int i = 0; i < mine.size(); i++) {
      if (!mine.rolled(i)) continue;
      int row = mine.rows()[i];
      int period = data.periodOf((int) data.creditDay(row));
      if (period < 0 || !data.periods().get(period).label().equals(label)) continue;
      String member = owners.get(row);
      out.add(
          new RolledUp(
              member == null ? "?" : member,
              data.dealId(row),
              amounts == null ? null : amounts.get(row)));
    }
    return out;
  }

  /** The row of the deal with this id, or -1. */
  public int dealRow(String id) {
    if (data.deals() == null) return -1;
    for (int row = 0; row < data.deals().rowCount(); row++)
      if (data.dealId(row).equals(id)) return row;
    return -1;
  }

  /**
   * The tier step of component {@code title} for a participant over pay periods [from, to], as a
   * function of its base: the REPL's `plot curve`. Null when there is no such tiered component.
   */
  public TierCurve tierCurve(String title, String participant, int from, int to) {
    CompiledComponent c = evaluator.component(title);
    Integer person = data.personIndex(participant);
    if (c == null || !c.tiered() || person == null) return null;
    Frame frame = new Frame(data, person, true);
    frame.span(from, to);
    return new TierCurve(c, frame);
  }

  /**
   * The value of numeric definition {@code name} of {@code withDefinition} (this workbench's plan
   * plus temporary definitions: the REPL's expressions) for a participant over pay periods [from,
   * to], computed on this workbench's credited deals.
   */
  public BigDecimal value(
      CheckedPlan withDefinition, String name, String participant, int from, int to) {
    Integer person = data.personIndex(participant);
    if (person == null) throw new IllegalArgumentException("no participant " + participant);
    ExprCompiler compiler = new ExprCompiler(withDefinition, data);
    Nodes.Num node = compiler.definitionNode(name);
    data.setDefinitionSlots(Math.max(data.definitionSlots(), compiler.slotCount()));
    Frame frame = new Frame(data, person, true);
    frame.span(from, to);
    return node.eval(frame);
  }
}
