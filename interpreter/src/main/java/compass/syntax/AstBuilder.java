package compass.syntax;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Header;
import compass.ast.Named;
import compass.ast.Plan;
import compass.ast.Step;
import compass.ast.TestBlock;
import compass.calendar.Frequency;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.grammar.CompassLexer;
import compass.grammar.CompassParser.*;
import compass.source.SourceFile;
import compass.source.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds the AST from ANTLR's parse tree; literal values are decoded here. */
final class AstBuilder {
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private final SourceFile file;
  private final Diagnostics diags;

  AstBuilder(SourceFile file, Diagnostics diags) {
    this.file = file;
    this.diags = diags;
  }

  Plan plan(PlanFileContext ctx) {
    Header header = ctx.planHeader().isEmpty() ? null : header(ctx.planHeader(0));
    for (int i = 1; i < ctx.planHeader().size(); i++) {
      diags.error(
          Code.E0303,
          span(ctx.planHeader(i)),
          "the plan has two headers",
          "keep one `plan \"...\"` header");
    }
    List<Decl> decls = new ArrayList<>();
    for (DeclarationContext d : ctx.declaration()) {
      decls.add(declaration(d));
      // issue 14: `roll up ... through teams.manager` names the plan's reporting line
      if (d instanceof CreditDeclContext c && c.rollUp() != null && c.rollUp().lineTable != null)
        decls.add(
            new Decl.ReportingLine(
                named(c.rollUp().lineTable), named(c.rollUp().lineField), span(c.rollUp())));
    }
    return new Plan(file, header, decls);
  }

  // ---- header ----------------------------------------------------------------------------

  private Header header(PlanHeaderContext ctx) {
    Named currency = null, fiscal = null, frequency = null, rounding = null, adjustments = null;
    LocalDate from = null, to = null;
    Span effective = null;
    for (SettingContext s : ctx.setting()) {
      if (s instanceof CurrencySettingContext c) currency = named(c.code);
      else if (s instanceof FiscalYearSettingContext f) fiscal = named(f.month);
      else if (s instanceof PaysSettingContext p) frequency = words(p.frequency);
      else if (s instanceof RoundingSettingContext r) rounding = named(r.roundingMode);
      else if (s instanceof AdjustmentsSettingContext a) adjustments = words(a.timing);
      else if (s instanceof EffectiveSettingContext e) {
        from = date(e.from);
        to = date(e.to);
        effective = span(e);
      }
    }
    String version = ctx.version == null ? null : unquote(ctx.version.getText());
    return new Header(
        unquote(ctx.STRING_LIT().getText()),
        version,
        currency,
        fiscal,
        frequency,
        from,
        to,
        effective,
        rounding,
        adjustments,
        span(ctx));
  }

  // ---- declarations ----------------------------------------------------------------------

