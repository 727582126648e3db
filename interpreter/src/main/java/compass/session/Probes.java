package compass.session;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Named;
import compass.ast.Plan;
import compass.ast.Step;
import compass.calendar.PayPeriods;
import compass.check.CheckedPlan;
import compass.data.FieldSpec;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import compass.eval.EvalError;
import compass.result.Explanation;
import compass.result.StatementRow;
import compass.source.Location;
import compass.source.SourceFile;
import compass.source.Span;
import compass.syntax.PlanParser;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Probes: questions asked of the session's current state without changing its payouts — the value
 * of an expression for a participant over a period, temporary definitions ({@code let}), the names
 * completion offers, tier curves, and the periods and participants commands name.
 */
final class Probes {
  /** The name the REPL's expressions are checked under, as a temporary definition. */
  private static final String VALUE = "__value";

  private final SessionLoad load;
  private final Supplier<SessionState> current;

  /** The session's temporary definitions, in the order defined (what-ifs are checked with them). */
  final List<Decl.Definition> lets = new ArrayList<>();

  Probes(SessionLoad load, Supplier<SessionState> current) {
    this.load = load;
    this.current = current;
  }

  private CheckedPlan plan() {
    return current.get().plan();
  }

  List<String> letNames() {
    return lets.stream().map(d -> d.name().text()).toList();
  }

  /** The plan's deal stages, in plan order (empty when it declares none), for completion. */
  List<String> stages() {
    return plan().stages();
  }

