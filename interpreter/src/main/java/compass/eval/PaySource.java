package compass.eval;

import compass.ast.Step;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A `pay` clause (SEMANTICS 9): an amount per qualifying deal, or once when a condition holds. */
final class PaySource {
  private final Step.Pay ast;
  private final Nodes.Num amount;
  private final Nodes.Bool filter;
  private final Nodes.Bool condition;
  private final Dataset data;

  /** Issue 15: the spans the condition reads, shown by explain with their dates. */
  private final SpanMeasures.Notes spanNotes;

  /** Issue 15.5: the amounts spread by days the amount reads, shown by explain with their parts. */
  private final DaySpread.Notes dayNotes;

  PaySource(Step.Pay ast, ExprCompiler compiler, Dataset data) {
    this.ast = ast;
    this.dayNotes = new DaySpread.Notes(ast.amount(), compiler, data);
    this.data = data;
    this.amount = compiler.num(ast.amount());
    this.filter = ast.filter() == null ? null : compiler.condition(ast.filter());
    this.condition = ast.condition() == null ? null : compiler.condition(ast.condition());
    this.spanNotes =
        ast.condition() == null ? null : new SpanMeasures.Notes(ast.condition(), compiler);
  }

  boolean perDeal() {
    return ast.perDeal();
  }

  Outcome evaluate(Frame f) {
    if (condition != null && !condition.test(f)) {
      Outcome none = new Outcome(BigDecimal.ZERO, data.tracer().fresh());
      if (none.trace.on()) {
        none.trace.add(
            TraceStep.of(Kind.PAY, "condition `" + ast.condition().span().text() + "` not met")
                .withAmount(BigDecimal.ZERO)
                .withSpan(ast.span()));
        spanNotes.record(f, none.trace);
      }
      none.notApplicable = true;
      if (ast.perDeal()) none.parts = List.of();
      return none;
    }
    if (!ast.perDeal()) {
      Outcome o = new Outcome(amount.eval(f), data.tracer().fresh());
      if (o.trace.on()) {
        o.trace.add(
            TraceStep.of(
                    Kind.PAY,
                    "pay "
                        + ast.amount().span().text()
                        + (ast.condition() == null ? "" : " if " + ast.condition().span().text())
                        + " = "
                        + Fmt.money(o.value))
                .withAmount(o.value)
                .withSpan(ast.span()));
        if (spanNotes != null) spanNotes.record(f, o.trace);
        dayNotes.record(f, o.trace);
      }
      return o;
    }
    List<Outcome.DealAmount> parts = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int saved = f.pos;
    try {
      for (int i = f.first(), end = f.end(); i < end; i++) {
        if (!f.enter(i)) continue;
        if (filter != null && !filter.test(f)) continue;
        BigDecimal keep = f.keep;
        f.keep = BigDecimal.ONE; // a money field inside the amount must not be scaled twice
        BigDecimal v = amount.eval(f).multiply(keep);
        if (f.weight != 1) v = v.multiply(BigDecimal.valueOf(f.weight)); // a merged row's deals
        f.keep = keep;
        parts.add(new Outcome.DealAmount(i, v));
        total = total.add(v);
      }
    } finally {
      f.leave(saved);
    }
    Outcome o = new Outcome(total, data.tracer().fresh());
    o.parts = parts;
    if (o.trace.on()) {
      // each deal's line says what was paid for it, not the component's total (issue 15, 8(d))
      String each =
          ast.amount().span().text()
              + " per "
              + data.rowNoun()
              + (ast.filter() == null ? "" : " where " + ast.filter().span().text())
              + " = ";
      o.dealNotes = new java.util.HashMap<>();
      for (Outcome.DealAmount p : parts) o.dealNotes.put(p.pos(), each + Fmt.money(p.amount()));
      o.trace.add(
          TraceStep.of(
                  Kind.PAY,
                  parts.size()
                      + " "
                      + data.rowNoun()
                      + "(s) x "
                      + ast.amount().span().text()
                      + (ast.filter() == null ? "" : " where " + ast.filter().span().text())
                      + " = "
                      + Fmt.money(total))
              .withAmount(total)
              .withBasis(BigDecimal.valueOf(parts.size()))
              .withSpan(ast.span()));
    }
    return o;
  }
}