  private Decl declaration(DeclarationContext ctx) {
    if (ctx instanceof StagesDeclContext s) {
      List<Decl.WinRate> rates = new ArrayList<>();
      for (WinRateContext w : s.winRate()) {
        String text = w.rate.getText();
        BigDecimal pct = decimal(text.substring(0, text.length() - 1), span(w.rate));
        rates.add(new Decl.WinRate(named(w.stage), pct.movePointLeft(2), span(w)));
      }
      return new Decl.Stages(s.name().stream().map(this::named).toList(), rates, span(s));
    }
    if (ctx instanceof SlipDeclContext s) {
      List<Decl.SlipRange> ranges = new ArrayList<>();
      for (SlipContext r : s.slip())
        ranges.add(
            new Decl.SlipRange(
                r.stage == null ? null : named(r.stage),
                days(r.from),
                span(r.from),
                days(r.to),
                span(r.to),
                span(r)));
      return new Decl.Slip(ranges, span(s));
    }
    if (ctx instanceof InputDeclContext i) {
      List<Decl.Field> fields = new ArrayList<>();
      for (FieldContext f : i.inputBody().field()) {
        String column = f.column == null ? f.fieldName.getText() : unquote(f.column.getText());
        fields.add(
            new Decl.Field(
                named(f.fieldName),
                named(f.typeName),
                column,
                f.OPTIONAL() != null,
                f.IGNORING() != null,
                span(f)));
      }
      Named sheet = null, validFrom = null, validTo = null;
      List<Named> keys = new ArrayList<>();
      boolean keyOptional = false;
      for (InputOptionContext option : i.inputOption()) {
        if (option instanceof SheetOptionContext o) sheet = namedString(o.sheet);
        if (option instanceof KeyOptionContext o) o.name().forEach(n -> keys.add(named(n)));
        if (option instanceof KeyOptionContext o && o.OPTIONAL() != null) keyOptional = true;
        if (option instanceof ValidOptionContext o) {
          validFrom = named(o.validFrom);
          if (o.validTo != null) validTo = named(o.validTo);
        }
      }
      return new Decl.Input(
          named(i.table),
          unquote(i.file.getText()),
          span(i.file),
          sheet,
          List.copyOf(keys),
          validFrom,
          validTo,
          fields,
          span(i),
          keyOptional);
    }
    if (ctx instanceof CreditDeclContext c) return credit(c);
    if (ctx instanceof ConvertDeclContext c) {
      return new Decl.Convert(
          named(c.table),
          named(c.fx),
          c.currencyField == null ? null : named(c.currencyField),
          c.date == null ? null : named(c.date),
          span(c));
    }
    if (ctx instanceof PayInDeclContext p) {
      return new Decl.PayIn(
          named(p.currencyField), named(p.fx), p.lag == null ? null : expr(p.lag), span(p));
    }
    if (ctx instanceof ImportDeclContext i)
      return new Decl.Import(unquote(i.file.getText()), span(i));
    if (ctx instanceof ExtendsDeclContext e)
      return new Decl.Extends(unquote(e.file.getText()), span(e));
    if (ctx instanceof RampDeclContext r)
      return new Decl.Ramp(r.expr().stream().map(this::expr).toList(), span(r));
    if (ctx instanceof DrawDeclContext d) {
      return new Decl.Draw(
          expr(d.amount),
          d.drawKind().RECOVERABLE() != null,
          opt(d.recoveryCap),
          d.yearEnd != null && d.yearEnd.getType() == CompassLexer.FORGIVEN,
          roles(d.roleFilter()),
          d.ADVANCE() != null,
          span(d));
    }
    if (ctx instanceof ClawbackDeclContext c) return clawback(c);
    if (ctx instanceof TiersOverrideDeclContext t) {
      OverrideWhoContext who = t.overrideWho();
      Decl.OverrideScope scope =
          who.ROLE() != null
              ? Decl.OverrideScope.ROLE
              : who.TEAM() != null ? Decl.OverrideScope.TEAM : Decl.OverrideScope.PERSON;
      List<Step.Band> bands = new ArrayList<>();
      for (BandContext b : t.band()) {
        bands.add(band(b));
      }
      return new Decl.TiersOverride(
          unquote(t.title.getText()),
          span(t.title),
          scope,
          roleName(who.roleName()),
          t.from == null ? null : date(t.from),
          bands,
          span(t));
    }
    if (ctx instanceof OverrideDeclContext o) {
      OverrideWhoContext who = o.overrideWho();
      Decl.OverrideScope scope =
          who.ROLE() != null
              ? Decl.OverrideScope.ROLE
              : who.TEAM() != null ? Decl.OverrideScope.TEAM : Decl.OverrideScope.PERSON;
      return new Decl.Override(
          named(o.target),
          scope,
          roleName(who.roleName()),
          o.from == null ? null : date(o.from),
          expr(o.value),
          span(o));
    }
    if (ctx instanceof EveryoneDeclContext e) {
      return new Decl.Everyone(named(e.table), named(e.column), roleName(e.roleName()), span(e));
    }
    if (ctx instanceof WhenDeclContext w) {
      return new Decl.When(
          named(w.subject), expr(w.value), named(w.target), expr(w.replacement), span(w));
    }
    if (ctx instanceof BudgetDeclContext b) {
      return new Decl.Budget(
          named(b.budgeted),
          named(b.teamField),
          named(b.budgets),
          b.against == null ? null : primary(b.against),
          named(b.remainderRule),
          span(b));
    }
    if (ctx instanceof ComponentDeclContext c) return component(c);
    if (ctx instanceof TestDeclContext t) return test(t);
    if (ctx instanceof CurveDeclContext c) {
      return new Decl.Definition(named(c.defName), curve(c.curve()), span(c));
    }
    if (ctx instanceof DefinitionDeclContext d) {
      return new Decl.Definition(named(d.defName), expr(d.expr()), span(d));
    }
    throw new IllegalStateException("unknown declaration " + ctx.getClass().getSimpleName());
  }

