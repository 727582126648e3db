package compass.session;

import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.result.Explanation;
import compass.result.StatementRow;
import compass.source.Location;
import compass.source.SourceFile;
import compass.source.Span;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A plan loaded on its data for an interactive session: the payouts as they are, a stack of
 * what-ifs on top, and the answers to "what would change". The one entry front ends use; each job
 * has its own class: loading and reloading ({@link SessionLoad}), questions about the current state
 * ({@link Probes}), the what-if history ({@link WhatIfHistory}) and what a what-if changed ({@link
 * ImpactOf}, with {@link PlanWhatIfs} for what a plan change replaces).
 */
public final class Session {
  private final SessionLoad load;
  private final Probes probes;
  private final WhatIfHistory history;

  /**
   * A value computed for the REPL, with how to show it: money (in the plan's currency), a
   * percentage (held as a fraction: 0.5 is 50%), a yes/no (held as 1 or 0) or a plain number.
   */
  public record Value(BigDecimal value, Shown shown) {
    /** How a value is shown (the type of its expression, as far as showing it goes). */
    public enum Shown {
      MONEY,
      PERCENT,
      YES_NO,
      NUMBER
    }

    public boolean isMoney() {
      return shown == Shown.MONEY;
    }

    public boolean isPercent() {
      return shown == Shown.PERCENT;
    }

    public boolean isYesNo() {
      return shown == Shown.YES_NO;
    }
  }

  /** A what-if that no longer applied after a reload, and why. */
  public record Dropped(WhatIf whatIf, List<Diagnostic> why) {}

  /** A session read again from disk, and the what-ifs that did not survive. */
  public record Reloaded(Session session, List<Dropped> dropped) {}

  private Session(SessionLoad load, SessionState first) {
    this.load = load;
    this.probes = new Probes(load, this::state);
    this.history = new WhatIfHistory(load, first, probes);
  }

  /** The plan, deals and payouts with the active what-ifs (package-private for tests). */
  SessionState state() {
    return history.state();
  }

  /**
   * Issue 20: the plan and deals of the current state evaluated from scratch (the deals credited
   * again, everyone evaluated): what every incremental what-if must equal; null after errors.
   */
  SessionState fromScratch(Diagnostics diags) {
    return load.evaluateAll(state().plan(), state().deals(), diags, () -> false);
  }

  /**
   * Loads the plan and its data (default: the plan's folder) and evaluates everyone; null when
   * there were errors (in diags). Front ends open one through {@code compass.api.Compass#session},
   * which passes the facade's own loading steps.
   *
   * @throws compass.result.Cancelled when cancelled returned true
   */
  public static Session open(
      Path plan, Path dataDir, Diagnostics diags, BooleanSupplier cancelled, Loader loader) {
    SessionLoad load = SessionLoad.read(plan, dataDir, diags, loader);
    SessionState first = load == null ? null : load.first(diags, cancelled);
    return first == null ? null : new Session(load, first);
  }

  public Path planPath() {
    return load.planPath;
  }

  public Path dataDir() {
    return load.dataDir;
  }

  public List<WhatIf> whatIfs() {
    return history.whatIfs();
  }

  public List<String> participants() {
    return new ArrayList<>(state().rows().keySet());
  }

  public List<String> letNames() {
    return probes.letNames();
  }

  /** The plan's deal stages (`closed_won`), in plan order, for completion. */
  public List<String> stages() {
    return probes.stages();
  }

  /** The session's `let` commands as typed (without `let`), oldest first: what `save` writes. */
  public List<String> letTexts() {
    return probes.letTexts();
  }

  /** The names of the plan's definitions (not the session's own `__` ones), for completion. */
  public List<String> definitionNames() {
    return probes.definitionNames();
  }

  /** The titles of the plan's components, in plan order. */
  public List<String> componentTitles() {
    return probes.componentTitles();
  }

  /** The titles of the components that have tiers (what `plot curve` draws), in plan order. */
  public List<String> tieredComponentTitles() {
    return probes.tieredComponentTitles();
  }

  /** A component's band bounds as written (`100%`), for completion; null: no such component. */
  public List<String> bandBounds(String title) {
    return probes.bandBounds(title);
  }

  /** The names of the deals data's columns, for completion. */
  public List<String> dealFields() {
    return probes.dealFields();
  }

  /** The plan's currency code ({@code USD}): what its amounts are shown in. */
  public String currency() {
    return probes.currency();
  }

  /** The labels of the plan's pay periods, in order ({@code 2027-Q1}, ...). */
  public List<String> payPeriods() {
    return probes.payPeriods();
  }

