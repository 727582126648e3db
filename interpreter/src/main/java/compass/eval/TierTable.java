package compass.eval;

import compass.ast.Decl;
import compass.ast.Step;
import compass.check.CheckedPlan;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled tier table (SEMANTICS 5): bands with lower bounds inclusive (exclusive for {@code
 * above}) and upper bounds exclusive, applied marginally, retroactively or interpolated, with
 * percent bounds read against the quota. Attributes commission to deals in crediting order.
 */
final class TierTable {
  private final Step.Tiers ast;
  private final Nodes.Num base;
  private final Nodes.Num against;
  private final boolean percentBounds;
  private final Nodes.Num[] lowers;
  private final Nodes.Num[] uppers;
  private final Nodes.Num[] pays;
  private final boolean[] rateBands;
  private final Measures.Contribution contribution;
  private final Nodes.Num zeroQuotaPosition;
  private final Dataset data;

  /** `applied to AMOUNT`: the base only chooses the band, its rate is paid on this (or null). */
  private final Nodes.Num appliedTo;

  /** Whether the base is itself a percent (`on attainment`): its bounds are read as they are. */
  private final boolean onPercent;

  /**
   * Each band's mode: the table's, or in a `mixed` table the band's own (issue 15, SEMANTICS 5).
   */
  private final Step.TierMode[] modes;

  /**
   * Bands paying an amount per unit of a count (`pay 250 per deal`): their bounds are deal numbers,
   * read as counts one below (the 4th deal is the count from 3 to 4), and their amounts as rates.
   */
  private final boolean perUnit;

  /** Notes of tables with a mode per band or an amount per unit (null for the others). */
  private final BandNotes notes;

  /** Bounds in base units for one evaluation. */
  private record Bands(BigDecimal[] lo, BigDecimal[] hi, BigDecimal[] pay, BigDecimal scale) {}

  TierTable(Step.Tiers ast, ExprCompiler compiler, CheckedPlan plan, Dataset data) {
    this.ast = ast;
    this.data = data;
    this.base = compiler.num(ast.base());
    int n = ast.bands().size();
    lowers = new Nodes.Num[n];
    uppers = new Nodes.Num[n];
    pays = new Nodes.Num[n];
    rateBands = new boolean[n];
    modes = new Step.TierMode[n];
    this.perUnit = ast.bands().stream().anyMatch(b -> b.perUnit() != null);
    boolean percent = false;
    for (int i = 0; i < n; i++) {
      Step.Band b = ast.bands().get(i);
      lowers[i] = compiler.num(b.lower());
      uppers[i] = b.upper() == null ? null : compiler.num(b.upper());
      pays[i] = compiler.num(b.pays());
      rateBands[i] = perUnit || plan.typeOf(b.pays()) == Type.PERCENT;
      modes[i] = ast.mode() == Step.TierMode.MIXED ? b.mode() : ast.mode();
      percent |= plan.typeOf(b.lower()) == Type.PERCENT;
    }
    // on a percent (`on attainment`), percent bounds are read as they are, not against the quota
    this.onPercent = plan.typeOf(ast.base()) == Type.PERCENT;
    this.percentBounds = percent && !onPercent;
    percent = percentBounds;
    this.against =
        !percent
            ? null
            : ast.against() != null
                ? compiler.num(ast.against())
                : compiler.definitionNode("quota");
    this.appliedTo = ast.appliedTo() == null ? null : compiler.num(ast.appliedTo());
    // per-deal lines follow the amount that is paid on: the base, or what the table is applied to
    this.contribution =
        compiler
            .measures()
            .contribution(ast.appliedTo() == null ? ast.base() : ast.appliedTo(), plan);
    Decl.When zero =
        plan.ast().all(Decl.When.class).stream()
            .filter(w -> w.subject().text().equals("quota"))
            .findFirst()
            .orElse(null);
    this.zeroQuotaPosition = zero == null ? null : compiler.num(zero.replacement());
    this.notes =
        ast.mode() == Step.TierMode.MIXED || perUnit
            ? new BandNotes(ast, perUnit, plan.frequency())
            : null;
  }