  private Decl.Credit credit(CreditDeclContext c) {
    List<Decl.CreditTarget> targets = new ArrayList<>();
    boolean overlay = false;
    Named splits = null;
    if (c.creditTargets() instanceof FieldTargetsContext f) {
      for (CreditTargetContext t : f.creditTarget()) {
        targets.add(new Decl.CreditTarget(named(t.person), opt(t.share), span(t)));
      }
      overlay = f.OVERLAY() != null;
    } else if (c.creditTargets() instanceof TableTargetsContext t) {
      splits = named(t.splits);
    }
    Decl.RollUp rollUp =
        c.rollUp() == null
            ? Decl.RollUp.NONE
            : c.rollUp().ONE() != null ? Decl.RollUp.ONE_LEVEL : Decl.RollUp.ALL_LEVELS;
    return new Decl.Credit(
        named(c.table),
        opt(c.filter),
        targets,
        overlay,
        splits,
        c.date == null ? null : named(c.date),
        rollUp,
        c.alias == null ? null : named(c.alias),
        span(c));
  }

  /** What `per ...` names (a credit source's row); the checker resolves it. */
  private static Step.TierMode tierMode(TierModeContext m) {
    if (m == null) return null;
    return switch (m.getStart().getType()) {
      case CompassLexer.MARGINAL -> Step.TierMode.MARGINAL;
      case CompassLexer.RETROACTIVE -> Step.TierMode.RETROACTIVE;
      case CompassLexer.MIXED -> Step.TierMode.MIXED;
      default -> Step.TierMode.INTERPOLATED;
    };
  }

  /** A band, with the mode it states (`mixed` tiers) and its unit (`pay 250 per deal`). */
  private Step.Band band(BandContext b) {
    return new Step.Band(
        expr(b.lower),
        b.ABOVE() != null,
        b.upper == null ? null : expr(b.upper),
        expr(b.rate),
        span(b),
        tierMode(b.bandMode),
        rowUnit(b.unit));
  }

  private Named rowUnit(RowUnitContext u) {
    return u == null ? null : new Named(u.getText(), span(u));
  }

  private List<Named> roles(RoleFilterContext ctx) {
    List<Named> roles = new ArrayList<>();
    if (ctx != null) for (RoleNameContext n : ctx.roleName()) roles.add(roleName(n));
    return roles;
  }

  private Named roleName(RoleNameContext n) {
    String text = n.STRING_LIT() != null ? unquote(n.getText()) : n.getText();
    return new Named(text, span(n));
  }

  private Decl.Component component(ComponentDeclContext ctx) {
    List<Named> roles = new ArrayList<>();
    boolean cumulative = false;
    for (ComponentHeaderContext h : ctx.componentHeader()) {
      if (h instanceof RoleHeaderContext r) {
        roles.addAll(roles(r.roleFilter()));
      } else if (h instanceof CumulativeHeaderContext) {
        cumulative = true;
      }
    }
    List<Step> steps = new ArrayList<>();
    for (StepContext s : ctx.step()) steps.add(step(s));
    Token title = ctx.title;
    return new Decl.Component(
        unquote(title.getText()), span(title), roles, cumulative, steps, span(ctx));
  }

