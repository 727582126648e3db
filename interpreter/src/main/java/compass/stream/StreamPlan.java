package compass.stream;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Step;
import compass.check.CheckedPlan;
import compass.check.PayRules;
import compass.check.Symbol;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.eval.Participants;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Issue 20: whether a plan can be run on its deals file as a stream, and what each deal field is
 * for then. A streamed run credits each row as it is read and keeps, per participant and pay
 * period, one merged row per distinct value of the fields the plan reads (the merge key), adding up
 * the fields it only sums; so memory holds the participants, not the deals.
 *
 * <p>That is exact only when nothing the plan computes depends on one deal apart from the others
 * beyond those values: the plan credits each deal in full to one person field on one date, with no
 * roll-up, split, clawback, conversion, pool, budget, payment schedule, per-deal tier, `first deal
 * of`, day window or weekly periods; `pay N per deal` pays a whole number; and the credit rule's
 * condition is one {@link CreditTest} can decide from the row's cells. Anything else is read whole,
 * as before ({@link #whyNot}).
 */
public final class StreamPlan {
  final CheckedPlan plan;
  final int target;
  final int date;

  /** Per deal field: part of the merge key (the plan reads its value on a merged row). */
  final boolean[] key;

  /** Per deal field: added up on a merged row (the plan reads it only as `sum of F`). */
  final boolean[] totals;

  /** Per deal field: typed while scanning (read by the rule, the key, the totals or the lints). */
  final boolean[] keep;

  final CreditTest test;

  private StreamPlan(
      CheckedPlan plan, boolean[] key, boolean[] totals, boolean[] keep, CreditTest test) {
    this.plan = plan;
    this.target = plan.creditTargetField();
    this.date = plan.creditDateField();
    this.key = key;
    this.totals = totals;
    this.keep = keep;
    this.test = test;
  }

  /** The plan as a stream, or null when it must be read whole. */
  public static StreamPlan of(CheckedPlan plan) {
    return new Analysis(plan).plan();
  }

  /** Why the plan must be read whole; null when it can stream. */
  public static String whyNot(CheckedPlan plan) {
    Analysis a = new Analysis(plan);
    a.plan();
    return a.why;
  }

  /** The walk over the plan that finds what each deal field is for, or why it cannot stream. */
  private static final class Analysis {
    private final CheckedPlan plan;
    private String why;
    private final Set<Expr> summed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Expr> inRule = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Expr.Ref> refs = new ArrayList<>();

    Analysis(CheckedPlan plan) {
      this.plan = plan;
    }

    StreamPlan plan() {
      why = rules();
      if (why != null) return null;
      visit(plan.ast());
      for (Decl.Definition d : plan.definitions()) visit(d);
      for (Decl.Component c : plan.components()) visit(c);
      if (why != null) return null;
      if (plan.credit().filter() != null) walkRule(plan.credit().filter());
      int n = plan.deals().fields().size();
      boolean[] key = new boolean[n], totals = new boolean[n], keep = new boolean[n];
      boolean[] readElsewhere = new boolean[n], summedField = new boolean[n];
      for (Expr.Ref r : refs) {
        Symbol s = plan.symbolOf(r);
        if (s instanceof Symbol.PersonField && inRule.contains(r)) {
          why = "the credit rule reads a field of the owner";
          return null;
        }
        if (!(s instanceof Symbol.DealField d)) continue;
        keep[d.index()] = true;
        if (inRule.contains(r)) continue;
        if (summed.contains(r)) summedField[d.index()] = true;
        else readElsewhere[d.index()] = true;
      }
      for (int i = 0; i < n; i++) {
        FieldSpec f = plan.deals().fields().get(i);
        key[i] = readElsewhere[i];
        totals[i] = summedField[i] && !readElsewhere[i];
        if (totals[i] && f.type() != ColumnType.MONEY && f.type() != ColumnType.NUMBER) {
          key[i] = true; // an integer summed: kept apart (its total's type would change)
          totals[i] = false;
        }
        if (f.type() == ColumnType.STAGE) keep[i] = true; // the lints see every stage read
      }
      keep[plan.creditTargetField()] = true;
      keep[plan.creditDateField()] = true;
      CreditTest test = CreditTest.compile(plan);
      if (test == null) {
        why = "the credit rule's condition is not one a stream decides";
        return null;
      }
      return new StreamPlan(plan, key, totals, keep, test);
    }

    /** The plan-wide rules a stream cannot follow; null when there is none. */
    private String rules() {
      if (plan.deals() == null || plan.credit() == null) return "the plan credits no deals";
      if (plan.sources().several()) return "the plan has several credit sources";
      if (Participants.fromData(plan)) return "the participants are named by the data";
      if (plan.frequency().weekly()) return "the plan pays weekly";
      Decl.Credit c = plan.credit();
      if (c.targets().size() != 1 || c.targets().get(0).share() != null)
        return "deals are credited to several people or in part";
      if (c.overlay() || c.splitsTable() != null) return "deals are split";
      if (c.rollUp() != Decl.RollUp.NONE) return "credit rolls up to managers";
      if (plan.creditTargetField() < 0 || plan.creditDateField() < 0)
        return "the rule names no owner field or date";
      PayRules r = plan.rules();
      if (r.clawsBack()) return "the plan claws back";
      if (r.convert() != null || r.fx() != null || r.currencyField() >= 0)
        return "the plan converts currencies";
      if (!plan.otherTables().isEmpty()
          && plan.otherTables().values().stream()
              .anyMatch(t -> t.name().equals(plan.deals().name())))
        return "another input reads the deals file";
      return null;
    }

    /** Every node of the plan (its tests aside), each record's components in turn. */
    private void visit(Object node) {
      if (why != null || node == null) return;
      if (node instanceof Decl.Test) return; // the plan's own tests run on their own rows
      if (node instanceof List<?> list) {
        for (Object o : list) visit(o);
        return;
      }
      if (node instanceof Expr e) examine(e);
      else if (node instanceof Step s) examine(s);
      else if (node instanceof Decl d) examine(d);
      if (why != null) return;
      if (!node.getClass().isRecord()) return;
      for (RecordComponent rc : node.getClass().getRecordComponents()) {
        Object child;
        try {
          child = rc.getAccessor().invoke(node);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        if (child instanceof Expr || child instanceof List<?> || isAstRecord(child)) visit(child);
      }
    }

    private static boolean isAstRecord(Object o) {
      return o != null
          && o.getClass().isRecord()
          && o.getClass().getName().startsWith("compass.ast.");
    }

    private void examine(Expr e) {
      if (e instanceof Expr.Ref r) refs.add(r);
      if (e instanceof Expr.FirstOf) why = "the plan reads `first deal of`";
      else if (e instanceof Expr.DayWindow || e instanceof Expr.OverSpan)
        why = "the plan reads windows of days";
      else if (e instanceof Expr.Full) why = "the plan reads a full amount";
      else if (e instanceof Expr.ValidOn) why = "the plan reads dated rows";
      else if (e instanceof Expr.Per p && p.byDays()) why = "the plan spreads amounts by days";
      else if (e instanceof Expr.Aggregate a) {
        if (a.source() != null && !a.source().text().equals(plan.credit().sourceName()))
          why = "a measure counts another source";
        else if (a.kind() != Expr.AggregateKind.COUNT
            && plan.sources().valueOf(a) instanceof Expr.Ref v) summed.add(v);
      }
    }

    private void examine(Step s) {
      if (s instanceof Step.Pool) why = "a component draws from a pool";
      else if (s instanceof Step.Collected) why = "a component pays as invoices are paid";
      else if (s instanceof Step.Payout) why = "a component pays on a schedule";
      else if (s instanceof Step.Multiply m && m.filter() != null)
        why = "a multiplier applies to some deals";
      else if (s instanceof Step.Tiers t && (t.perDeal() || t.straddle() != Step.Straddle.SPLIT))
        why = "tiers apply deal by deal";
      else if (s instanceof Step.Pay p && p.perDeal() && !wholeNumber(p.amount()))
        why = "a component pays per deal an amount other than a whole number";
    }

    private void examine(Decl d) {
      if (d instanceof Decl.Budget) why = "the plan has team budgets";
      else if (d instanceof Decl.Clawback) why = "the plan claws back";
      else if (d instanceof Decl.Convert || d instanceof Decl.PayIn)
        why = "the plan converts currencies";
      else if (d instanceof Decl.Everyone) why = "roles are given by the data";
      else if (d instanceof Decl.ReportingLine l && l.table().text().equals(plan.deals().name()))
        why = "reporting lines are read from the deals";
    }

    /** `pay 500 per deal`: merged rows pay it that many times, the same to the cent. */
    private static boolean wholeNumber(Expr amount) {
      if (!(amount instanceof Expr.NumberLit n)) return false;
      return n.value().signum() == 0 || n.value().stripTrailingZeros().scale() <= 0;
    }

    /** The credit rule's condition: decided while reading, never part of the merge key. */
    private void walkRule(Expr e) {
      inRule.add(e);
      if (!e.getClass().isRecord()) return;
      for (RecordComponent rc : e.getClass().getRecordComponents()) {
        try {
          Object child = rc.getAccessor().invoke(e);
          if (child instanceof Expr x) walkRule(x);
          if (child instanceof List<?> list)
            for (Object o : list) if (o instanceof Expr x) walkRule(x);
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
  }
}
