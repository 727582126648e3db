package compass.stream;

import compass.ast.Expr;
import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.check.CreditConditions;
import compass.check.Symbol;
import compass.data.ColumnType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The credit rule's condition decided on a row's typed cells while the file is read (issue 20), as
 * the evaluator decides it on a loaded table: split at its top-level `and`s, each part tested in
 * order, the first that fails being the reason the deal is excluded (SEMANTICS 3). Only conditions
 * on the deal's own fields against written values compile here: `stage is closed_won`, `stage in
 * (a, b)`, `close_date in FY2027`, `term_months >= 24`, `amount > 1000`, with `and`, `or`, `not`
 * and definitions; anything else leaves the plan to be read whole.
 */
final class CreditTest {
  /** A test of one row's cells, typed as {@code compass.data.FastScan} types them. */
  interface RowTest {
    boolean test(long[] cells);
  }

  /** Money and numbers are compared as longs at this scale, the scale the scan types them at. */
  static final int SCALE = 4;

  /** An empty cell of an optional field, as the scan types it. */
  static final long MISSING = compass.data.FastScan.MISSING;

  private final RowTest[] parts;
  private final List<String> reasons;

  /**
   * The fields other than dates that the condition reads: an empty cell there is read whole (how
   * the evaluator takes an empty stage or amount is its to say); an empty date fails a comparison
   * as the evaluator's does.
   */
  private final int[] present;

  private CreditTest(RowTest[] parts, List<String> reasons, int[] present) {
    this.parts = parts;
    this.reasons = reasons;
    this.present = present;
  }

  /** The test of the plan's credit rule, or null when a part of it does not compile here. */
  static CreditTest compile(CheckedPlan plan) {
    List<Expr> conjuncts = CreditConditions.parts(plan.credit().filter());
    RowTest[] parts = new RowTest[conjuncts.size()];
    List<String> reasons = new ArrayList<>();
    Compiler c = new Compiler(plan);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = c.condition(conjuncts.get(i));
      if (parts[i] == null) return null;
      reasons.add(CreditConditions.reason(conjuncts.get(i)));
    }
    return new CreditTest(
        parts, reasons, c.present.stream().mapToInt(Integer::intValue).sorted().toArray());
  }

  /** The reasons of the parts, in order. */
  List<String> reasons() {
    return reasons;
  }

  /**
   * The first part the row fails, or -1 when it passes them all.
   *
   * @throws Unstreamable when a field other than a date that the condition reads is empty
   */
  int firstFailed(long[] cells) throws Unstreamable {
    for (int f : present)
      if (cells[f] == MISSING) throw new Unstreamable("an empty cell the credit rule reads");
    for (int i = 0; i < parts.length; i++) if (!parts[i].test(cells)) return i;
    return -1;
  }

  /** Compiles the forms above; null for any other. */
  private static final class Compiler {
    private final CheckedPlan plan;
    private int depth;
    private final java.util.Set<Integer> present = new java.util.HashSet<>();

    Compiler(CheckedPlan plan) {
      this.plan = plan;
    }

    RowTest condition(Expr e) {
      if (++depth > 64) return null; // a definition that reads itself is the checker's to report
      try {
        return compile(e);
      } finally {
        depth--;
      }
    }

    private RowTest compile(Expr e) {
      if (e instanceof Expr.BoolLit b) {
        boolean v = b.value();
        return cells -> v;
      }
      if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
        RowTest inner = condition(u.operand());
        return inner == null ? null : cells -> !inner.test(cells);
      }
      if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
        RowTest l = condition(b.left()), r = condition(b.right());
        return l == null || r == null ? null : cells -> l.test(cells) && r.test(cells);
      }
      if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.OR) {
        RowTest l = condition(b.left()), r = condition(b.right());
        return l == null || r == null ? null : cells -> l.test(cells) || r.test(cells);
      }
      if (e instanceof Expr.Binary b && b.op().isComparison())
        return compare(b.op(), b.left(), b.right());
      if (e instanceof Expr.Is i) {
        RowTest eq = compare(Expr.BinaryOp.EQUAL, i.left(), i.right());
        return eq == null ? null : i.negated() ? cells -> !eq.test(cells) : eq;
      }
      if (e instanceof Expr.In i) {
        RowTest in = in(i);
        return in == null ? null : i.negated() ? cells -> !in.test(cells) : in;
      }
      if (e instanceof Expr.Ref r && plan.symbolOf(r) instanceof Symbol.Definition d) {
        for (compass.ast.Decl.Definition def : plan.definitions())
          if (def.name().text().equals(d.name())) return condition(def.value());
      }
      return null;
    }

    /** `close_date in 2027-Q1` (a period, both ends included) or `stage in (a, b)`. */
    private RowTest in(Expr.In i) {
      int field = field(i.left());
      if (field < 0) return null;
      ColumnType type = plan.deals().fields().get(field).type();
      if (i.right() instanceof Expr.PeriodLit p && type == ColumnType.DATE) {
        Period period = plan.calendar().parse(p.label()).orElse(null);
        if (period == null) return null;
        long start = period.start().toEpochDay(), end = period.end().toEpochDay();
        // MISSING is below every day: an empty date is in no period, as in the evaluator
        return cells -> cells[field] >= start && cells[field] <= end;
      }
      if (i.right() instanceof Expr.SetLit set && type == ColumnType.STAGE) {
        boolean[] member = new boolean[plan.stages().size()];
        for (Expr element : set.elements()) {
          if (!(plan.symbolOf(element) instanceof Symbol.Stage s)) return null;
          member[s.ordinal()] = true;
        }
        present.add(field);
        return cells -> member[(int) cells[field]];
      }
      return null;
    }

    /** A deal field against a written value of its type. */
    private RowTest compare(Expr.BinaryOp op, Expr left, Expr right) {
      int field = field(left);
      if (field < 0) return null;
      ColumnType type = plan.deals().fields().get(field).type();
      long value;
      if (type == ColumnType.STAGE && plan.symbolOf(right) instanceof Symbol.Stage s) {
        value = s.ordinal();
      } else if (type == ColumnType.DATE && right instanceof Expr.DateLit d) {
        value = d.value().toEpochDay();
      } else if (type == ColumnType.INTEGER
          && right instanceof Expr.NumberLit n
          && n.currency() == null) {
        Long v = scaled(n.value(), 0);
        if (v == null) return null;
        value = v;
      } else if ((type == ColumnType.MONEY || type == ColumnType.NUMBER)
          && right instanceof Expr.NumberLit n
          && n.currency() == null) {
        Long v = scaled(n.value(), SCALE);
        if (v == null) return null;
        value = v;
      } else {
        return null;
      }
      if (type == ColumnType.DATE) { // an empty date compares false, whatever the operator
        RowTest t = compare(op, field, value);
        return t == null ? null : cells -> cells[field] != MISSING && t.test(cells);
      }
      present.add(field);
      return compare(op, field, value);
    }

    private static RowTest compare(Expr.BinaryOp op, int field, long value) {
      return switch (op) {
        case LESS -> cells -> cells[field] < value;
        case LESS_EQUAL -> cells -> cells[field] <= value;
        case GREATER -> cells -> cells[field] > value;
        case GREATER_EQUAL -> cells -> cells[field] >= value;
        case EQUAL -> cells -> cells[field] == value;
        case NOT_EQUAL -> cells -> cells[field] != value;
        default -> null;
      };
    }

    /** The deal field the expression is, or -1. */
    private int field(Expr e) {
      return plan.symbolOf(e) instanceof Symbol.DealField d ? d.index() : -1;
    }

    /** The value as a long at the scale, when it is exactly one. */
    private static Long scaled(BigDecimal v, int scale) {
      try {
        return v.setScale(scale).unscaledValue().longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
  }
}