  // ---- tests ---------------------------------------------------------------------------

  private Decl.Test test(TestDeclContext ctx) {
    List<TestBlock.Table> tables = new ArrayList<>();
    List<TestBlock.Expect> expects = new ArrayList<>();
    for (TestClauseContext c : ctx.testClause()) {
      if (c instanceof RowsClauseContext r) {
        tables.add(
            new TestBlock.Table(
                named(r.table),
                r.testRow().stream().map(this::testRow).toList(),
                null,
                null,
                span(r)));
      } else if (c instanceof RowClauseContext r) {
        tables.add(
            new TestBlock.Table(
                named(r.table), List.of(testRow(r.testRow())), null, null, span(r)));
      } else if (c instanceof FileClauseContext f) {
        tables.add(
            new TestBlock.Table(
                named(f.table), List.of(), unquote(f.file.getText()), span(f.file), span(f)));
      } else if (c instanceof ExpectClauseContext e) {
        Expr subject = primary(e.subject);
        if (subject instanceof Expr.Call call) {
          expects.add(new TestBlock.Expect(call, expr(e.expected), span(e)));
        } else {
          diags.error(
              Code.E0801,
              subject.span(),
              "`expect` needs a value of a participant and period here",
              "write e.g. `expect payout(ann, 2027-Q1) = 10_100.00` or `expect attainment(ann, 2027-Q1) = 52%`");
        }
      }
    }
    return new Decl.Test(unquote(ctx.title.getText()), span(ctx.title), tables, expects, span(ctx));
  }

  private TestBlock.Row testRow(TestRowContext ctx) {
    List<TestBlock.Cell> cells = new ArrayList<>();
    for (TestCellContext c : ctx.testCell()) cells.add(testCell(c));
    return new TestBlock.Row(cells, span(ctx));
  }

  private TestBlock.Cell testCell(TestCellContext c) {
    Span s = span(c);
    String sign = c.MINUS() != null ? "-" : "";
    if (c.NUMBER_LIT() != null)
      return new TestBlock.Cell(
          sign + c.NUMBER_LIT().getText().replace("_", ""), TestBlock.CellKind.NUMBER, s);
    if (c.PERCENT_LIT() != null)
      return new TestBlock.Cell(
          sign + c.PERCENT_LIT().getText().replace("_", ""), TestBlock.CellKind.PERCENT, s);
    if (c.DATE_LIT() != null) {
      date(c.DATE_LIT().getSymbol()); // reports an impossible date such as 2027-02-30
      return new TestBlock.Cell(c.getText(), TestBlock.CellKind.DATE, s);
    }
    if (c.PERIOD_LIT() != null)
      return new TestBlock.Cell(c.getText(), TestBlock.CellKind.PERIOD, s);
    if (c.STRING_LIT() != null)
      return new TestBlock.Cell(unquote(c.getText()), TestBlock.CellKind.STRING, s);
    if (c.TRUE() != null || c.FALSE() != null)
      return new TestBlock.Cell(c.getText(), TestBlock.CellKind.BOOL, s);
    return new TestBlock.Cell(c.getText(), TestBlock.CellKind.NAME, s);
  }

