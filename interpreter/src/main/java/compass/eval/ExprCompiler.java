package compass.eval;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.calendar.Frequency;
import compass.calendar.Period;
import compass.check.CaseRules;
import compass.check.CheckedPlan;
import compass.check.Symbol;
import compass.data.BoolColumn;
import compass.data.Column;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.EnumColumn;
import compass.data.LongColumn;
import compass.data.RowPlace;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.types.Type;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles checked expressions into typed nodes once; names are resolved to columns and definition
 * slots here, so evaluation does no lookups by name.
 */
final class ExprCompiler {
  static final MathContext MC = MathContext.DECIMAL128; // SEMANTICS 1: at least 34 digits

  private final CheckedPlan plan;
  private final Dataset data;
  private final Map<String, Nodes.Num> numericDefs = new HashMap<>();
  private final Map<String, Decl.Definition> defs = new HashMap<>();
  private final Measures measures;
  private final Overrides overrides;
  private final Lookups lookups;
  private int slots;

  ExprCompiler(CheckedPlan plan, Dataset data) {
    this.plan = plan;
    this.data = data;
    this.measures = new Measures(this, data);
    this.lookups = new Lookups(this, plan, data);
    this.overrides = new Overrides(data);
    for (Decl.Definition d : plan.definitions()) defs.put(d.name().text(), d);
    for (Decl.Definition d : plan.definitions()) {
      String name = d.name().text();
      // a definition on a deal's fields reads the default source's rows; another source's view
      // never uses one (the checker refuses it, E0417)
      if (data.isView() && plan.dealLevelDefinitions().contains(name)) continue;
      if (plan.definitionTypes().get(name).isNumeric()) numericDefs.put(name, definition(d));
    }
    overrides.compile(this);
  }

  Overrides overrides() {
    return overrides;
  }

  CheckedPlan plan() {
    return plan;
  }

  /** A new memo slot (a value kept per participant and span). */
  int newSlot() {
    return slots++;
  }

  /** How many memo slots the compiled plan uses; frames are sized by it. */
  int slotCount() {
    return slots;
  }

  Measures measures() {
    return measures;
  }