  boolean attributable() {
    return contribution != null;
  }

  Outcome evaluate(Frame f, boolean attribute) {
    return evaluate(f, attribute, null);
  }

  /**
   * The tier step's outcome; with {@code givenBase} not null, as if the base were that amount (the
   * REPL's `plot curve` samples this): no deal is attributed then, since none made it.
   */
  Outcome evaluate(Frame f, boolean attribute, BigDecimal givenBase) {
    boolean hypothetical = givenBase != null;
    if (hypothetical) attribute = false;
    BigDecimal x = hypothetical ? givenBase : base.eval(f);
    if (appliedTo != null && !(x.signum() == 0 && percentBounds && against.eval(f).signum() == 0))
      return applied(f, x, attribute, hypothetical);
    if (x.signum() == 0 && percentBounds && against.eval(f).signum() == 0) {
      Outcome none =
          new Outcome(
              BigDecimal.ZERO,
              data.tracer().fresh()); // nothing to pay on: a zero quota does not matter
      if (none.trace.on()) {
        none.trace.add(
            TraceStep.of(Kind.TIERS, "no " + ast.base().span().text() + " and no quota")
                .withAmount(BigDecimal.ZERO)
                .withBasis(x)
                .withSpan(ast.span()));
      }
      if (attribute && contribution != null) none.parts = List.of();
      return none;
    }
    Bands bands = bands(f);
    boolean byDeal = ast.perDeal() || ast.straddle() != Step.Straddle.SPLIT;
    Outcome out;
    if (bands
        == null) { // zero quota with a `when quota is 0` rule: one position for the whole base
      BigDecimal position = zeroQuotaPosition.eval(f);
      int band = bandAtPosition(f, position);
      if (band >= 0 && data.coverage() != null) data.coverage().reach(ast.bands().get(band));
      BigDecimal pay = band < 0 ? BigDecimal.ZERO : pays[band].eval(f);
      out =
          new Outcome(
              band < 0 ? BigDecimal.ZERO : rateBands[band] ? x.multiply(pay) : pay,
              data.tracer().fresh());
      if (out.trace.on()) {
        out.trace.add(
            TraceStep.of(
                    Kind.ZERO_QUOTA,
                    "quota is 0: attainment taken as "
                        + Fmt.percent(position)
                        + " by the `when quota is 0` rule")
                .withAmount(out.value)
                .withRate(band >= 0 && rateBands[band] ? pay : null)
                .withBasis(x)
                .withSpan(ast.span()));
      }
      return out;
    }
    if (data.coverage() != null && !hypothetical) reachBands(bands, x);
    if (byDeal && (contribution == null || hypothetical)) byDeal = false;
    if (byDeal || (attribute && contribution != null)) {
      out = attributed(f, bands, byDeal);
      if (!byDeal) out.value = apply(bands, x);
    } else {
      out = new Outcome(apply(bands, x), data.tracer().fresh());
    }
    if (out.trace.on()) out.trace.add(describe(bands, x, out.value));
    return out;
  }

  /**
   * `retroactive tiers on attainment applied to base_salary`: the band that contains the base sets
   * one rate, paid on the other amount. Each deal's line (when that amount is a sum of deals) is
   * its part of the amount at that rate, so the lines add up to the whole without rounding.
   */
  private Outcome applied(Frame f, BigDecimal x, boolean attribute, boolean hypothetical) {
    Bands bands = bands(f);
    BigDecimal position = bands == null ? zeroQuotaPosition.eval(f) : null;
    int band = bands == null ? bandAtPosition(f, position) : bandOf(bands, x);
    BigDecimal rate = band < 0 ? BigDecimal.ZERO : pays[band].eval(f);
    if (band >= 0 && data.coverage() != null && !hypothetical)
      data.coverage().reach(ast.bands().get(band));
    BigDecimal amount = appliedTo.eval(f);
    Outcome out = new Outcome(amount.multiply(rate), data.tracer().fresh());
    if (attribute && contribution != null) {
      List<Outcome.DealAmount> parts = new ArrayList<>();
      int saved = f.pos;
      try {
        for (int i = f.first(), end = f.end(); i < end; i++) {
          if (!f.enter(i)) continue;
          BigDecimal c = contribution.of(f);
          if (c.signum() != 0) parts.add(new Outcome.DealAmount(i, c.multiply(rate)));
        }
      } finally {
        f.leave(saved);
      }
      out.parts = parts;
    }
    if (out.trace.on())
      out.trace.add(
          AppliedRateNote.of(
              ast,
              onPercent,
              percentBounds && bands != null ? bands.scale() : null,
              x,
              position,
              band,
              rate,
              amount,
              out.value));
    return out;
  }