  private Step step(StepContext ctx) {
    if (ctx instanceof TiersStepContext t) {
      Step.TierMode mode = tierMode(t.tierMode());
      Step.Straddle straddle = Step.Straddle.SPLIT;
      if (t.straddle != null) {
        switch (t.straddle.getText()) {
          case "split" -> straddle = Step.Straddle.SPLIT;
          case "start" -> straddle = Step.Straddle.START;
          case "end" -> straddle = Step.Straddle.END;
          default ->
              diags.error(
                  Code.E0406,
                  span(t.straddle),
                  "unknown straddle policy `" + t.straddle.getText() + "`",
                  "write `straddle split`, `straddle start` or `straddle end`");
        }
      }
      List<Step.Band> bands = new ArrayList<>();
      for (BandContext b : t.band()) {
        bands.add(band(b));
      }
      return new Step.Tiers(
          mode,
          expr(t.base),
          t.against == null ? null : expr(t.against),
          t.PER() != null,
          straddle,
          bands,
          rowUnit(t.rowUnit()),
          span(t),
          t.applied == null ? null : expr(t.applied));
    }
    if (ctx instanceof PayStepContext p) {
      return new Step.Pay(
          expr(p.amount),
          p.PER() != null,
          opt(p.filter),
          opt(p.condition),
          rowUnit(p.rowUnit()),
          span(p));
    }
    if (ctx instanceof CapStepContext c) return new Step.Cap(expr(c.limit), span(c));
    if (ctx instanceof FloorStepContext f) return new Step.Floor(expr(f.minimum), span(f));
    if (ctx instanceof GateStepContext g) return new Step.Gate(expr(g.condition), span(g));
    if (ctx instanceof MultiplyStepContext m)
      return new Step.Multiply(expr(m.factor), opt(m.filter), span(m));
    if (ctx instanceof PayoutStepContext p) {
      List<Step.PayoutPart> parts = new ArrayList<>();
      for (PayoutPartContext part : p.payoutPart())
        parts.add(new Step.PayoutPart(expr(part.share), expr(part.when), span(part)));
      return new Step.Payout(parts, span(p));
    }
    if (ctx instanceof CollectedStepContext c)
      return new Step.Collected(named(c.payments), span(c));
    if (ctx instanceof PoolStepContext p)
      return new Step.Pool(
          primary(p.amount), p.unit == null ? null : named(p.unit), named(p.order), span(p));
    throw new IllegalStateException("unknown step " + ctx.getClass().getSimpleName());
  }

  private Expr.Curve curve(CurveContext ctx) {
    List<Expr.Point> points = new ArrayList<>();
    for (CurvePointContext p : ctx.curvePoint())
      points.add(new Expr.Point(expr(p.x), expr(p.y), span(p)));
    return new Expr.Curve(expr(ctx.subject), ctx.EXTRAPOLATE() != null, points, span(ctx));
  }

  // ---- expressions -----------------------------------------------------------------------

  private Expr opt(ExprContext ctx) {
    return ctx == null ? null : expr(ctx);
  }

  /**
   * How deep an expression may be (a chain of 10,000 `+ 1` is 10,000 deep). Deeper, it is refused
   * here, whatever the thread's stack and the JIT's state, before the checker and the evaluator
   * recurse over it: E0104, not an overflow somewhere later.
   */
  static final int MAX_DEPTH = 1_000;

  private int depth;

  /** An expression deeper than {@link #MAX_DEPTH}; the parser reports it as E0104. */
  static final class TooDeep extends RuntimeException {
    TooDeep() {
      super(null, null, false, false);
    }
  }

  Expr expr(ExprContext ctx) {
    if (++depth > MAX_DEPTH) throw new TooDeep();
    try {
      return build(ctx);
    } finally {
      depth--;
    }
  }