  /** The first money field of the deals, converted but not split: a deal's full amount. */
  Nodes.Num fullMoney() {
    java.util.List<compass.data.FieldSpec> fields = data.deals().schema().fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).type() == compass.data.ColumnType.MONEY)
        return dealNumber(i, fields.get(i).name(), false, fields.get(i).span());
    }
    return f -> BigDecimal.ZERO;
  }

  /** The compiled node of a numeric definition (memoised per participant and span). */
  Nodes.Num definitionNode(String name) {
    return numericDefs.get(name);
  }

  private Nodes.Num definition(Decl.Definition d) {
    String name = d.name().text();
    Nodes.Num body = num(d.value());
    body = overrides.wrap(name, body, additive(d.value()));
    if (name.equals("quota")) body = notNegative(QuotaScaling.wrap(body, data, rampSteps()), d);
    Decl.When rule = plan.whenRules().get(name);
    if (rule != null) body = whenRule(rule, body);
    if (data.coverage() != null) { // compass test --coverage; a plain run compiles no hook
      Coverage coverage = data.coverage();
      Nodes.Num inner = body;
      body =
          f -> {
            coverage.reach(d);
            return inner.eval(f);
          };
    }
    final Nodes.Num compiled = body;
    final compass.source.Span at = d.name().span();
    if (plan.dealLevelDefinitions().contains(name)) {
      return f -> {
        f.budget.spend(f, name, at);
        return compiled.eval(f);
      };
    }
    final int slot = slots++;
    return f -> {
      BigDecimal v = f.memo(slot);
      if (v == null) {
        f.budget.spend(f, name, at);
        v = compiled.eval(f);
        f.remember(slot, v);
      }
      return v;
    };
  }

  /** An amount per period (a quota): the value of a span is the sum of its periods' values. */
  boolean additive(Expr e) {
    if (e instanceof Expr.Per) return true;
    if (e instanceof Expr.TableField) return !(plan.symbolOf(e) instanceof Symbol.Lookup);
    if (e instanceof Expr.Ref r && plan.symbolOf(r) instanceof Symbol.Definition d)
      return additive(defs.get(d.name()).value());
    return false;
  }

  private List<BigDecimal> rampSteps() {
    return plan.rules().ramp().stream().map(e -> num(e).eval(null)).toList();
  }

  /**
   * A quota below zero cannot be right (issue 12); rows of a quotas table are refused when loaded
   * (E0524), so one found here comes from the plan: a literal, a formula or an override.
   */
  private static Nodes.Num notNegative(Nodes.Num quota, Decl.Definition d) {
    return f -> {
      BigDecimal v = quota.eval(f);
      if (v.signum() >= 0) return v;
      throw new EvalError(
          Diagnostic.error(
                  Code.E0605,
                  d.value().span(),
                  "quota is "
                      + v.stripTrailingZeros().toPlainString()
                      + " for "
                      + f.where()
                      + ": a quota cannot be negative")
              .withHint("correct the quota definition, or the override that makes it negative"));
    };
  }

  /** SEMANTICS 4: `when quota is 0 then attainment = 0%`. */
  private Nodes.Num whenRule(Decl.When rule, Nodes.Num body) {
    Nodes.Num subject = numericDefs.get(rule.subject().text());
    Nodes.Num value = num(rule.value());
    Nodes.Num replacement = num(rule.replacement());
    return f -> subject.eval(f).compareTo(value.eval(f)) == 0 ? replacement.eval(f) : body.eval(f);
  }

  // ---- numbers ---------------------------------------------------------------------------

  Nodes.Num num(Expr e) {
    if (plan.symbolOf(e) instanceof Symbol.Lookup l) return lookups.num(l, e);
    if (e instanceof Expr.NumberLit n) return constant(n.value());
    if (e instanceof Expr.PercentLit p) return constant(p.fraction());
    if (e instanceof Expr.Ref r) return numRef(r);
    if (e instanceof Expr.Unary u) {
      Nodes.Num operand = num(u.operand());
      return f -> operand.eval(f).negate();
    }
    if (e instanceof Expr.Binary b) return arithmetic(b);
    if (e instanceof Expr.If i) {
      Nodes.Bool c = condition(i.condition());
      Nodes.Num a = num(i.then()), o = num(i.otherwise());
      return f -> c.test(f) ? a.eval(f) : o.eval(f);
    }
    if (e instanceof Expr.Per p) return per(p);
    if (e instanceof Expr.OverSpan o) return SpanMeasures.compile(o, this);
    if (e instanceof Expr.Aggregate a) return measures.aggregate(a);
    if (e instanceof Expr.Team t) return measures.team(numericDefs.get(t.member().text()));
    if (e instanceof Expr.TableField t) return measures.tableField(t);
    if (e instanceof Expr.Call c) return call(c);
    if (e instanceof Expr.Curve c) return new CurveNode(c, this);
    if (e instanceof Expr.Full full) {
      Symbol.DealField d = (Symbol.DealField) plan.symbolOf(full);
      return dealNumber(d.index(), d.spec().name(), false, full.span());
    }
    throw new IllegalStateException("not a numeric expression: " + e.getClass().getSimpleName());
  }

  /** A yes/no definition, recording that a test reached it (only when tests are run). */
  Nodes.Bool reached(Decl.Definition d, Nodes.Bool node) {
    Coverage coverage = data.coverage();
    if (coverage == null) return node;
    return f -> {
      coverage.reach(d);
      return node.test(f);
    };
  }

  // The same hook for definitions of the other kinds: dates, stages and text.
  private Nodes.Day reached(Decl.Definition d, Nodes.Day node) {
    Coverage coverage = data.coverage();
    if (coverage == null) return node;
    return f -> {
      coverage.reach(d);
      return node.eval(f);
    };
  }

  private Nodes.Ord reached(Decl.Definition d, Nodes.Ord node) {
    Coverage coverage = data.coverage();
    if (coverage == null) return node;
    return f -> {
      coverage.reach(d);
      return node.eval(f);
    };
  }

  private Nodes.Text reached(Decl.Definition d, Nodes.Text node) {
    Coverage coverage = data.coverage();
    if (coverage == null) return node;
    return f -> {
      coverage.reach(d);
      return node.eval(f);
    };
  }

  private static Nodes.Num constant(BigDecimal v) {
    return f -> v;
  }

  private Nodes.Num numRef(Expr.Ref r) {
    Symbol s = plan.symbolOf(r);
    if (s instanceof Symbol.Definition d) {
      Nodes.Num node = numericDefs.get(d.name());
      return Objects.requireNonNull(node, () -> "definition compiled out of order: " + d.name());
    }
    if (s instanceof Symbol.DealField d)
      return dealNumber(d.index(), d.spec().name(), true, r.span());
    if (s instanceof Symbol.PersonField p) {
      Nodes.Num value =
          overrides.wrap(
              p.spec().name(), personNumber(p.index(), p.spec().name(), r.span()), false);
      return p.spec().name().equals("target_incentive")
          ? QuotaScaling.prorateByDays(value, data)
          : value;
    }
    throw new IllegalStateException("not a numeric name: " + r.name());
  }

  /**
   * A number field of the current deal. Money is converted to the plan currency (SEMANTICS 13) and,
   * when {@code shared}, taken at the participant's split share (SEMANTICS 3).
   */
  private Nodes.Num dealNumber(int index, String field, boolean shared, compass.source.Span at) {
    Column column = data.deals().column(index);
    if (column instanceof LongColumn longs) {
      return f ->
          longs.isPresent(f.deal)
              ? BigDecimal.valueOf(longs.get(f.deal))
              : emptyDealCell(f, field, at);
    }
    DecimalColumn decimals = (DecimalColumn) column;
    boolean money =
        data.deals().schema().fields().get(index).type() == compass.data.ColumnType.MONEY;
    if (!money) {
      return f -> {
        BigDecimal v = decimals.get(f.deal);
        return v == null ? emptyDealCell(f, field, at) : v;
      };
    }
    return f -> {
      BigDecimal v = decimals.get(f.deal);
      if (v == null) return emptyDealCell(f, field, at);
      BigDecimal rate = data.fxRate(f.deal);
      if (rate != null && rate.compareTo(BigDecimal.ONE) != 0) v = v.multiply(rate);
      if (f.keep != BigDecimal.ONE && f.keep.compareTo(BigDecimal.ONE) != 0) v = v.multiply(f.keep);
      return shared && f.share != BigDecimal.ONE && f.share.compareTo(BigDecimal.ONE) != 0
          ? v.multiply(f.share)
          : v;
    };
  }

  /**
   * An empty cell of an optional number field that the plan needs (E0512). Under --keep-going the
   * row is noted and 0 stands in: the caller evaluates again without the row, which is rejected.
   */
  BigDecimal emptyDealCell(Frame f, String field, compass.source.Span at) {
    EmptyCells empty = data.emptyCells();
    if (empty == null)
      throw emptyCell(data.deals(), f.deal, field, at, data.rowNoun() + " " + data.dealId(f.deal));
    empty.add(f.deal, field, at);
    return BigDecimal.ZERO;
  }

  private Nodes.Num personNumber(int index, String field, compass.source.Span at) {
    Column column = data.people().column(index);
    if (column instanceof LongColumn longs) {
      return f -> {
        if (!longs.isPresent(f.person))
          throw emptyCell(data.people(), f.person, field, at, data.personId(f.person));
        return BigDecimal.valueOf(longs.get(f.person));
      };
    }
    DecimalColumn decimals = (DecimalColumn) column;
    return f -> {
      BigDecimal v = decimals.get(f.person);
      if (v == null) throw emptyCell(data.people(), f.person, field, at, data.personId(f.person));
      return v;
    };
  }

  /**
   * E0512 at run time, naming both ends: where the plan uses the field (the caret) and the data row
   * whose cell is empty (file, line and whose row it is).
   */
  static EvalError emptyCell(
      Table table, int row, String field, compass.source.Span at, String whose) {
    return new EvalError(
        Diagnostic.error(
                Code.E0512,
                at,
                "`"
                    + field
                    + "` is empty in "
                    + RowPlace.where(table, row, field)
                    + " ("
                    + whose
                    + "), but the plan needs its value here")
            .withHint(
                "fill in the cell, or run with --keep-going to skip such rows into the rejects file"));
  }

  private Nodes.Num arithmetic(Expr.Binary b) {
    if (compass.check.PayoutReads.isPayoutOf(b) && plan.symbolOf(b.left()) == null)
      return ComponentPayouts.node(compass.check.PayoutReads.title(b));
    Nodes.Num l = num(b.left()), r = num(b.right());
    return switch (b.op()) {
      case ADD -> f -> l.eval(f).add(r.eval(f));
      case SUBTRACT -> f -> l.eval(f).subtract(r.eval(f));
      case MULTIPLY, OF -> f -> Budget.checkSize(l.eval(f).multiply(r.eval(f)), f, b.span());
      case DIVIDE -> divide(b, l, r);
      case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL, AND, OR ->
          throw new IllegalStateException("not arithmetic: " + b.op());
    };
  }

  private Nodes.Num divide(Expr.Binary b, Nodes.Num l, Nodes.Num r) {
    boolean byQuota = b.right() instanceof Expr.Ref ref && ref.name().equals("quota");
    return f -> {
      BigDecimal divisor = r.eval(f);
      if (divisor.signum() == 0) throw divisionByZero(b, f, byQuota);
      return l.eval(f).divide(divisor, MC);
    };
  }

  static EvalError divisionByZero(Expr at, Frame f, boolean byQuota) {
    if (byQuota) {
      return new EvalError(
          Diagnostic.error(
                  Code.E0601,
                  at.span(),
                  "quota is 0 for " + f.where() + ", so attainment is undefined")
              .withHint("say what it should be, e.g. `when quota is 0 then attainment = 0%`"));
    }
    return new EvalError(
        Diagnostic.error(
                Code.E0602,
                at.span(),
                "division by zero for " + f.where() + ": `" + at.span().text() + "`")
            .withHint("guard it with `if ... then ... else ...`"));
  }

  /**
   * `250_000 per quarter` over a span: the value times the span's length in that unit. Money spread
   * from a longer unit over shorter pay periods is split as SEMANTICS 13a says: each period's part
   * rounded, the last part of the unit taking the remainder.
   */
  private Nodes.Num per(Expr.Per p) {
    Nodes.Num value = num(p.value());
    if (DaySpread.applies(p, plan)) return DaySpread.compile(p, value, plan, data);
    Frequency unit = p.unit() == null ? plan.frequency() : p.unit();
    int periodMonths = plan.frequency().months();
    BigDecimal unitMonths = BigDecimal.valueOf(unit.months());
    if (unit.months() > periodMonths
        && unit.months() % periodMonths == 0
        && plan.typeOf(p) == Type.MONEY) {
      int parts = unit.months() / periodMonths;
      return f -> {
        int from = f.from, to = f.to;
        BigDecimal sum = BigDecimal.ZERO;
        try {
          for (int k = from; k <= to; k++) {
            f.span(k, k);
            int position = (data.periods().get(k).index() - 1) % parts;
            sum =
                sum.add(
                    compass.value.Spread.evenly(
                            value.eval(f), parts, plan.currency(), plan.rounding())
                        .get(position));
          }
        } finally {
          f.span(from, to);
        }
        return sum;
      };
    }
    return f -> {
      long months = (long) (f.to - f.from + 1) * periodMonths;
      BigDecimal v = value.eval(f);
      if (months == unit.months()) return v;
      if (months % unit.months() == 0)
        return v.multiply(BigDecimal.valueOf(months / unit.months())); // exact, no division
      return v.multiply(BigDecimal.valueOf(months)).divide(unitMonths, MC);
    };
  }

  /** A built-in function: its node comes from the one table of functions (Builtin, Functions). */
  private Nodes.Num call(Expr.Call c) {
    return new Functions(this, plan, data).compile(c);
  }

  // ---- conditions ------------------------------------------------------------------------

  Nodes.Bool condition(Expr e) {
    if (plan.symbolOf(e) instanceof Symbol.Lookup l) return lookups.bool(l, e);
    if (e instanceof Expr.ValidOn v) return lookups.validOn(v);
    if (e instanceof Expr.FirstOf first) return FirstDeals.node(data, first);
    if (e instanceof Expr.BoolLit b) return f -> b.value();
    if (e instanceof Expr.Unary u) {
      Nodes.Bool inner = condition(u.operand());
      return f -> !inner.test(f);
    }
    if (e instanceof Expr.Binary b) {
      if (b.op() == Expr.BinaryOp.AND) {
        Nodes.Bool l = condition(b.left()), r = condition(b.right());
        return f -> l.test(f) && r.test(f);
      }
      if (b.op() == Expr.BinaryOp.OR) {
        Nodes.Bool l = condition(b.left()), r = condition(b.right());
        return f -> l.test(f) || r.test(f);
      }
      return compare(b.op(), b.left(), b.right());
    }
    if (e instanceof Expr.Is i) {
      Nodes.Bool eq = compare(Expr.BinaryOp.EQUAL, i.left(), i.right());
      return i.negated() ? f -> !eq.test(f) : eq;
    }
    if (e instanceof Expr.In i && !(i.right() instanceof Expr.PeriodLit))
      return new SetMembership(this, plan).compile(i);
    if (e instanceof Expr.DayWindow w) return DayWindows.compile(w, this);
    if (e instanceof Expr.In i) {
      Nodes.Day d = day(i.left());
      Period p = plan.calendar().parse(((Expr.PeriodLit) i.right()).label()).orElseThrow();
      int start = (int) p.start().toEpochDay(), end = (int) p.end().toEpochDay();
      Nodes.Bool in =
          f -> {
            int v = d.eval(f);
            return v != DateColumn.MISSING && v >= start && v <= end;
          };
      return i.negated() ? f -> !in.test(f) : in;
    }
    if (e instanceof Expr.If i) {
      Nodes.Bool c = condition(i.condition()),
          a = condition(i.then()),
          o = condition(i.otherwise());
      return f -> c.test(f) ? a.test(f) : o.test(f);
    }
    if (e instanceof Expr.Ref r) {
      Symbol s = plan.symbolOf(r);
      if (s instanceof Symbol.Definition d)
        return reached(defs.get(d.name()), condition(defs.get(d.name()).value()));
      Column column =
          s instanceof Symbol.DealField df
              ? data.deals().column(df.index())
              : data.people().column(((Symbol.PersonField) s).index());
      BoolColumn bools = (BoolColumn) column;
      return s instanceof Symbol.DealField ? f -> bools.get(f.deal) : f -> bools.get(f.person);
    }
    throw new IllegalStateException("not a condition: " + e.getClass().getSimpleName());
  }

  private Nodes.Bool compare(Expr.BinaryOp op, Expr left, Expr right) {
    Type t = plan.typeOf(left);
    if (t == Type.NUMBER || t == Type.MONEY || t == Type.PERCENT) {
      Nodes.Bool fast = integerFieldCompare(op, left, right);
      if (fast != null) return fast;
      Nodes.Num l = num(left), r = num(right);
      return f -> holds(op, l.eval(f).compareTo(r.eval(f)));
    }
    if (t == Type.DATE) {
      Nodes.Day l = day(left), r = day(right);
      return f -> {
        int a = l.eval(f), b = r.eval(f);
        return a != DateColumn.MISSING
            && b != DateColumn.MISSING
            && holds(op, Integer.compare(a, b));
      };
    }
    if (t == Type.STAGE) {
      Nodes.Ord l = ord(left), r = ord(right);
      // `stage is closed_won` decides whether each of millions of deals is credited: a plain
      // comparison of ordinals, with no switch over the operator per deal
      if (op == Expr.BinaryOp.EQUAL) return f -> l.eval(f) == r.eval(f);
      if (op == Expr.BinaryOp.NOT_EQUAL) return f -> l.eval(f) != r.eval(f);
      return f -> holds(op, Integer.compare(l.eval(f), r.eval(f)));
    }
    if (t == Type.BOOL) {
      Nodes.Bool l = condition(left), r = condition(right);
      return f -> holds(op, Boolean.compare(l.test(f), r.test(f)));
    }
    Nodes.Text l = text(left), r = text(right);
    if (CaseRules.ignoresCase(plan.symbolOf(left)) || CaseRules.ignoresCase(plan.symbolOf(right)))
      return f ->
          holds(op, Objects.equals(CaseRules.fold(l.eval(f)), CaseRules.fold(r.eval(f))) ? 0 : 1);
    return f -> holds(op, Objects.equals(l.eval(f), r.eval(f)) ? 0 : 1);
  }

  /**
   * `term_months >= 24`: an integer field of the deal against a whole number, without BigDecimal
   * (speed).
   */
  private Nodes.Bool integerFieldCompare(Expr.BinaryOp op, Expr left, Expr right) {
    if (!(plan.symbolOf(left) instanceof Symbol.DealField d)
        || !(right instanceof Expr.NumberLit n)
        || n.currency() != null) return null;
    if (!(data.deals().column(d.index()) instanceof LongColumn longs)) return null;
    long limit;
    try {
      limit = n.value().longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
    // one lambda per operator, so the per-deal test is one comparison (no switch per deal)
    return switch (op) {
      case LESS -> f -> longs.get(f.deal) < limit;
      case LESS_EQUAL -> f -> longs.get(f.deal) <= limit;
      case GREATER -> f -> longs.get(f.deal) > limit;
      case GREATER_EQUAL -> f -> longs.get(f.deal) >= limit;
      case EQUAL -> f -> longs.get(f.deal) == limit;
      case NOT_EQUAL -> f -> longs.get(f.deal) != limit;
      case ADD, SUBTRACT, MULTIPLY, DIVIDE, OF, AND, OR ->
          throw new IllegalStateException("not a comparison: " + op);
    };
  }

  private static boolean holds(Expr.BinaryOp op, int cmp) {
    return switch (op) {
      case LESS -> cmp < 0;
      case LESS_EQUAL -> cmp <= 0;
      case GREATER -> cmp > 0;
      case GREATER_EQUAL -> cmp >= 0;
      case EQUAL -> cmp == 0;
      case NOT_EQUAL -> cmp != 0;
      case ADD, SUBTRACT, MULTIPLY, DIVIDE, OF, AND, OR ->
          throw new IllegalStateException("not a comparison: " + op);
    };
  }

  // ---- dates, stages, text ------------------------------------------------------------------

  Nodes.Day day(Expr e) {
    if (plan.symbolOf(e) instanceof Symbol.Lookup l) return lookups.day(l, e);
    if (e instanceof Expr.DateLit d) {
      int v = (int) d.value().toEpochDay();
      return f -> v;
    }
    Symbol s = plan.symbolOf(e);
    if (s instanceof Symbol.DealField d) {
      DateColumn dates = (DateColumn) data.deals().column(d.index());
      return f -> dates.epochDay(f.deal);
    }
    if (s instanceof Symbol.PersonField p) {
      DateColumn dates = (DateColumn) data.people().column(p.index());
      return f -> dates.epochDay(f.person);
    }
    if (s instanceof Symbol.Definition d) {
      Decl.Definition def = defs.get(d.name());
      return reached(def, day(def.value()));
    }
    if (e instanceof Expr.If i) {
      Nodes.Bool c = condition(i.condition());
      Nodes.Day a = day(i.then()), o = day(i.otherwise());
      return f -> c.test(f) ? a.eval(f) : o.eval(f);
    }
    if (e instanceof Expr.Binary b && b.right() instanceof Expr.DurationLit d) {
      Nodes.Day base = day(b.left());
      long amount =
          b.op() == Expr.BinaryOp.SUBTRACT
              ? -d.amount().longValueExact()
              : d.amount().longValueExact();
      boolean months = d.unit().startsWith("month");
      boolean years = d.unit().startsWith("year");
      return f -> {
        int v = base.eval(f);
        if (v == DateColumn.MISSING) return v;
        java.time.LocalDate date = java.time.LocalDate.ofEpochDay(v);
        date =
            years
                ? date.plusYears(amount)
                : months ? date.plusMonths(amount) : date.plusDays(amount);
        return (int) date.toEpochDay();
      };
    }
    throw new IllegalStateException("not a date: " + e.span().text());
  }

  Nodes.Ord ord(Expr e) {
    Symbol s = plan.symbolOf(e);
    if (s instanceof Symbol.Lookup l) return lookups.ord(l, e);
    if (s instanceof Symbol.Stage st) {
      int v = st.ordinal();
      return f -> v;
    }
    if (s instanceof Symbol.DealField d) {
      EnumColumn stages = (EnumColumn) data.deals().column(d.index());
      return f -> stages.ordinal(f.deal);
    }
    if (s instanceof Symbol.Definition d) {
      Decl.Definition def = defs.get(d.name());
      return reached(def, ord(def.value()));
    }
    if (e instanceof Expr.If i) {
      Nodes.Bool c = condition(i.condition());
      Nodes.Ord a = ord(i.then()), o = ord(i.otherwise());
      return f -> c.test(f) ? a.eval(f) : o.eval(f);
    }
    throw new IllegalStateException("not a stage: " + e.span().text());
  }

  Nodes.Text text(Expr e) {
    if (e instanceof Expr.StringLit s) return f -> s.value();
    Symbol s = plan.symbolOf(e);
    if (s instanceof Symbol.Lookup l) return lookups.text(l, e);
    if (s instanceof Symbol.TextConstant t) return f -> t.text();
    if (s instanceof Symbol.DealField d) {
      TextColumn texts = (TextColumn) data.deals().column(d.index());
      return f -> texts.get(f.deal);
    }
    if (s instanceof Symbol.PersonField p) {
      TextColumn texts = (TextColumn) data.people().column(p.index());
      return f -> texts.get(f.person);
    }
    if (s instanceof Symbol.Definition d) {
      Decl.Definition def = defs.get(d.name());
      return reached(def, text(def.value()));
    }
    if (e instanceof Expr.If i) {
      Nodes.Bool c = condition(i.condition());
      Nodes.Text a = text(i.then()), o = text(i.otherwise());
      return f -> c.test(f) ? a.eval(f) : o.eval(f);
    }
    throw new IllegalStateException("not text: " + e.span().text());
  }
}
