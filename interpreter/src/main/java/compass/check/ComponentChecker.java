package compass.check;

import compass.ast.Decl;
import compass.ast.Step;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Grouping;
import compass.diag.Label;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks components: one source of pay (tiers or a pay clause) followed by modifiers, tier bands in
 * order without gaps or overlaps (SEMANTICS 5), and that what a component pays is money.
 */
final class ComponentChecker {
  private final CheckContext cx;
  private final ExprChecker exprs;

  private final CreditRules credits;

  ComponentChecker(CheckContext cx, ExprChecker exprs) {
    this(cx, exprs, null);
  }

  ComponentChecker(CheckContext cx, ExprChecker exprs, CreditRules credits) {
    this.cx = cx;
    this.exprs = exprs;
    this.credits = credits;
  }

  void checkAll() {
    Map<String, Decl.Component> seen = new HashMap<>();
    for (Decl.Component c : cx.plan.all(Decl.Component.class)) {
      Decl.Component first = seen.putIfAbsent(c.title(), c);
      if (first != null) {
        cx.diags.add(
            Diagnostic.error(
                    Code.E0407, c.titleSpan(), "two components are called \"" + c.title() + "\"")
                .withLabel(new Label(first.titleSpan(), "first one here")));
      }
      checkOnItsRows(c);
    }
    for (Decl.TiersOverride o : cx.plan.all(Decl.TiersOverride.class)) tiersOverride(o, seen);
  }

  /**
   * `override tiers of "Commission" for ann from ...`: a whole band table, checked like the
   * original.
   */
  private void tiersOverride(Decl.TiersOverride o, Map<String, Decl.Component> components) {
    Decl.Component c = components.get(o.component());
    if (c == null) {
      cx.diags.error(
          Code.E0301,
          o.componentSpan(),
          "no component called \"" + o.component() + "\"",
          compass.diag.Suggestions.hint(o.component(), components.keySet()));
      return;
    }
    if (!(c.steps().get(0) instanceof Step.Tiers t)) {
      cx.diags.error(
          Code.E0406,
          o.componentSpan(),
          "\"" + o.component() + "\" does not pay on tiers, so it has no bands to override",
          null);
      return;
    }
    tiers(o.applyTo(t));
  }

  /** Checks a component with its row scope on the source it pays per (`per meeting`). */
  private void checkOnItsRows(Decl.Component c) {
    int before = cx.diags.errorCount();
    CreditSource source =
        credits == null ? null : credits.component(c, e -> credits.measureSource(e, cx));
    if (cx.diags.errorCount() > before) return; // `per meetng`: its fields would all be unknown
    if (source == null) {
      check(c);
      return;
    }
    TableSchema saved = exprs.rows(source.table());
    try {
      check(c);
    } finally {
      exprs.rows(saved);
    }
  }