  private Expr build(ExprContext ctx) {
    Span s = span(ctx);
    if (ctx instanceof PrimaryExprContext p) return primary(p.primary());
    if (ctx instanceof PerExprContext p)
      return new Expr.Per(expr(p.value), unit(p.unit), p.SPREAD() != null, s);
    if (ctx instanceof YearToDateExprContext y)
      return new Expr.OverSpan(expr(y.value), null, null, spanOf(y.YEAR().getSymbol(), y.stop), s);
    if (ctx instanceof TrailingExprContext t)
      return new Expr.OverSpan(
          expr(t.value),
          number(t.count),
          t.unit.getText(),
          spanOf(t.TRAILING().getSymbol(), t.stop),
          s);
    if (ctx instanceof NegateExprContext n) return negate(expr(n.operand), s);
    if (ctx instanceof NotExprContext n)
      return new Expr.Unary(Expr.UnaryOp.NOT, expr(n.operand), s);
    if (ctx instanceof MultiplyExprContext m) {
      Expr.BinaryOp op =
          m.op.getType() == CompassLexer.SLASH ? Expr.BinaryOp.DIVIDE : Expr.BinaryOp.MULTIPLY;
      return new Expr.Binary(op, expr(m.left), expr(m.right), s);
    }
    if (ctx instanceof OfExprContext o)
      return new Expr.Binary(Expr.BinaryOp.OF, expr(o.left), expr(o.right), s);
    if (ctx instanceof AddExprContext a) {
      MeasureTerms.requireParentheses(a, diags, this::span); // issue 15.8
      Expr.BinaryOp op =
          a.op.getType() == CompassLexer.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUBTRACT;
      return new Expr.Binary(op, expr(a.left), expr(a.right), s);
    }
    if (ctx instanceof CompareExprContext c) {
      Expr.BinaryOp op =
          switch (c.op.getType()) {
            case CompassLexer.LT -> Expr.BinaryOp.LESS;
            case CompassLexer.LE -> Expr.BinaryOp.LESS_EQUAL;
            case CompassLexer.GT -> Expr.BinaryOp.GREATER;
            case CompassLexer.GE -> Expr.BinaryOp.GREATER_EQUAL;
            case CompassLexer.EQ -> Expr.BinaryOp.EQUAL;
            default -> Expr.BinaryOp.NOT_EQUAL;
          };
      return new Expr.Binary(op, expr(c.left), expr(c.right), s);
    }
    if (ctx instanceof IsExprContext i)
      return new Expr.Is(expr(i.left), expr(i.right), i.NOT() != null, s);
    if (ctx instanceof InExprContext i)
      return new Expr.In(expr(i.left), ExprSets.inRight(i.right, this::expr), i.NOT() != null, s);
    if (ctx instanceof WithinExprContext w) {
      return new Expr.DayWindow(
          expr(w.left),
          BigDecimal.ONE,
          number(w.count),
          w.durationUnit().getText(),
          expr(w.start),
          false,
          spanOf(w.count, w.durationUnit().getStop()),
          s);
    }
    if (ctx instanceof DaysExprContext d) {
      return new Expr.DayWindow(
          expr(d.left),
          number(d.from),
          number(d.to),
          "days",
          expr(d.start),
          d.NOT() != null,
          spanOf(d.from, d.to),
          s);
    }
    if (ctx instanceof AndExprContext a)
      return new Expr.Binary(Expr.BinaryOp.AND, expr(a.left), expr(a.right), s);
    if (ctx instanceof OrExprContext o)
      return new Expr.Binary(Expr.BinaryOp.OR, expr(o.left), expr(o.right), s);
    if (ctx instanceof ValidOnExprContext v)
      return new Expr.ValidOn(named(v.table), expr(v.date), s);
    if (ctx instanceof IfExprContext i)
      return new Expr.If(expr(i.condition), expr(i.then), expr(i.otherwise), s);
    throw new IllegalStateException("unknown expression " + ctx.getClass().getSimpleName());
  }

  private static Expr negate(Expr operand, Span s) {
    if (operand instanceof Expr.NumberLit lit)
      return new Expr.NumberLit(lit.value().negate(), lit.currency(), s);
    if (operand instanceof Expr.PercentLit lit)
      return new Expr.PercentLit(lit.fraction().negate(), s);
    return new Expr.Unary(Expr.UnaryOp.NEGATE, operand, s);
  }

