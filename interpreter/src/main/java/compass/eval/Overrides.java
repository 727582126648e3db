package compass.eval;

import compass.ast.Decl;
import compass.calendar.Period;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Label;
import compass.explain.TraceStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Overrides: a value (a definition or a people field) replaced for one participant, a role or a
 * team, from a date on, prorated by days inside the period where it changes. Two overrides that
 * apply to the same value for the same participant and disagree are an error naming both.
 */
final class Overrides {
  private final Dataset data;
  private final Map<String, List<Decl.Override>> byTarget = new HashMap<>();
  private final Map<Decl.Override, Nodes.Num> values = new HashMap<>();

  Overrides(Dataset data) {
    this.data = data;
    for (Decl.Override o : data.plan().rules().overrides())
      byTarget.computeIfAbsent(o.target().text(), k -> new ArrayList<>()).add(o);
  }

  boolean has(String target) {
    return byTarget.containsKey(target);
  }

  void compile(ExprCompiler compiler) {
    byTarget
        .values()
        .forEach(list -> list.forEach(o -> values.put(o, checked(o, compiler.num(o.value())))));
  }

  /**
   * A target incentive of 0 or less cannot be right (issue 12): refused in the people file when
   * loaded (E0523), and here when an override of the plan gives it, at the override's value.
   */
  private static Nodes.Num checked(Decl.Override o, Nodes.Num value) {
    if (!o.target().text().equals("target_incentive")) return value;
    return f -> {
      java.math.BigDecimal v = value.eval(f);
      if (v.signum() > 0) return v;
      throw new EvalError(
          compass.diag.Diagnostic.error(
                  compass.diag.Code.E0606,
                  o.value().span(),
                  "target_incentive is "
                      + v.stripTrailingZeros().toPlainString()
                      + " for "
                      + f.where()
                      + " by this override: a target incentive must be more than 0")
              .withHint(
                  "correct the override; a component that should not pay someone is limited with `for role`"));
    };
  }

  /** The override of the target that applies to the person, or null; an error if two disagree. */
  Decl.Override applying(String target, int person) {
    Decl.Override found = null;
    for (Decl.Override o : byTarget.getOrDefault(target, List.of())) {
      if (!applies(o, person)) continue;
      if (found != null && !found.value().span().text().equals(o.value().span().text())) {
        throw new EvalError(
            Diagnostic.error(
                    Code.E0406,
                    o.span(),
                    "two overrides of `"
                        + target
                        + "` apply to "
                        + data.personId(person)
                        + " and disagree")
                .withLabel(new Label(found.span(), "the other override"))
                .withHint(
                    "make them agree, or make one of them more specific; the last one does not silently win"));
      }
      if (found == null) found = o;
    }
    return found;
  }

  private boolean applies(Decl.Override o, int person) {
    return applies(data, o.scope(), o.who().text(), person);
  }

  /** Whether an override for a person, role or team applies to the participant. */
  static boolean applies(Dataset data, Decl.OverrideScope scope, String who, int person) {
    return switch (scope) {
      case PERSON -> who.equals(data.personId(person));
      case ROLE -> who.equals(text(data.people(), "role", person));
      case TEAM -> who.equals(text(data.people(), "team", person));
    };
  }

  private static String text(Table t, String field, int row) {
    return t.fieldIndex(field) >= 0 && t.column(field) instanceof TextColumn c ? c.get(row) : null;
  }

  /**
   * The base value with the override applied over the frame's span. Additive values (an amount per
   * period, like a quota) are summed period by period; others are weighted by days.
   */
  Nodes.Num wrap(String target, Nodes.Num base, boolean additive) {
    if (!has(target)) return base;
    return f -> {
      Decl.Override o = applying(target, f.person);
      if (o == null) return base.eval(f);
      Nodes.Num value = values.get(o);
      int from = f.from, to = f.to;
      try {
        if (!additive) return mix(f, base, value, o, from, to);
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = from; k <= to; k++) {
          f.span(k, k);
          sum = sum.add(mix(f, base, value, o, k, k));
        }
        return sum;
      } finally {
        f.span(from, to);
      }
    };
  }

  /** Days before the override's date keep the base value, days from it take the override. */
  private BigDecimal mix(
      Frame f, Nodes.Num base, Nodes.Num value, Decl.Override o, int from, int to) {
    long start = data.periods().get(from).start().toEpochDay();
    long end = data.periods().get(to).end().toEpochDay();
    long switchDay = o.from() == null ? start : o.from().toEpochDay();
    if (switchDay <= start) return value.eval(f);
    if (switchDay > end) return base.eval(f);
    BigDecimal days = BigDecimal.valueOf(end - start + 1);
    BigDecimal before = BigDecimal.valueOf(switchDay - start);
    BigDecimal after = days.subtract(before);
    return base.eval(f)
        .multiply(before)
        .add(value.eval(f).multiply(after))
        .divide(days, ExprCompiler.MC);
  }

  /**
   * Finds the overrides that apply to the person, so two that disagree are an error (E0406) even
   * when nothing reads their target: what {@link #steps} does on a run that records a trace.
   */
  void verify(int person) {
    for (String target : byTarget.keySet()) applying(target, person);
  }

  /**
   * The overrides in force for the person in the period, as steps of a line's explanation (by their
   * words).
   */
  List<TraceStep> steps(int person, int period) {
    if (byTarget.isEmpty()) return List.of();
    List<TraceStep> steps = new ArrayList<>();
    Period p = data.periods().get(period);
    for (String target : byTarget.keySet()) {
      Decl.Override o = applying(target, person);
      if (o == null || (o.from() != null && o.from().isAfter(p.end()))) continue;
      steps.add(
          TraceStep.of(
                  TraceStep.Kind.OVERRIDE,
                  "override "
                      + target
                      + " = "
                      + o.value().span().text()
                      + " for "
                      + o.who().text()
                      + (o.from() == null ? "" : " from " + o.from())
                      + " ("
                      + o.span().describe()
                      + ")")
              .withSpan(o.span()));
    }
    steps.sort(java.util.Comparator.comparing(TraceStep::label));
    return steps;
  }
}
