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
 * team, from a date on, prorated by days inside the period where it changes. Overrides of one value
 * for one participant with different dates chain, each in force until the next one's date; two with
 * the same date that disagree are an error naming both.
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

  /**
   * The overrides of the target that apply to the person, in the order they take effect: one
   * without a date first, then by date. Overrides with different dates chain (each is in force from
   * its date until the next one's); two with the same date (or both without one) that disagree are
   * an error naming both, whatever their scope: a person's override does not silently beat a
   * role's.
   */
  List<Decl.Override> chain(String target, int person) {
    List<Decl.Override> chain = new ArrayList<>();
    for (Decl.Override o : byTarget.getOrDefault(target, List.of())) {
      if (!applies(o, person)) continue;
      Decl.Override same = sameDate(chain, o);
      if (same == null) chain.add(o);
      else if (!same.value().span().text().equals(o.value().span().text()))
        throw new EvalError(
            Diagnostic.error(
                    Code.E0406,
                    o.span(),
                    "two overrides of `"
                        + target
                        + "` apply to "
                        + data.personId(person)
                        + (o.from() == null ? "" : " from " + o.from())
                        + " and disagree")
                .withLabel(new Label(same.span(), "the other override"))
                .withHint(
                    "make them agree, or give them different `from` dates to chain them; the last one"
                        + " does not silently win"));
    }
    chain.sort(BY_DATE);
    return chain;
  }

  /** Overrides without a date come first: they are in force from the start of the plan. */
  static final java.util.Comparator<Decl.Override> BY_DATE =
      java.util.Comparator.comparing(
          Decl.Override::from,
          java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

  private static Decl.Override sameDate(List<Decl.Override> chain, Decl.Override o) {
    for (Decl.Override c : chain) if (java.util.Objects.equals(c.from(), o.from())) return c;
    return null;
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
   * The base value with the overrides applied over the frame's span. Additive values (an amount per
   * period, like a quota) are summed period by period; others are weighted by days.
   */
  Nodes.Num wrap(String target, Nodes.Num base, boolean additive) {
    if (!has(target)) return base;
    return f -> {
      List<Decl.Override> chain = chain(target, f.person);
      if (chain.isEmpty()) return base.eval(f);
      int from = f.from, to = f.to;
      try {
        if (!additive) return mix(f, base, chain, from, to);
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = from; k <= to; k++) {
          f.span(k, k);
          sum = sum.add(mix(f, base, chain, k, k));
        }
        return sum;
      } finally {
        f.span(from, to);
      }
    };
  }

  /**
   * Each day of the span takes the value in force that day: the base before the first override's
   * date, then each override from its date until the next one's; the result is weighted by days.
   * Quota 100,000 a quarter, 120,000 from 02-01, 150,000 from 05-01: Q1 (90 days) is 100,000 x
   * 31/90 + 120,000 x 59/90.
   */
  private BigDecimal mix(Frame f, Nodes.Num base, List<Decl.Override> chain, int from, int to) {
    long start = data.periods().get(from).start().toEpochDay();
    long end = data.periods().get(to).end().toEpochDay();
    BigDecimal days = BigDecimal.valueOf(end - start + 1);
    BigDecimal weighted = BigDecimal.ZERO;
    long segmentStart = start; // the first day the value in force (base, then each override) holds
    Nodes.Num inForce = base;
    for (Decl.Override o : chain) {
      long switchDay = o.from() == null ? start : Math.max(start, o.from().toEpochDay());
      if (switchDay > end) break;
      if (switchDay > segmentStart)
        weighted =
            weighted.add(inForce.eval(f).multiply(BigDecimal.valueOf(switchDay - segmentStart)));
      segmentStart = Math.max(segmentStart, switchDay);
      inForce = values.get(o);
    }
    if (segmentStart == start)
      return inForce.eval(f); // one value the whole span: exact, no division
    weighted = weighted.add(inForce.eval(f).multiply(BigDecimal.valueOf(end - segmentStart + 1)));
    return weighted.divide(days, ExprCompiler.MC);
  }

  /** The overrides of the chain in force on some day of the period (by their dates). */
  List<Decl.Override> inForce(List<Decl.Override> chain, Period p) {
    List<Decl.Override> in = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      Decl.Override o = chain.get(i);
      if (o.from() != null && o.from().isAfter(p.end())) break;
      Decl.Override next = i + 1 < chain.size() ? chain.get(i + 1) : null;
      // superseded before the period starts: the next one is in force from (or before) its first
      // day
      if (next != null && next.from() != null && !next.from().isAfter(p.start())) continue;
      in.add(o);
    }
    return in;
  }

  /**
   * Finds the overrides that apply to the person, so two that disagree are an error (E0406) even
   * when nothing reads their target: what {@link #steps} does on a run that records a trace.
   */
  void verify(int person) {
    for (String target : byTarget.keySet()) chain(target, person);
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
      for (Decl.Override o : inForce(chain(target, person), p)) step(steps, target, o);
    }
    steps.sort(java.util.Comparator.comparing(TraceStep::label));
    return steps;
  }

  private static void step(List<TraceStep> steps, String target, Decl.Override o) {
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
}