  /** What `sum of` / `average of` add up: one term, built as the same expression nodes. */
  private Expr measureValue(MeasureValueContext ctx) {
    Span s = span(ctx);
    if (ctx instanceof MeasurePrimaryContext p) return primary(p.primary());
    if (ctx instanceof MeasureNegateContext n) return negate(measureValue(n.operand), s);
    if (ctx instanceof MeasureMultiplyContext m) {
      Expr.BinaryOp op =
          m.op.getType() == CompassLexer.SLASH ? Expr.BinaryOp.DIVIDE : Expr.BinaryOp.MULTIPLY;
      return new Expr.Binary(op, measureValue(m.left), measureValue(m.right), s);
    }
    if (ctx instanceof MeasureOfContext o)
      return new Expr.Binary(Expr.BinaryOp.OF, measureValue(o.left), measureValue(o.right), s);
    if (ctx instanceof MeasureIfContext i)
      return new Expr.If(expr(i.condition), expr(i.then), measureValue(i.otherwise), s);
    throw new IllegalStateException("unknown measure value " + ctx.getClass().getSimpleName());
  }

  private Expr primary(PrimaryContext ctx) {
    Span s = span(ctx);
    if (ctx instanceof NumberLiteralContext n) {
      String code = n.currencyCode == null ? null : n.currencyCode.getText();
      return new Expr.NumberLit(number(n.NUMBER_LIT().getSymbol()), code, s);
    }
    if (ctx instanceof DurationLiteralContext d) {
      return new Expr.DurationLit(
          number(d.NUMBER_LIT().getSymbol()), d.durationUnit().getText(), s);
    }
    if (ctx instanceof PercentLiteralContext p) {
      String text = p.getText();
      BigDecimal pct = decimal(text.substring(0, text.length() - 1), s);
      return new Expr.PercentLit(pct.movePointLeft(2), s);
    }
    if (ctx instanceof DateLiteralContext d)
      return new Expr.DateLit(date(d.DATE_LIT().getSymbol()), s);
    if (ctx instanceof PeriodLiteralContext p) return new Expr.PeriodLit(p.getText(), s);
    if (ctx instanceof StringLiteralContext str)
      return new Expr.StringLit(unquote(str.getText()), s);
    if (ctx instanceof BoolLiteralContext b) return new Expr.BoolLit(b.TRUE() != null, s);
    if (ctx instanceof SumExprContext a) {
      return new Expr.Aggregate(Expr.AggregateKind.SUM, measureValue(a.value), opt(a.filter), s);
    }
    if (ctx instanceof CountExprContext c)
      return new Expr.Aggregate(Expr.AggregateKind.COUNT, null, opt(c.filter), named(c.source), s);
    if (ctx instanceof AverageExprContext a) {
      return new Expr.Aggregate(
          Expr.AggregateKind.AVERAGE, measureValue(a.value), opt(a.filter), s);
    }
    if (ctx instanceof TeamExprContext t) return new Expr.Team(named(t.member), s);
    if (ctx instanceof FirstOfExprContext fo)
      return new Expr.FirstOf(named(fo.row), named(fo.fieldName), s);
    if (ctx instanceof FullExprContext f) return new Expr.Full(named(f.fieldName), s);
    if (ctx instanceof LookupExprContext l) {
      return new Expr.Lookup(
          named(l.table), l.expr().stream().map(this::expr).toList(), named(l.fieldName), s);
    }
    if (ctx instanceof CallExprContext c) {
      return new Expr.Call(named(c.function), c.expr().stream().map(this::expr).toList(), s);
    }
    if (ctx instanceof FieldExprContext f)
      return new Expr.TableField(named(f.table), named(f.fieldName), s);
    if (ctx instanceof NameExprContext n) return new Expr.Ref(n.getText(), s);
    if (ctx instanceof ParenExprContext p) return expr(p.expr());
    if (ctx instanceof SetLiteralContext set)
      return new Expr.SetLit(set.expr().stream().map(this::expr).toList(), s);
    throw new IllegalStateException("unknown primary " + ctx.getClass().getSimpleName());
  }

  private static Frequency unit(PeriodUnitContext ctx) {
    return switch (ctx.getStart().getType()) {
      case CompassLexer.MONTH -> Frequency.MONTH;
      case CompassLexer.QUARTER -> Frequency.QUARTER;
      case CompassLexer.HALF -> Frequency.HALF;
      case CompassLexer.YEAR -> Frequency.YEAR;
      case CompassLexer.WEEK -> Frequency.WEEK;
      default -> null; // `per period`: the plan's own pay period, resolved by the checker
    };
  }

