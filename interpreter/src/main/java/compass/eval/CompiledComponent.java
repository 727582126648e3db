package compass.eval;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Step;
import compass.calendar.Frequency;
import compass.check.CheckedPlan;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One component, compiled: its roles, its source of pay and its modifiers in written order
 * (SEMANTICS 8). {@link #earn} evaluates it for one participant over one span.
 */
final class CompiledComponent {
  final Decl.Component ast;
  final Set<String> roles = new HashSet<>();
  private final TierTable tiers;

  /** Band tables replaced by `override tiers of ...`, with the override. */
  private final List<Decl.TiersOverride> tierOverrides = new ArrayList<>();

  private final List<TierTable> overridingTables = new ArrayList<>();
  private final PaySource pay;
  private final List<Modifier> modifiers = new ArrayList<>();
  private final Dataset data;
  private final boolean needsAttribution;

  /** Issue 15: what the component's pool granted each deal, set before every run; or null. */
  PoolShares poolShares;

  /** When earnings become payable (null: at once). */
  final PaySchedule schedule;

  /** A modifier step, compiled. {@code yearCap} marks `cap ... per year` (SEMANTICS 8). */
  private final java.util.Map<Step, SpanMeasures.Notes> spanNotes = new java.util.HashMap<>();

  private record Modifier(Step step, Nodes.Num amount, Nodes.Bool condition, boolean yearCap) {}

  CompiledComponent(Decl.Component ast, ExprCompiler compiler, CheckedPlan plan, Dataset data) {
    this.ast = ast;
    this.data = data;
    ast.roles().forEach(r -> roles.add(r.text()));
    Step source = ast.steps().get(0);
    this.tiers = source instanceof Step.Tiers t ? new TierTable(t, compiler, plan, data) : null;
    this.pay = source instanceof Step.Pay p ? new PaySource(p, compiler, data) : null;
    for (Decl.TiersOverride o : plan.ast().all(Decl.TiersOverride.class)) {
      if (!o.component().equals(ast.title()) || !(source instanceof Step.Tiers t)) continue;
      tierOverrides.add(o);
      overridingTables.add(new TierTable(o.applyTo(t), compiler, plan, data));
    }
    boolean attribution = false;
    PaySchedule sched = null;
    for (Step s : ast.steps().subList(1, ast.steps().size())) {
      if (s instanceof Step.Payout || s instanceof Step.Collected) {
        sched = new PaySchedule(s, compiler, data, compiler.fullMoney());
        attribution = true;
      }
      if (s instanceof Step.Cap c) {
        boolean year = c.limit() instanceof Expr.Per per && per.unit() == Frequency.YEAR;
        Expr limit = year ? ((Expr.Per) c.limit()).value() : c.limit();
        modifiers.add(new Modifier(s, compiler.num(limit), null, year));
      } else if (s instanceof Step.Floor fl) {
        modifiers.add(new Modifier(s, compiler.num(fl.minimum()), null, false));
      } else if (s instanceof Step.Gate g) {
        modifiers.add(new Modifier(s, null, compiler.condition(g.condition()), false));
        spanNotes.put(s, new SpanMeasures.Notes(g.condition(), compiler));
      } else if (s instanceof Step.Multiply m) {
        modifiers.add(
            new Modifier(
                s,
                compiler.num(m.factor()),
                m.filter() == null ? null : compiler.condition(m.filter()),
                false));
        attribution |= m.filter() != null;
      }
    }
    this.needsAttribution = attribution;
    this.schedule = sched;
    java.util.Map<String, Expr> definitions = new java.util.HashMap<>();
    for (Decl.Definition d : plan.definitions()) definitions.put(d.name().text(), d.value());
    this.payoutNotes =
        new ComponentPayouts.Notes(compass.check.PayoutReads.expressions(ast), definitions);
  }

  /** Issue 15: the payouts of other components this one reads, shown by explain. */
  private final ComponentPayouts.Notes payoutNotes;

  /** The component's `from pool ...` step, or null. */
  Step.Pool pool() {
    for (Step s : ast.steps()) if (s instanceof Step.Pool p) return p;
    return null;
  }

  boolean cumulative() {
    return ast.cumulative();
  }

  /** Whether its lines can be given per deal without rounding the sum differently. */
  boolean paysPerDealLines() {
    // issue 15: a multiplier keeps one line per deal; a cap, floor or gate gives one line
    return pay != null
        && pay.perDeal()
        && modifiers.stream().allMatch(m -> m.step() instanceof Step.Multiply)
        && !ast.cumulative();
  }

  /**
   * The note of a deal's line when the tiers are applied to another amount (`applied to
   * net_revenue`): the deal's part of that amount at the rate of the band reached; null otherwise.
   */
  String appliedDealShare() {
    if (tiers == null || tiers.appliedText() == null) return null;
    return "this deal's commission: its part of "
        + tiers.appliedText()
        + " at the rate of the band "
        + tiers.baseText()
        + " reached";
  }

  /** Whether the component pays on a tier table. */
  boolean tiered() {
    return tiers != null;
  }

  /** Whether each deal's share of its earnings is known (needed for clawbacks and schedules). */
  boolean attributable() {
    return tiers != null ? tiers.attributable() : pay.perDeal();
  }

  /**
   * Earnings over the frame's span, after the modifiers. {@code paidBefore} is what this component
   * already paid earlier in the year (for caps per year on non-cumulative components).
   */
  Outcome earn(Frame f, BigDecimal paidBefore, boolean attribute) {
    Outcome o = tiers != null ? tierOutcome(f, attribute || needsAttribution) : pay.evaluate(f);
    if (payoutNotes.any()) payoutNotes.record(f, o.trace); // before the gates that read them
    for (Modifier m : modifiers) apply(m, f, o, paidBefore);
    return o;
  }

  private void apply(Modifier m, Frame f, Outcome o, BigDecimal paidBefore) {
    Step s = m.step();
    if (s instanceof Step.Cap) {
      BigDecimal limit = m.yearCap() ? wholeYear(f, m.amount()) : m.amount().eval(f);
      BigDecimal room =
          m.yearCap() && !ast.cumulative()
              ? limit.subtract(paidBefore).max(BigDecimal.ZERO)
              : limit;
      if (o.value.compareTo(room) > 0) {
        if (o.trace.on()) {
          BigDecimal cut = o.value.subtract(room);
          o.trace.add(
              TraceStep.of(
                      Kind.CAP,
                      "cap "
                          + Fmt.money(limit)
                          + (m.yearCap() ? " per year" : "")
                          + ": "
                          + Fmt.money(cut)
                          + " cut")
                  .withAmount(cut.negate())
                  .withBasis(limit)
                  .withSpan(s.span()));
        }
        o.value = room;
        o.parts = null;
      }
    } else if (s instanceof Step.Floor) {
      BigDecimal floor = m.amount().eval(f);
      if (o.value.compareTo(floor) < 0) {
        if (o.trace.on()) {
          o.trace.add(
              TraceStep.of(
                      Kind.FLOOR,
                      "floor " + Fmt.money(floor) + ": raised from " + Fmt.money(o.value))
                  .withAmount(floor.subtract(o.value))
                  .withBasis(floor)
                  .withSpan(s.span()));
        }
        o.value = floor;
        o.parts = null;
      }
    } else if (s instanceof Step.Gate g) {
      spanNotes.get(s).record(f, o.trace); // issue 15: the spans a gate reads, with their dates
      if (!m.condition().test(f)) {
        if (o.trace.on()) {
          o.trace.add(
              TraceStep.of(
                      Kind.GATE, "gate `" + g.condition().span().text() + "` not met: nothing paid")
                  .withAmount(o.value.negate())
                  .withSpan(s.span()));
        }
        o.value = BigDecimal.ZERO;
        o.parts = null;
      }
    } else if (s instanceof Step.Multiply mul) {
      multiply(m, mul, f, o);
    }
  }

  /**
   * The tier outcome, with the participant's band table when an override replaces it: from its date
   * on, and prorated by days inside the period where it changes.
   */
  private Outcome tierOutcome(Frame f, boolean attribute) {
    return tierOutcome(f, attribute, null);
  }

  /**
   * The tier step alone as if its base were {@code base}: the payout before multipliers and caps,
   * computed by the same code as {@link #earn}, band table overrides included.
   */
  BigDecimal tierPayout(Frame f, BigDecimal base) {
    return tierOutcome(f, false, base).value;
  }

  /** The band table that pays this participant at the end of the frame's span. */
  TierTable tierTable(Frame f) {
    int chosen =
        TierOverrideChain.inForceOn(tierOverrides, tierChain(f), data.periods().get(f.to).end());
    return chosen < 0 ? tiers : overridingTables.get(chosen);
  }

  /** The participant's band-table overrides in date order; two on the same date are an error. */
  private List<Integer> tierChain(Frame f) {
    return TierOverrideChain.of(tierOverrides, ast.title(), data, f.person);
  }

  private Outcome tierOutcome(Frame f, boolean attribute, BigDecimal givenBase) {
    List<Integer> chain = tierChain(f);
    if (chain.isEmpty()) return tiers.evaluate(f, attribute, givenBase);
    compass.calendar.Period last = data.periods().get(f.to);
    List<TierOverrideChain.Segment> segments =
        TierOverrideChain.segments(tierOverrides, chain, last);
    if (segments.size() == 1)
      return evaluateWith(segments.get(0).override(), f, attribute, givenBase);
    // the tables change inside the last period: each weighted by the days it is in force
    BigDecimal days = BigDecimal.valueOf(last.days());
    BigDecimal weighted = BigDecimal.ZERO;
    List<Outcome> parts = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      TierOverrideChain.Segment seg = segments.get(i);
      boolean lastSegment = i == segments.size() - 1;
      Outcome part = evaluateWith(seg.override(), f, attribute && lastSegment, givenBase);
      parts.add(part);
      weighted = weighted.add(part.value.multiply(BigDecimal.valueOf(seg.days())));
    }
    Outcome mixed = new Outcome(weighted.divide(days, ExprCompiler.MC), data.tracer().fresh());
    if (mixed.trace.on()) {
      for (Outcome part : parts) mixed.trace.addAll(part.trace.steps());
      // one line per segment but the last (its days are the rest); all of them when chained
      int shown = segments.size() > 2 ? segments.size() : segments.size() - 1;
      for (int i = 0; i < shown; i++) {
        TierOverrideChain.Segment seg = segments.get(i);
        BigDecimal share = BigDecimal.valueOf(seg.days());
        Decl.TiersOverride o = seg.override() < 0 ? null : tierOverrides.get(seg.override());
        int next = i + 1 < segments.size() ? segments.get(i + 1).override() : seg.override();
        mixed.trace.add(
            TraceStep.of(
                    Kind.PRORATE,
                    "prorated: "
                        + share
                        + " of "
                        + days
                        + " days on "
                        + (o == null ? "the old bands" : "the bands from " + o.from()))
                .withAmount(mixed.value)
                .withRate(share.divide(days, ExprCompiler.MC))
                .withSpan(tierOverrides.get(next).span()));
      }
    }
    return mixed;
  }

  /** The tier outcome on the plan's bands (index -1) or an override's, naming the override. */
  private Outcome evaluateWith(int index, Frame f, boolean attribute, BigDecimal givenBase) {
    if (index < 0) return tiers.evaluate(f, attribute, givenBase);
    Decl.TiersOverride o = tierOverrides.get(index);
    Outcome replaced = overridingTables.get(index).evaluate(f, attribute, givenBase);
    if (replaced.trace.on()) {
      replaced.trace.add(
          TraceStep.of(
                  Kind.OVERRIDE,
                  "override tiers of \""
                      + ast.title()
                      + "\" for "
                      + o.who().text()
                      + (o.from() == null ? "" : " from " + o.from())
                      + " ("
                      + o.span().describe()
                      + ")")
              .withSpan(o.span()));
    }
    return replaced;
  }

  /** A value over the whole plan year (a cap per year is the year's cap, whatever the span). */
  private BigDecimal wholeYear(Frame f, Nodes.Num value) {
    int from = f.from, to = f.to;
    try {
      f.span(0, data.periodCount() - 1);
      return value.eval(f);
    } finally {
      f.span(from, to);
    }
  }

  /**
   * The words of a deal's part before any multiplier, when the part has no arithmetic of its own:
   * the pay clause's amount (`10% of amount`), or the tiers' share of the running total.
   */
  private String dealSentence() {
    if (pay != null) return ((Step.Pay) ast.steps().get(0)).amount().span().text();
    String applied = appliedDealShare();
    return applied != null ? applied : ComponentLines.DEAL_SHARE;
  }

  /** SEMANTICS 8: a kicker on the commission of the deals that match, or on the whole value. */
  private void multiply(Modifier m, Step.Multiply mul, Frame f, Outcome o) {
    if (mul.filter() == null) {
      BigDecimal factor = m.amount().eval(f);
      if (o.trace.on()) {
        o.trace.add(
            TraceStep.of(
                    Kind.MULTIPLIER,
                    "x " + Fmt.number(factor) + " (" + mul.factor().span().text() + ")")
                .withRate(factor)
                .withBasis(o.value)
                .withAmount(o.value.multiply(factor).subtract(o.value))
                .withSpan(mul.span()));
      }
      o.value = o.value.multiply(factor);
      if (o.parts != null) {
        if (o.trace.on() && !o.parts.isEmpty()) {
          DealNotes notes = new DealNotes(o, dealSentence(), pay != null);
          for (Outcome.DealAmount p : o.parts)
            notes.multiplied(p, factor, mul.factor().span().text(), null);
        }
        o.parts =
            o.parts.stream()
                .map(p -> new Outcome.DealAmount(p.pos(), p.amount().multiply(factor)))
                .toList();
      }
      return;
    }
    if (o.parts == null) return;
    int saved = f.pos;
    BigDecimal extra = BigDecimal.ZERO;
    List<Outcome.DealAmount> parts = new ArrayList<>();
    DealNotes notes = o.trace.on() ? new DealNotes(o, dealSentence(), pay != null) : null;
    try {
      for (Outcome.DealAmount p : o.parts) {
        f.enter(p.pos());
        BigDecimal amount = p.amount();
        if (m.condition().test(f)) {
          BigDecimal factor = m.amount().eval(f);
          BigDecimal raised = amount.multiply(factor);
          if (notes != null)
            notes.multiplied(p, factor, mul.factor().span().text(), mul.filter().span().text());
          extra = extra.add(raised.subtract(amount));
          amount = raised;
        } else if (notes != null) {
          notes.kept(p);
        }
        parts.add(new Outcome.DealAmount(p.pos(), amount));
      }
    } finally {
      f.leave(saved);
    }
    o.parts = parts;
    o.value = o.value.add(extra);
    if (o.trace.on()) {
      o.trace.add(
          TraceStep.of(
                  Kind.MULTIPLIER,
                  "multiplier "
                      + mul.factor().span().text()
                      + " where "
                      + mul.filter().span().text()
                      + ": +"
                      + Fmt.money(extra))
              .withAmount(extra)
              .withSpan(mul.span()));
    }
  }
}