  private Outcome attributed(Frame f, Bands bands, boolean byDeal) {
    List<Outcome.DealAmount> parts = new ArrayList<>();
    Outcome out = new Outcome(BigDecimal.ZERO, data.tracer().fresh());
    // each deal's own arithmetic, when it is not the running total's difference (issue 15)
    java.util.Map<Integer, String> dealNotes = out.trace.on() ? new java.util.HashMap<>() : null;
    BigDecimal running = BigDecimal.ZERO, total = BigDecimal.ZERO;
    int saved = f.pos;
    try {
      for (int i = f.first(), end = f.end(); i < end; i++) {
        if (!f.enter(i)) continue;
        BigDecimal c = contribution.of(f);
        if (c.signum() == 0) continue;
        BigDecimal after = running.add(c);
        BigDecimal amount;
        if (ast.perDeal()) {
          amount = apply(bands, c); // each deal alone starts in the first band
        } else {
          amount =
              switch (ast.straddle()) {
                case SPLIT -> apply(bands, after).subtract(apply(bands, running));
                case START ->
                    rateAt(bands, running).multiply(c); // whole deal at the band where it starts
                case END ->
                    rateAt(bands, after).multiply(c); // whole deal at the band where it ends
              };
        }
        parts.add(new Outcome.DealAmount(i, amount));
        if (dealNotes != null) {
          String note = dealNote(f, bands, running, after, c, amount); // mixed or per-unit tables
          if (note == null && byDeal) note = dealArithmetic(bands, running, c, amount);
          if (note != null) dealNotes.put(i, note);
        }
        total = total.add(amount);
        running = after;
      }
    } finally {
      f.leave(saved);
    }
    out.value = total;
    out.parts = parts;
    if (dealNotes != null && !dealNotes.isEmpty()) out.dealNotes = dealNotes;
    return out;
  }

  /**
   * The note of one deal's line in a table with a mode per band or an amount per unit, saying what
   * was computed for it; null for other tables (their lines share one note) or when untraced.
   */
  private String dealNote(
      Frame f, Bands b, BigDecimal running, BigDecimal after, BigDecimal c, BigDecimal amount) {
    if (notes == null || !data.tracer().on()) return null;
    if (ast.perDeal()) return notes.alone(pieces(b, c), amount); // each deal alone
    return switch (ast.straddle()) {
      case SPLIT -> notes.deal(f, running, pieces(b, running), after, pieces(b, after), amount);
      case START ->
          notes.whole(
              "at the band where it starts", c, bandOf(b, running), rateAt(b, running), amount);
      case END ->
          notes.whole("at the band where it ends", c, bandOf(b, after), rateAt(b, after), amount);
    };
  }