  /** The `let` commands' texts (one per command, without `let`), oldest first, for `save`. */
  List<String> letTexts() {
    List<String> out = new ArrayList<>();
    java.util.Set<compass.source.SourceFile> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Decl.Definition d : lets)
      if (seen.add(d.span().file())) out.add(d.span().file().text().strip());
    return out;
  }

  List<String> definitionNames() {
    return plan().definitions().stream()
        .map(d -> d.name().text())
        .filter(n -> !n.startsWith("__"))
        .toList();
  }

  List<String> componentTitles() {
    return plan().components().stream().map(Decl.Component::title).toList();
  }

  List<String> tieredComponentTitles() {
    return plan().components().stream()
        .filter(c -> tiers(c) != null)
        .map(Decl.Component::title)
        .toList();
  }

  private static Step.Tiers tiers(Decl.Component c) {
    for (Step s : c.steps()) if (s instanceof Step.Tiers t) return t;
    return null;
  }

  List<String> bandBounds(String title) {
    for (Decl.Component c : plan().components()) {
      if (!c.title().equals(title)) continue;
      List<String> bounds = new ArrayList<>();
      for (Step s : c.steps()) {
        if (s instanceof Step.Tiers t)
          for (Step.Band b : t.bands()) bounds.add(b.lower().span().text().strip());
      }
      return bounds;
    }
    return null;
  }

  List<String> dealFields() {
    return load.data.deals() == null
        ? List.of()
        : load.data.deals().schema().fields().stream().map(FieldSpec::name).toList();
  }

  /** "AE FY2027 v3: 5 people, 16 deals (12 credited, 4 excluded)". */
  String summary() {
    var r = current.get().bench().reconciliation();
    CheckedPlan base = load.basePlan;
    var deals = current.get().deals();
    return base.name()
        + (base.version() == null ? "" : " v" + base.version())
        + ": "
        + count(load.data.people().rowCount())
        + " people, "
        + count(deals == null ? 0 : deals.rowCount())
        + " deals ("
        + count(r.credited())
        + " credited, "
        + count(r.read() - r.credited())
        + " excluded)"
        + closedNote();
  }

  /**
   * Issue 16: "; 2027-Q1 closed (paid 2027-03-31): it shows what was paid" when the ledger has
   * closed periods, or nothing.
   */
  String closedNote() {
    List<String> closed = closedPeriods();
    if (closed.isEmpty()) return "";
    return "; "
        + String.join(", ", closed)
        + " closed: "
        + (closed.size() == 1 ? "it shows" : "they show")
        + " what was paid, and what-ifs change only the open periods";
  }

  /** The closed periods with their pay dates: {@code 2027-Q1 (paid 2027-03-31)}. */
  List<String> closedPeriods() {
    if (load.paid == null) return List.of();
    return load.paid.closed().stream()
        .map(c -> c.period() + " (paid " + c.manifest().payDate() + ")")
        .toList();
  }

  private static String count(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  String currency() {
    return plan().currency().code();
  }

  List<String> payPeriods() {
    return plan().periods().stream().map(p -> p.label()).toList();
  }

  List<compass.result.LineItem> lines(String participant) {
    return List.copyOf(current.get().lines().getOrDefault(participant, List.of()));
  }

  List<StatementRow> rows(String participant, String period) {
    List<StatementRow> out = new ArrayList<>();
    for (var e : current.get().rows().entrySet()) {
      if (participant != null && !e.getKey().equals(participant)) continue;
      for (StatementRow r : e.getValue())
        if (period == null || r.period().equals(period)) out.add(r);
    }
    return out;
  }

  Explanation explain(String participant, String period) {
    StatementRow row = rows(participant, period).stream().findFirst().orElse(null);
    if (row == null) return null;
    SessionState state = current.get();
    return load.loader.explanation(
        state.plan(), row, state.lines().getOrDefault(participant, List.of()));
  }

  String payPeriod(String text, Location at, Diagnostics diags) {
    int[] span = periodSpan(text, at, diags);
    if (span == null) return null;
    if (span[0] != span[1]) {
      diags.add(
          Diagnostic.error(Code.E0733, at, "`" + text + "` spans several pay periods; name one")
              .withHint("the pay periods are " + periodLabels()));
      return null;
    }
    return plan().periods().get(span[0]).label();
  }

  int[] periodSpan(String text, Location at, Diagnostics diags) {
    PayPeriods.Span span = PayPeriods.resolve(plan().periods(), plan().calendar(), text);
    if (span == null) {
      diags.add(
          Diagnostic.error(Code.E0733, at, "`" + text + "` is not a period of this plan")
              .withHint("the pay periods are " + periodLabels()));
      return null;
    }
    compass.calendar.Period cut = PayPeriods.straddler(plan().periods(), plan().calendar(), text);
    if (cut != null) { // issue 15.5: a quarter is not a whole number of weeks
      diags.add(
          Diagnostic.error(
                  Code.E0733,
                  at,
                  "`"
                      + text
                      + "` is not a whole number of this plan's pay periods: "
                      + cut.label()
                      + " ("
                      + cut.start()
                      + ".."
                      + cut.end()
                      + ") straddles its "
                      + (cut.start().isBefore(plan().periods().get(span.from()).start())
                          ? "start"
                          : "end"))
              .withHint("name a pay period, or a span of whole ones such as a two-week period"));
      return null;
    }
    return new int[] {span.from(), span.to()};
  }

  String periodLabels() {
    return PayPeriods.labels(plan().periods());
  }

  boolean knowsParticipant(String id, Location at, Diagnostics diags) {
    var rows = current.get().rows();
    if (rows.containsKey(id)) return true;
    diags.add(
        Diagnostic.error(Code.E0732, at, "no participant `" + id + "` in the people data")
            .withHint(Suggestions.hint(id, rows.keySet())));
    return false;
  }

  Session.Value evaluate(
      SourceFile expression,
      String participant,
      Span participantAt,
      String period,
      Span periodAt,
      Diagnostics diags) {
    Expr e = PlanParser.parseExpression(expression, diags);
    if (e == null) return null;
    if (!knowsParticipant(participant, participantAt, diags)) return null;
    int[] span = periodSpan(period, periodAt, diags);
    if (span == null) return null;
    return evaluate(e, participant, span[0], span[1], diags);
  }

  Session.Value evaluate(Expr e, String participant, int from, int to, Diagnostics diags) {
    SessionState state = current.get();
    List<Decl> changes = new ArrayList<>(lets);
    changes.add(new Decl.Definition(new Named(VALUE, e.span()), e, e.span()));
    CheckedPlan plan = SessionLoad.check(state.plan().ast(), changes, diags);
    if (plan == null) return null;
    Type type = plan.definitionTypes().get(VALUE);
    if (plan.dealLevelDefinitions().contains(VALUE)) {
      diags.add(
          Diagnostic.error(
                  Code.E0731,
                  e.span(),
                  "this is a value of one deal, not of a participant over a period")
              .withHint(
                  "sum or count it over the credited deals, e.g. `sum of amount where stage is closed_won` or "
                      + "`count of deals where term_months >= 24`"));
      return null;
    }
    if (type == Type.BOOL) { // a condition: shown as yes or no, computed as 1 or 0
      Expr asNumber =
          new Expr.If(
              e,
              new Expr.NumberLit(BigDecimal.ONE, null, e.span()),
              new Expr.NumberLit(BigDecimal.ZERO, null, e.span()),
              e.span());
      changes.set(
          changes.size() - 1, new Decl.Definition(new Named(VALUE, e.span()), asNumber, e.span()));
      plan = SessionLoad.check(state.plan().ast(), changes, diags);
      if (plan == null) return null;
    }
    if (type == null || !type.isNumeric() && type != Type.BOOL) {
      diags.add(
          Diagnostic.error(
                  Code.E0731,
                  e.span(),
                  "only numbers, money, percentages and conditions can be shown; this is "
                      + (type == null ? "not a value" : "a " + type.label()))
              .withHint(
                  "write a measure or definition, such as `attainment` or `sum of amount where stage is closed_won`"));
      return null;
    }
    try {
      BigDecimal value = state.bench().value(plan, VALUE, participant, from, to);
      return new Session.Value(value, shown(type));
    } catch (EvalError err) {
      diags.add(err.diagnostic());
      return null;
    }
  }

  /**
   * Definition {@code name}'s value for every participant over the whole plan year, compiled from
   * the plan as it is; empty when the plan has no such numeric value of a participant. A
   * participant whose value is undefined (a quota of 0 with no `when` rule) is left out.
   */
  java.util.Map<String, Session.Value> yearValues(String name) {
    SessionState state = current.get();
    CheckedPlan plan = state.plan();
    Type type = plan.definitionTypes().get(name);
    if (type == null || !type.isNumeric() || plan.dealLevelDefinitions().contains(name))
      return java.util.Map.of();
    int last = plan.periods().size() - 1;
    java.util.Map<String, Session.Value> out = new java.util.LinkedHashMap<>();
    for (String id : state.rows().keySet()) {
      try {
        out.put(id, new Session.Value(state.bench().value(plan, name, id, 0, last), shown(type)));
      } catch (EvalError e) {
        // undefined for this participant: no value to show, the run reports the error itself
      }
    }
    return out;
  }

  /**
   * Each participant's text in a column of the people data ({@code team}, {@code manager}, {@code
   * name}) as the plan declares it; empty when the plan reads no such column (or it is no text).
   */
  java.util.Map<String, String> peopleColumn(String column) {
    compass.data.Table people = current.get().bench().people();
    if (people == null) return java.util.Map.of();
    if (!(people.column(column) instanceof compass.data.TextColumn text)
        || !(people.column("id") instanceof compass.data.TextColumn ids)) return java.util.Map.of();
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < people.rowCount(); i++) {
      String value = text.get(i);
      if (value != null && !value.isEmpty()) out.put(ids.get(i), value);
    }
    return out;
  }

  private static Session.Value.Shown shown(Type type) {
    if (type == Type.MONEY) return Session.Value.Shown.MONEY;
    if (type == Type.PERCENT) return Session.Value.Shown.PERCENT;
    if (type == Type.BOOL) return Session.Value.Shown.YES_NO;
    return Session.Value.Shown.NUMBER;
  }

  /**
   * The tier curve of a tiered component for a known participant in a pay period (the year to it
   * when the component is cumulative), with the payout at each of {@code bases}; null when there is
   * no such tiered component, or after an error in the data (in diags).
   */
  TierCurve tierCurve(
      String title, String participant, String period, List<BigDecimal> bases, Diagnostics diags) {
    SessionState state = current.get();
    Decl.Component component =
        state.plan().components().stream()
            .filter(c -> c.title().equals(title) && tiers(c) != null)
            .findFirst()
            .orElse(null);
    int p = payPeriods().indexOf(period);
    if (component == null || p < 0) return null;
    int from = component.cumulative() ? 0 : p;
    compass.eval.TierCurve curve = state.bench().tierCurve(title, participant, from, p);
    if (curve == null) return null;
    try {
      // in the order `plot curve` asked them before it was plain data: the quota first, and
      // nothing else when there is none to read percentages against
      BigDecimal against = curve.against();
      boolean drawable = against != null && against.signum() != 0;
      List<BigDecimal> starts = drawable ? curve.bandStarts() : List.of();
      BigDecimal base = drawable ? curve.base() : null;
      List<TierCurve.Point> points = new ArrayList<>();
      for (BigDecimal b : bases) points.add(new TierCurve.Point(b, curve.payout(b)));
      return new TierCurve(
          title,
          component.cumulative(),
          tiers(component).span(),
          curve.baseText(),
          curve.againstText(),
          against,
          base,
          starts,
          points);
    } catch (EvalError err) {
      diags.add(err.diagnostic());
      return null;
    }
  }

  /** Adds temporary definitions ({@code let bonus_pool = 2% x bookings}); false after an error. */
  boolean define(SourceFile text, Diagnostics diags) {
    Plan fragment = PlanParser.parsePlan(text, diags);
    if (fragment == null || diags.hasErrors()) return false;
    List<Decl.Definition> defs = new ArrayList<>();
    for (Decl d : fragment.decls()) {
      if (!(d instanceof Decl.Definition def)) {
        diags.add(
            Diagnostic.error(
                Code.E0731, d.span(), "`let` takes definitions (`name = expression`)"));
        return false;
      }
      boolean exists =
          plan().definitions().stream().anyMatch(x -> x.name().text().equals(def.name().text()));
      boolean temporary = letNames().contains(def.name().text());
      if (exists && !temporary) {
        diags.add(
            Diagnostic.error(
                    Code.E0736,
                    def.name().span(),
                    "the plan already defines `" + def.name().text() + "`")
                .withHint(
                    "to try another value for it, write `what if "
                        + def.name().text()
                        + " = ...`"));
        return false;
      }
      defs.add(def);
    }
    List<Decl> changes = new ArrayList<>(lets);
    changes.addAll(defs);
    if (SessionLoad.check(plan().ast(), changes, diags) == null) return false;
    for (Decl.Definition d : defs) {
      lets.removeIf(x -> x.name().text().equals(d.name().text()));
      lets.add(d);
    }
    return true;
  }
}