  // ---- literals and positions --------------------------------------------------------------

  private BigDecimal number(Token t) {
    return decimal(t.getText(), span(t));
  }

  /** A slip's bound of days, its sign included: `-5` is kept to be reported by the checker. */
  private BigDecimal days(SlipDaysContext d) {
    BigDecimal n = decimal(d.NUMBER_LIT().getText(), span(d));
    return d.MINUS() == null ? n : n.negate();
  }

  private BigDecimal decimal(String text, Span at) {
    String digits = text.replace("_", "");
    if (digits.replace(".", "").length() > 30) {
      // a hostile plan's literal may be megabytes long: the message shows its ends and its size
      String shown =
          text.length() <= 60
              ? "`" + text + "`"
              : "`"
                  + text.substring(0, 20)
                  + "..."
                  + text.substring(text.length() - 10)
                  + "` ("
                  + digits.replace(".", "").length()
                  + " digits)";
      diags.error(Code.E0103, at, "number " + shown + " is too long (more than 30 digits)", null);
      return BigDecimal.ZERO;
    }
    return new BigDecimal(digits);
  }

  private LocalDate date(Token t) {
    try {
      return LocalDate.parse(t.getText(), ISO_DATE);
    } catch (DateTimeParseException e) {
      diags.error(
          Code.E0103,
          span(t),
          "no such date `" + t.getText() + "`",
          "dates are written year-month-day, e.g. 2027-02-28");
      return null;
    }
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return text;
  }

  /** A quoted name (a sheet), without its quotes, spanning the whole literal. */
  private Named namedString(Token t) {
    return new Named(unquote(t.getText()), span(t));
  }

  /** Words written one after another (`every two weeks`), as one name joined by single spaces. */
  private Named words(PayFrequencyContext ctx) {
    return new Named(
        String.join(" ", ctx.name().stream().map(n -> n.getText()).toList()), span(ctx));
  }

  private Named named(ParserRuleContext ctx) {
    return new Named(ctx.getText(), span(ctx));
  }

  /** SEMANTICS 11: a clawback by cancellation or by leaving, with its rate or schedule. */
  private Decl.Clawback clawback(ClawbackDeclContext c) {
    Expr rate = null;
    if (c.rate != null) {
      Span s = span(c.rate);
      String text = c.rate.getText();
      rate =
          new Expr.PercentLit(decimal(text.substring(0, text.length() - 1), s).movePointLeft(2), s);
    }
    List<Decl.ClawbackBand> schedule = new ArrayList<>();
    for (ClawbackBandContext b : c.clawbackBand())
      schedule.add(new Decl.ClawbackBand(expr(b.lower), opt(b.upper), expr(b.share), span(b)));
    return new Decl.Clawback(
        rate,
        opt(c.window),
        c.LEAVING() != null,
        named(c.date),
        c.term == null ? null : named(c.term),
        opt(c.filter),
        List.copyOf(schedule),
        span(c));
  }

  private Span span(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop();
    int end =
        stop == null || stop.getStopIndex() < start.getStartIndex()
            ? start.getStopIndex() + 1
            : stop.getStopIndex() + 1;
    // a rule ending in NEWLINE/DEDENT: trim the zero-width layout tokens and the line break
    String text = file.text();
    while (end > start.getStartIndex()
        && end <= text.length()
        && Character.isWhitespace(text.charAt(end - 1))) end--;
    return new Span(file, start.getStartIndex(), Math.max(end, start.getStartIndex()));
  }

  private Span spanOf(Token from, Token to) {
    return new Span(file, from.getStartIndex(), to.getStopIndex() + 1);
  }

  private Span span(Token t) {
    return new Span(file, t.getStartIndex(), t.getStopIndex() + 1);
  }
}