  /**
   * Issue 15: what one deal's line computed, in numbers, when it is not the running total's
   * difference: "20,000.00 x 15% (straddle end: the whole deal at the band where it ends) =
   * 3,000.00", or the tiers on the deal alone.
   */
  private String dealArithmetic(Bands b, BigDecimal before, BigDecimal c, BigDecimal amount) {
    if (ast.perDeal()) {
      List<String> terms = terms(b, c);
      return "this deal alone: "
          + ast.mode().name().toLowerCase(java.util.Locale.ROOT)
          + " tiers on "
          + Fmt.money(c)
          + ": "
          + (terms.isEmpty() ? "" : String.join(" + ", terms) + " = ")
          + Fmt.money(amount);
    }
    boolean end = ast.straddle() == Step.Straddle.END;
    BigDecimal position = end ? before.add(c) : before;
    int band = bandOf(b, position);
    String rate = band < 0 || !rateBands[band] ? "0%" : Fmt.percent(b.pay[band]);
    return Fmt.money(c)
        + " x "
        + rate
        + (end
            ? " (straddle end: the whole deal at the band where it ends"
            : " (straddle start: the whole deal at the band where it starts")
        + ") = "
        + Fmt.money(amount);
  }

  /**
   * The arithmetic of the tier function on one base, term by term: each band's slice at its rate
   * (marginal), the whole base at one band's rate (retroactive), the bands' amounts (interpolated).
   */
  private List<String> terms(Bands b, BigDecimal x) {
    List<String> terms = new ArrayList<>();
    switch (ast.mode()) {
      case MARGINAL -> {
        for (int i = 0; i < b.lo.length && x.compareTo(b.lo[i]) > 0; i++) {
          BigDecimal top = b.hi[i] == null ? x : x.min(b.hi[i]);
          terms.add(
              Fmt.money(top.subtract(b.lo[i]))
                  + " x "
                  + (rateBands[i] ? Fmt.percent(b.pay[i]) : Fmt.number(b.pay[i])));
        }
      }
      case RETROACTIVE -> {
        int band = bandOf(b, x);
        if (band >= 0)
          terms.add(
              rateBands[band]
                  ? Fmt.money(x) + " x " + Fmt.percent(b.pay[band])
                  : Fmt.money(b.pay[band]));
      }
      case INTERPOLATED -> {}
    }
    return terms;
  }

  /**
   * The amount percent bounds are read against (the quota), or null when the bounds are amounts.
   */
  BigDecimal against(Frame f) {
    return percentBounds ? against.eval(f) : null;
  }

  /** Where each band starts, as the plan writes it (a fraction of the quota for percent bounds). */
  List<BigDecimal> bandStarts(Frame f) {
    List<BigDecimal> starts = new ArrayList<>();
    for (Nodes.Num lower : lowers) starts.add(lower.eval(f));
    return starts;
  }

  /**
   * The expression the tiers are on, as written (`bookings`), and what percent bounds are read
   * against.
   */
  String baseText() {
    return ast.base().span().text();
  }

  /** What the table is applied to, as written (`net_revenue`), or null when it pays on its base. */
  String appliedText() {
    return ast.appliedTo() == null ? null : ast.appliedTo().span().text();
  }

  String againstText() {
    return ast.against() == null ? "quota" : ast.against().span().text();
  }

  BigDecimal base(Frame f) {
    return base.eval(f);
  }