  private void check(Decl.Component c) {
    if (!c.roles().isEmpty() && Checker.fieldIndex(cx.people, "role") < 0) {
      cx.diags.error(
          Code.E0302,
          c.roles().get(0).span(),
          "`for role` needs a `role: text` field in the people input",
          null);
    }
    List<Step> steps = c.steps();
    Step source = steps.get(0);
    if (!(source instanceof Step.Tiers) && !(source instanceof Step.Pay)) {
      cx.diags.error(
          Code.E0406,
          source.span(),
          "a component starts with what it pays: a tier table or a `pay` line",
          "put the `tiers` or `pay` line first; caps, floors, gates and multipliers come after it");
    }
    boolean attributable =
        source instanceof Step.Tiers || (source instanceof Step.Pay p && p.perDeal());
    boolean schedule =
        steps.stream().anyMatch(s -> s instanceof Step.Payout || s instanceof Step.Collected);
    if (schedule && c.cumulative()) {
      cx.diags.error(
          Code.E0406,
          c.span(),
          "a payment schedule (`pay out ...`) cannot be combined with `cumulative over year`",
          "pay the cumulative component at once, or make the scheduled part a component of its own");
    }
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (i > 0 && (s instanceof Step.Tiers || s instanceof Step.Pay)) {
        cx.diags.error(
            Code.E0406,
            s.span(),
            "a component has one source of pay; this is a second one",
            "make it a component of its own");
      }
      step(s, attributable);
    }
    new PoolRules(cx, exprs).check(c, exprs.rows()); // `from pool ...` (issue 15)
  }

  private void step(Step s, boolean attributable) {
    if (s instanceof Step.Tiers t) tiers(t);
    else if (s instanceof Step.Pay p) pay(p);
    else if (s instanceof Step.Cap c) exprs.amount(c.limit(), Scope.PARTICIPANT, "a cap");
    else if (s instanceof Step.Floor f) exprs.amount(f.minimum(), Scope.PARTICIPANT, "a floor");
    else if (s instanceof Step.Gate g) exprs.condition(g.condition(), Scope.PARTICIPANT);
    else if (s instanceof Step.Multiply m) multiply(m, attributable);
    else if (s instanceof Step.Payout p) payout(p, attributable);
    else if (s instanceof Step.Collected c) collected(c, attributable);
    else if (s instanceof Step.Pool) return; // PoolRules, with the whole component
    else throw new IllegalStateException("unchecked step " + s.getClass().getSimpleName());
  }

  private void pay(Step.Pay p) {
    Scope scope = p.perDeal() ? Scope.DEAL : Scope.PARTICIPANT;
    if (p.perDeal() && cx.deals == null) {
      cx.diags.error(
          Code.E0405, p.span(), "`per deal` needs deals: the plan has no credit rule", null);
      return;
    }
    exprs.amount(p.amount(), scope, "what a component pays");
    if (p.filter() != null) {
      if (!p.perDeal()) {
        cx.diags.error(
            Code.E0406,
            p.filter().span(),
            "`where` picks deals, so it needs `per deal`",
            "write `pay 500 per deal where ...`, or use `if` for a condition on the participant");
      } else {
        exprs.condition(p.filter(), Scope.DEAL);
      }
    }
    if (p.condition() != null) exprs.condition(p.condition(), Scope.PARTICIPANT);
  }

  /** SEMANTICS 11a/12: each deal's earnings payable in parts on dates (milestones, holdbacks). */
  private void payout(Step.Payout p, boolean attributable) {
    payable(p.span(), attributable);
    BigDecimal total = BigDecimal.ZERO;
    boolean literal = true;
    for (Step.PayoutPart part : p.parts()) {
      Type share = exprs.type(part.share(), Scope.PARTICIPANT);
      if (share != Type.PERCENT && share != Type.ERROR) {
        cx.diags.error(
            Code.E0202,
            part.share().span(),
            "each part is a percent of the deal's earnings",
            "write e.g. `pay out 70% on close_date, 30% on close_date + 90 days`");
      }
      BigDecimal v = Constants.value(part.share());
      if (v == null) literal = false;
      else total = total.add(v);
      Type when = exprs.type(part.when(), Scope.DEAL);
      if (when != Type.DATE && when != Type.ERROR) {
        cx.diags.error(
            Code.E0202,
            part.when().span(),
            "a part is paid on a date of the deal, but this is " + ExprChecker.article(when),
            null);
      }
    }
    if (literal && total.compareTo(BigDecimal.ONE) != 0) {
      cx.diags.error(
          Code.E0406,
          p.span(),
          "the parts add up to " + Grouping.percent(total) + ", not 100%",
          null);
    }
  }

  private void collected(Step.Collected c, boolean attributable) {
    payable(c.span(), attributable);
    compass.data.TableSchema t = cx.otherTables.get(c.payments().text());
    if (t == null) {
      cx.diags.error(
          Code.E0301, c.payments().span(), "no input named `" + c.payments().text() + "`", null);
      return;
    }
    for (String[] f : new String[][] {{"deal", "TEXT"}, {"date", "DATE"}, {"amount", "MONEY"}}) {
      int i = Checker.fieldIndex(t, f[0]);
      if (i < 0 || !t.fields().get(i).type().name().equals(f[1])) {
        cx.diags.error(
            Code.E0302,
            c.payments().span(),
            "`"
                + t.name()
                + "` needs a field `"
                + f[0]
                + ": "
                + f[1].toLowerCase(java.util.Locale.ROOT)
                + "`",
            null);
      }
    }
  }

  private void payable(compass.source.Span at, boolean attributable) {
    if (!attributable) {
      cx.diags.error(
          Code.E0406,
          at,
          "a payment schedule works deal by deal, so the component must pay per deal or on tiers of a sum of deals",
          null);
    }
  }

  private void multiply(Step.Multiply m, boolean attributable) {
    Type f = exprs.type(m.factor(), m.filter() == null ? Scope.PARTICIPANT : Scope.DEAL);
    if (f != Type.NUMBER && f != Type.PERCENT && f != Type.ERROR) {
      cx.diags.error(
          Code.E0202,
          m.factor().span(),
          "a multiplier is a number or a percent, not " + ExprChecker.article(f),
          "write e.g. `multiply by 1.2` or `multiply by 125%`");
    }
    if (m.filter() != null) {
      exprs.condition(m.filter(), Scope.DEAL);
      if (!attributable) {
        cx.diags.error(
            Code.E0406,
            m.span(),
            "a multiplier on some deals needs a component paid per deal or on tiers",
            null);
      }
    }
  }

  private void tiers(Step.Tiers t) {
    new BandModes(cx).check(t); // issue 15: `mixed` tiers, a mode per band
    if (t.appliedTo() != null) {
      if (new AppliedTiers(cx, exprs).check(t)) bandShape(t);
      return;
    }
    Type base = exprs.type(t.base(), Scope.PARTICIPANT);
    SpanRules.tierBase(t.base(), cx); // issue 15: a span as tier base pays it again each period
    if (base != Type.MONEY && base != Type.NUMBER && base != Type.ERROR) {
      cx.diags.error(
          Code.E0202,
          t.base().span(),
          "tiers run on an amount or a count, but this is " + ExprChecker.article(base),
          base == Type.PERCENT
              ? "put the measure here (e.g. `bookings`); percent bands are read against the quota,"
                  + " or pay its band's rate on another amount: `retroactive tiers on "
                  + t.base().span().text()
                  + " applied to base_salary`"
              : null);
    }
    if (t.bands().isEmpty()) {
      cx.diags.error(
          Code.E0404,
          t.span(),
          "the tier table has no bands",
          "add lines such as `from 0% pay 5%`");
      return;
    }
    boolean percentBands = false;
    Type boundType = null;
    boolean perUnit = UnitBands.any(t); // `pay 250 per deal`: checked by UnitBands
    for (Step.Band b : t.bands()) {
      Type lower = exprs.type(b.lower(), Scope.PARTICIPANT);
      if (b.upper() != null) exprs.type(b.upper(), Scope.PARTICIPANT);
      if (boundType == null) boundType = lower;
      else mixedBounds(cx, b, boundType, lower);
      percentBands |= lower == Type.PERCENT;
      Type pays = exprs.type(b.pays(), Scope.PARTICIPANT);
      if (t.mode() == Step.TierMode.MIXED) new BandModes(cx).pays(b, pays);
      else if (!perUnit) bandPays(t, b, pays);
    }
    if (perUnit) new UnitBands(cx, credits).check(t, e -> cx.types.getOrDefault(e, Type.ERROR));
    if (percentBands) {
      if (t.against() != null) {
        exprs.amount(t.against(), Scope.PARTICIPANT, "what percent bands are measured against");
      } else if (!exprs.isDefinition("quota")) {
        cx.diags.error(
            Code.E0301,
            t.bands().get(0).lower().span(),
            "percent bands are read against the quota, but the plan defines no `quota`",
            "define `quota = 250_000 per quarter`, or write `against <amount>` after the base");
      } else {
        exprs.definitionType("quota", t.span());
      }
    }
    bandShape(t);
  }

  private void bandPays(Step.Tiers t, Step.Band b, Type pays) {
    if (pays == Type.ERROR) return;
    boolean rate = pays == Type.PERCENT;
    boolean amount = pays == Type.MONEY || pays == Type.NUMBER;
    switch (t.mode()) {
      case MARGINAL -> {
        if (!rate)
          cx.diags.error(
              Code.E0205,
              b.pays().span(),
              "a marginal band pays a rate (a percent) on the part of the base inside it",
              "write e.g. `pay 8%`; for a fixed amount per band use `retroactive` or `interpolated` tiers");
      }
      case RETROACTIVE -> {
        if (!rate && !amount)
          cx.diags.error(
              Code.E0205,
              b.pays().span(),
              "a band pays a rate or an amount, not " + ExprChecker.article(pays),
              null);
      }
      case MIXED -> {} // BandModes.pays
      case INTERPOLATED -> {
        if (!amount)
          cx.diags.error(
              Code.E0205,
              b.pays().span(),
              "an interpolated band pays an amount, prorated inside the band",
              "write e.g. `from 0 to 1_000 pay 10`");
      }
    }
  }

  /**
   * SEMANTICS 5: bands ordered, contiguous, non-overlapping. Only literal bounds can be checked
   * here.
   */
  private void bandShape(Step.Tiers t) {
    List<Step.Band> bands = t.bands();
    for (int i = 0; i < bands.size(); i++) {
      Step.Band b = bands.get(i);
      BigDecimal lo = Constants.value(b.lower());
      BigDecimal hi = b.upper() == null ? null : Constants.value(b.upper());
      if (lo != null && hi != null && hi.compareTo(lo) <= 0) {
        cx.diags.error(
            Code.E0401, b.upper().span(), "this band ends at or before where it starts", null);
      }
      if (i + 1 < bands.size()) {
        Step.Band next = bands.get(i + 1);
        BigDecimal nextLo = Constants.value(next.lower());
        if (lo != null && nextLo != null && nextLo.compareTo(lo) < 0) {
          cx.diags.add(
              Diagnostic.error(
                      Code.E0401,
                      next.lower().span(),
                      "tier bands are out of order: "
                          + next.lower().span().text()
                          + " comes after "
                          + b.lower().span().text())
                  .withHint("list bands from the lowest bound to the highest"));
        } else if (lo != null && nextLo != null && nextLo.compareTo(lo) == 0) {
          cx.diags.error(
              Code.E0403,
              next.lower().span(),
              "two bands start at " + next.lower().span().text(),
              "remove one of them");
        } else if (hi != null && nextLo != null && hi.compareTo(nextLo) < 0) {
          cx.diags.add(
              Diagnostic.error(
                      Code.E0402,
                      b.upper().span(),
                      "gap between bands: nothing pays from "
                          + b.upper().span().text()
                          + " to "
                          + next.lower().span().text())
                  .withHint(
                      "end this band where the next one starts (`to "
                          + next.lower().span().text()
                          + "`)"));
        } else if (hi != null && nextLo != null && hi.compareTo(nextLo) > 0) {
          cx.diags.add(
              Diagnostic.error(
                      Code.E0403,
                      b.upper().span(),
                      "bands overlap: this band runs to "
                          + b.upper().span().text()
                          + " but the next starts at "
                          + next.lower().span().text())
                  .withHint(
                      "end this band where the next one starts (`to "
                          + next.lower().span().text()
                          + "`)"));
        }
      } else if (t.mode() == Step.TierMode.INTERPOLATED && b.upper() == null) {
        cx.diags.error(
            Code.E0404,
            b.span(),
            "the last band of interpolated tiers needs an upper bound to prorate against",
            "write `from 1_000 to 3_000 pay 40`");
      }
    }
  }

  /**
   * E0409 when a band's lower bound is a percent and the first band's an amount, or the other way
   * round (one table reads its bounds one way); unknown types were reported already.
   */
  static void mixedBounds(CheckContext cx, Step.Band b, Type first, Type lower) {
    if (lower == Type.ERROR
        || first == Type.ERROR
        || (lower == Type.PERCENT) == (first == Type.PERCENT)) return;
    cx.diags.error(
        Code.E0409,
        b.lower().span(),
        "this band is "
            + ExprChecker.article(lower)
            + " but the first band is "
            + ExprChecker.article(first),
        "write all bounds of one table in percent of quota, or all in amounts");
  }
}