  /**
   * Issue 16: the periods the ledger closed, with their pay dates ({@code 2027-Q1 (paid
   * 2027-03-31)}); they show what was paid, and a what-if changes only the open periods.
   */
  public List<String> closedPeriods() {
    return probes.closedPeriods();
  }

  /** "AE FY2027 v3: 5 people, 16 deals (12 credited, 4 excluded)". */
  public String summary() {
    return probes.summary();
  }

  /** The plan's total payout, all participants and periods, with the active what-ifs. */
  public BigDecimal total() {
    return state().total();
  }

  /** Whether the plan file changed on disk since it was loaded. */
  public boolean planChangedOnDisk() {
    return load.planChangedOnDisk();
  }

  // ---- probes (Probes) -------------------------------------------------------------------

  /** Statement rows of one participant (or everyone: null) in one period (or all: null). */
  public List<StatementRow> rows(String participant, String period) {
    return probes.rows(participant, period);
  }

  public Explanation explain(String participant, String period) {
    return probes.explain(participant, period);
  }

  /** The pay period with this label (or one the calendar reads as it); null after an error. */
  public String payPeriod(String text, Location at, Diagnostics diags) {
    return probes.payPeriod(text, at, diags);
  }

  /** The pay periods [first, last] a period (`2027-H1`) covers; null after an error. */
  public int[] periodSpan(String text, Location at, Diagnostics diags) {
    return probes.periodSpan(text, at, diags);
  }

  public String periodLabels() {
    return probes.periodLabels();
  }

  /** Whether the id is a participant; reports E0732 at {@code at} when not. */
  public boolean knowsParticipant(String id, Location at, Diagnostics diags) {
    return probes.knowsParticipant(id, at, diags);
  }

  /** The value of an expression for a participant over a period; null after an error. */
  public Value evaluate(
      SourceFile expression,
      String participant,
      Span participantAt,
      String period,
      Span periodAt,
      Diagnostics diags) {
    return probes.evaluate(expression, participant, participantAt, period, periodAt, diags);
  }

  /**
   * The tier step of component {@code title} for a known participant in pay period {@code period}
   * (the year to it when the component is cumulative) as plain numbers, with what it pays at each
   * of {@code bases} (the REPL's `plot curve`); null when there is no such tiered component, or
   * after an error in the data (in diags).
   */
  public TierCurve tierCurve(
      String title, String participant, String period, List<BigDecimal> bases, Diagnostics diags) {
    return probes.tierCurve(title, participant, period, bases, diags);
  }

  /**
   * A definition's value ({@code attainment}, {@code bookings}) for every participant over the
   * whole plan year, in participant order; empty when the plan has no such numeric definition (the
   * dashboard's attainment histogram and cost of sales).
   */
  public java.util.Map<String, Value> yearValues(String name) {
    return probes.yearValues(name);
  }

  /**
   * Each participant's value of a text column of the people data the plan reads ({@code team},
   * {@code manager}); empty when it reads no such column (the dashboard's teams and managers).
   */
  public java.util.Map<String, String> peopleColumn(String column) {
    return probes.peopleColumn(column);
  }

  /** A participant's line items, every period, with the active what-ifs (a statement's lines). */
  public List<compass.result.LineItem> lines(String participant) {
    return probes.lines(participant);
  }

  /** Adds temporary definitions ({@code let bonus_pool = 2% x bookings}); false after an error. */
  public boolean define(SourceFile text, Diagnostics diags) {
    return probes.define(text, diags);
  }

  // ---- what-ifs (WhatIfHistory) ----------------------------------------------------------

  /**
   * Applies a what-if on top of the active ones and says what it changed; null after an error (the
   * session is unchanged).
   *
   * @throws compass.result.Cancelled when cancelled returned true (the session is unchanged)
   */
  public Impact apply(WhatIf w, Diagnostics diags, BooleanSupplier cancelled) {
    return history.apply(w, diags, cancelled);
  }

  /** Drops the last what-if; null when there is none (E0738 in diags). */
  public Impact undo(Diagnostics diags, BooleanSupplier cancelled) {
    return history.undo(diags, cancelled);
  }

  /** Drops every what-if. */
  public Impact reset(Diagnostics diags, BooleanSupplier cancelled) {
    return history.reset(diags, cancelled);
  }

  /** Applies the what-ifs again; those that no longer apply are left out, in dropped. */
  Impact rebuild(
      List<WhatIf> list, Diagnostics diags, BooleanSupplier cancelled, List<Dropped> dropped) {
    return history.rebuild(list, diags, cancelled, dropped);
  }

  /** Reads plan and data again, re-applying what still applies; null after errors. */
  public Reloaded reload(Diagnostics diags, BooleanSupplier cancelled) {
    return load.reload(probes.lets, history.whatIfs(), diags, cancelled);
  }
}
