package compass.eval;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.calendar.Period;
import compass.check.CaseRules;
import compass.check.CheckedPlan;
import compass.check.SetElements;
import compass.check.Symbol;
import compass.data.DateColumn;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code region is in ("LATAM", "APAC")}, {@code close_date in (2027-01-15, 2027-Q3)}: the compiled
 * test whether a value is one of a set's. The set's values are constants, gathered once (a named
 * set's from its definition); an empty value is in no set, so {@code is not in} holds for it.
 */
final class SetMembership {
  private final ExprCompiler compiler;
  private final CheckedPlan plan;

  SetMembership(ExprCompiler compiler, CheckedPlan plan) {
    this.compiler = compiler;
    this.plan = plan;
  }

  Nodes.Bool compile(Expr.In in) {
    Nodes.Bool test = test(in.left(), SetElements.of(plan, in.right()));
    // `compass test --coverage`: using a named set reaches it (and the named sets inside it)
    for (Decl.Definition named : namedSets(in.right())) test = compiler.reached(named, test);
    Nodes.Bool membership = test;
    return in.negated() ? f -> !membership.test(f) : membership;
  }

  /** The named sets a set uses, directly or inside another named set. */
  private List<Decl.Definition> namedSets(Expr e) {
    List<Decl.Definition> out = new ArrayList<>();
    List<Expr> todo = new ArrayList<>(List.of(e));
    while (!todo.isEmpty()) {
      Expr next = todo.remove(todo.size() - 1);
      if (next instanceof Expr.SetLit set) todo.addAll(set.elements());
      if (next instanceof Expr.Ref r && plan.symbolOf(r) instanceof Symbol.Definition d) {
        for (Decl.Definition def : plan.definitions()) {
          if (def.name().text().equals(d.name()) && !out.contains(def)) {
            out.add(def);
            todo.add(def.value());
          }
        }
      }
    }
    return out;
  }

  private Nodes.Bool test(Expr left, List<Expr> values) {
    Type t = plan.typeOf(left);
    if (t == Type.NUMBER || t == Type.MONEY || t == Type.PERCENT) {
      TreeSet<BigDecimal> numbers = new TreeSet<>(); // compareTo: 2.0 and 2.00 are one
      for (Expr v : values) numbers.add(compiler.num(v).eval(null));
      Nodes.Num l = compiler.num(left);
      return f -> numbers.contains(l.eval(f));
    }
    if (t == Type.DATE) return dates(left, values);
    if (t == Type.STAGE) {
      Set<Integer> ordinals = new HashSet<>();
      for (Expr v : values) ordinals.add(((Symbol.Stage) plan.symbolOf(v)).ordinal());
      Nodes.Ord l = compiler.ord(left);
      return f -> ordinals.contains(l.eval(f));
    }
    boolean folded = CaseRules.ignoresCase(plan.symbolOf(left));
    Set<String> texts = new HashSet<>();
    for (Expr v : values) {
      String s =
          v instanceof Expr.StringLit str
              ? str.value()
              : ((Symbol.TextConstant) plan.symbolOf(v)).text();
      texts.add(folded ? CaseRules.fold(s) : s);
    }
    Nodes.Text l = compiler.text(left);
    if (folded) return f -> texts.contains(CaseRules.fold(l.eval(f)));
    return f -> texts.contains(l.eval(f));
  }

  /** A date is in the set when it is one of its dates or inside one of its periods. */
  private Nodes.Bool dates(Expr left, List<Expr> values) {
    Set<Integer> days = new HashSet<>();
    List<int[]> spans = new ArrayList<>();
    for (Expr v : values) {
      if (v instanceof Expr.PeriodLit p) {
        Period period = plan.calendar().parse(p.label()).orElseThrow();
        spans.add(new int[] {(int) period.start().toEpochDay(), (int) period.end().toEpochDay()});
      } else {
        days.add(compiler.day(v).eval(null));
      }
    }
    int[][] within = spans.toArray(new int[0][]);
    Nodes.Day l = compiler.day(left);
    return f -> {
      int d = l.eval(f);
      if (d == DateColumn.MISSING) return false;
      if (days.contains(d)) return true;
      for (int[] s : within) if (d >= s[0] && d <= s[1]) return true;
      return false;
    };
  }
}