  private Bands bands(Frame f) {
    int n = lowers.length;
    BigDecimal scale = BigDecimal.ONE;
    if (percentBounds) {
      scale = against.eval(f);
      if (scale.signum() == 0) {
        if (zeroQuotaPosition != null) return null;
        throw ExprCompiler.divisionByZero(ast.base(), f, true);
      }
    }
    BigDecimal[] lo = new BigDecimal[n], hi = new BigDecimal[n], pay = new BigDecimal[n];
    // per unit: the band from deal 4 holds the count from 3 up (issue 15)
    BigDecimal shift = perUnit ? BigDecimal.ONE : BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      lo[i] = lowers[i].eval(f).multiply(scale).subtract(shift);
      pay[i] = pays[i].eval(f);
    }
    for (int i = 0; i < n; i++) {
      hi[i] =
          uppers[i] != null
              ? uppers[i].eval(f).multiply(scale).subtract(shift)
              : i + 1 < n ? lo[i + 1] : null;
    }
    return new Bands(lo, hi, pay, scale);
  }

  /**
   * compass test --coverage: the bands the base got into (a retroactive table: the one that pays).
   */
  private void reachBands(Bands b, BigDecimal x) {
    boolean onlyThePayingBand =
        switch (ast.mode()) {
          case RETROACTIVE -> true;
          case MARGINAL, INTERPOLATED, MIXED -> false;
        };
    if (onlyThePayingBand) {
      int band = bandOf(b, x);
      if (band >= 0) data.coverage().reach(ast.bands().get(band));
      return;
    }
    for (int i = 0; i < b.lo.length; i++) {
      if (x.compareTo(b.lo[i]) > 0 || (i == 0 && x.signum() >= 0 && x.compareTo(b.lo[i]) == 0)) {
        data.coverage().reach(ast.bands().get(i));
      }
    }
  }

  /** The tier function of a base amount. */
  private BigDecimal apply(Bands b, BigDecimal x) {
    return switch (ast.mode()) {
      case MARGINAL -> marginal(b, x);
      case RETROACTIVE -> retroactive(b, x);
      case INTERPOLATED -> interpolated(b, x);
      case MIXED -> BandPieces.sum(pieces(b, x));
    };
  }

  /** What each band pays for the base x (marginal, retroactive or mixed bands). */
  private List<BandPieces.Piece> pieces(Bands b, BigDecimal x) {
    return BandPieces.of(b.lo, b.hi, b.pay, modes, x, bandOf(b, x));
  }

  /** SEMANTICS 5: each band's rate on the part of the base inside it. */
  private static BigDecimal marginal(Bands b, BigDecimal x) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < b.lo.length; i++) {
      if (x.compareTo(b.lo[i]) <= 0) break;
      BigDecimal top = b.hi[i] == null ? x : x.min(b.hi[i]);
      total = total.add(top.subtract(b.lo[i]).multiply(b.pay[i]));
    }
    return total;
  }

  /** SEMANTICS 5: the band containing the whole base sets one rate (or amount) for all of it. */
  private BigDecimal retroactive(Bands b, BigDecimal x) {
    int band = bandOf(b, x);
    if (band < 0) return BigDecimal.ZERO;
    return rateBands[band] ? x.multiply(b.pay[band]) : b.pay[band];
  }

  /** SEMANTICS 5: full amounts of the bands passed, plus the current band's amount prorated. */
  private static BigDecimal interpolated(Bands b, BigDecimal x) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < b.lo.length; i++) {
      if (x.compareTo(b.lo[i]) <= 0) break;
      if (b.hi[i] == null || x.compareTo(b.hi[i]) >= 0) {
        total = total.add(b.pay[i]);
      } else {
        BigDecimal share = x.subtract(b.lo[i]).divide(b.hi[i].subtract(b.lo[i]), ExprCompiler.MC);
        total = total.add(share.multiply(b.pay[i]));
      }
    }
    return total;
  }

  private BigDecimal rateAt(Bands b, BigDecimal position) {
    int band = bandOf(b, position);
    return band < 0 || !rateBands[band] ? BigDecimal.ZERO : b.pay[band];
  }

  /**
   * The band containing x: lower bound in (unless `above`), upper bound out; -1 below the first.
   */
  private int bandOf(Bands b, BigDecimal x) {
    int found = -1;
    for (int i = 0; i < b.lo.length; i++) {
      int c = x.compareTo(b.lo[i]);
      // per unit, a count above the band's start (one below its first deal) is in it
      boolean exclusive = perUnit || ast.bands().get(i).exclusive();
      if (c > 0 || (c == 0 && !exclusive)) found = i;
    }
    return found;
  }

  private int bandAtPosition(Frame f, BigDecimal position) {
    BigDecimal[] lo = new BigDecimal[lowers.length];
    for (int i = 0; i < lo.length; i++) lo[i] = lowers[i].eval(f);
    return bandOf(
        new Bands(lo, new BigDecimal[lo.length], new BigDecimal[lo.length], BigDecimal.ONE),
        position);
  }

  /**
   * The step of a tier table: "marginal tiers on bookings 130,000.00 against quota 100,000.00:
   * 100,000.00 x 5% + 30,000.00 x 8% = 7,400.00", with the base, what percent bounds are read
   * against, and each band that paid (its slice of the base, its rate, its amount) as children.
   */
  private TraceStep describe(Bands b, BigDecimal x, BigDecimal result) {
    StringBuilder s =
        new StringBuilder(ast.mode().name().toLowerCase(java.util.Locale.ROOT))
            .append(" tiers on ")
            .append(ast.base().span().text())
            .append(' ')
            .append(notes != null ? notes.base(x) : Fmt.money(x));
    List<TraceStep> children = new ArrayList<>();
    children.add(
        TraceStep.of(Kind.BASE, ast.base().span().text())
            .withAmount(x)
            .withSpan(ast.base().span()));
    if (percentBounds) {
      String against = ast.against() == null ? "quota" : ast.against().span().text();
      s.append(" against ").append(against).append(' ').append(Fmt.money(b.scale()));
      children.add(
          TraceStep.of(Kind.AGAINST, against)
              .withAmount(b.scale())
              .withSpan(ast.against() == null ? null : ast.against().span()));
    }
    s.append(": ");
    List<String> terms = new ArrayList<>();
    if (notes != null && ast.mode() != Step.TierMode.INTERPOLATED) {
      for (BandPieces.Piece p : pieces(b, x)) {
        String term = notes.term(p);
        terms.add(term);
        children.add(band(p.band(), term, p.slice(), p.rate(), p.amount()));
      }
    } else if (ast.mode() == Step.TierMode.MARGINAL
        && !ast.perDeal()
        && ast.straddle() == Step.Straddle.SPLIT) {
      for (int i = 0; i < b.lo.length && x.compareTo(b.lo[i]) > 0; i++) {
        BigDecimal top = b.hi[i] == null ? x : x.min(b.hi[i]);
        BigDecimal slice = top.subtract(b.lo[i]);
        String term = Fmt.money(slice) + " x " + Fmt.percent(b.pay[i]);
        terms.add(term);
        children.add(band(i, term, slice, b.pay[i], slice.multiply(b.pay[i])));
      }
    } else if (ast.mode() == Step.TierMode.RETROACTIVE) {
      int band = bandOf(b, x);
      if (band >= 0) {
        String term =
            rateBands[band]
                ? Fmt.money(x)
                    + " x "
                    + Fmt.percent(b.pay[band])
                    + " (band from "
                    + ast.bands().get(band).lower().span().text()
                    + ")"
                : Fmt.money(b.pay[band]);
        terms.add(term);
        children.add(
            band(
                band,
                term,
                x,
                rateBands[band] ? b.pay[band] : null,
                rateBands[band] ? x.multiply(b.pay[band]) : b.pay[band]));
      }
    }
    if (terms.isEmpty() && (ast.perDeal() || ast.straddle() != Step.Straddle.SPLIT)) {
      terms.add(
          ast.perDeal()
              ? "each deal alone"
              : "each deal at the band where it "
                  + (ast.straddle() == Step.Straddle.START ? "starts" : "ends"));
    }
    if (!terms.isEmpty()) s.append(String.join(" + ", terms)).append(" = ");
    s.append(Fmt.money(result));
    return TraceStep.of(Kind.TIERS, s.toString())
        .withAmount(result)
        .withBasis(x)
        .withSpan(ast.span())
        .withChildren(children);
  }

  /**
   * One band that paid: the slice of the base inside it, its rate (null for an amount band), what
   * it paid; its span is the band's lower bound, which names the band.
   */
  TraceStep band(int i, String term, BigDecimal slice, BigDecimal rate, BigDecimal amount) {
    return TraceStep.of(Kind.BAND, term)
        .withBasis(slice)
        .withRate(rate)
        .withAmount(amount)
        .withSpan(ast.bands().get(i).lower().span());
  }
}
