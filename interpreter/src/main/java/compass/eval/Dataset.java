package compass.eval;

import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.data.RowPlace;
import compass.data.Table;
import compass.data.TextColumn;
import compass.explain.TraceStep;
import compass.explain.Tracer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a run works on: the loaded tables, participants by id, each manager's direct reports and
 * each participant's credited deals, ordered by crediting date then deal id (SEMANTICS 5).
 */
final class Dataset {
  private final CheckedPlan plan;
  private final Table people;
  private final Table deals;
  private final Map<String, Table> others;
  private final Map<String, Integer> personIndex = new HashMap<>();
  private final int[][] directReports;
  private final int[] periodStartDays;
  private Credits[] credits;

  /** Per field of `first deal of F`, whether each deal row is first of its value (FirstDeals). */
  private final java.util.concurrent.ConcurrentHashMap<Integer, boolean[]> firstDeals =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether each deal row is the earliest credited deal with its value of the field. */
  boolean[] firstDeals(int field) {
    return firstDeals.computeIfAbsent(field, k -> FirstDeals.compute(this, k));
  }

  private BigDecimal[] fxRates;
  private final Frame[] frames;
  private int[] managers;
  private int definitionSlots;
  private Coverage coverage;

  /** Issue 16: what the ledger says was paid, or null (no ledger: every period is computed). */
  private PaidHistory paid;

  /**
   * Not null under --keep-going: deal rows with an empty cell the plan needed ({@link EmptyCells}).
   */
  private EmptyCells emptyCells;

  /** What the evaluation records of its decisions: {@link Tracer#OFF} on plain runs. */
  private Tracer tracer = Tracer.OFF;

  /**
   * The run's data when this is the view of another credit source ({@link SourceViews}): its tracer
   * and coverage are the run's; null for the run's own data.
   */
  private Dataset parent;

  /** Every credit source's view; set on the run's data, read by its views through the parent. */
  private SourceViews views;

  Dataset(CheckedPlan plan, Table people, Table deals, Map<String, Table> others) {
    this.stepsPerVisit = Budget.perVisit(plan.definitions().size());
    this.plan = plan;
    this.people = people;
    this.deals = deals;
    this.others = others;
    TextColumn ids = (TextColumn) people.column("id");
    for (int i = 0; i < people.rowCount(); i++) personIndex.put(ids.get(i), i);
    this.directReports = ReportingLines.directReports(this, people, personIndex, deals);
    this.periodStartDays =
        plan.periods().stream().mapToInt(p -> (int) p.start().toEpochDay()).toArray();
    this.frames = new Frame[people.rowCount()];
  }

  /** Issue 20: the streamed run's merged deals, credited already; null for deals read whole. */
  private MergedDeals merged;

  void setMerged(MergedDeals merged) {
    this.merged = merged;
  }

  MergedDeals merged() {
    return merged;
  }

  /** How many deals the deal row stands for: one, or a merged row's count (issue 20). */
  long weight(int row) {
    return merged == null ? 1 : merged.weights()[row];
  }

  /** Whether deal rows may stand for several deals (a streamed run's merged rows). */
  boolean weighted() {
    return merged != null;
  }

  /** Whether the deal field holds, on a merged row, the sum over its deals (issue 20). */
  boolean holdsTotals(int field) {
    return merged != null && merged.totals()[field];
  }

  void setCredits(Credits[] credits) {
    this.credits = credits;
    firstDeals.clear(); // `first deal of F` is read from the credits: computed again after them
  }

  /** SEMANTICS 13: each deal's rate into the plan currency (null: no conversion). */
  void setFxRates(BigDecimal[] rates) {
    this.fxRates = rates;
  }

  BigDecimal fxRate(int row) {
    return fxRates == null ? null : fxRates[row];
  }

  /** SEMANTICS 13: "O-1 converted from EUR at 1.2", or null for a deal in the plan currency. */
  TraceStep fxStep(int row) {
    BigDecimal rate = fxRate(row);
    if (rate == null || rate.compareTo(BigDecimal.ONE) == 0) return null;
    String currency = ((TextColumn) deals.column(plan.rules().currencyField())).get(row);
    return TraceStep.of(
            TraceStep.Kind.FX,
            dealId(row) + " converted from " + currency + " at " + rate.toPlainString())
        .withRate(rate)
        .withRows(List.of(dealId(row)));
  }

  void setTracer(Tracer tracer) {
    this.tracer = tracer;
  }

  /** Issue 15: each component's payout for `payout of "X"`; the run's, read by its views too. */
  private ComponentPayouts payouts;

  void setPayouts(ComponentPayouts payouts) {
    this.payouts = payouts;
  }

  ComponentPayouts payouts() {
    return parent != null ? parent.payouts() : payouts;
  }

  /** The tracer of the run; each computation takes a {@link Tracer#fresh} one of the same kind. */
  Tracer tracer() {
    return parent != null ? parent.tracer() : tracer;
  }

  /**
   * The data of another credit source (`credit meetings ...`): the same people and tables, the
   * source's rows as its deals, credited by the source's rule in {@code plan} ({@link
   * CheckedPlan#forSource}).
   */
  Dataset view(CheckedPlan plan) {
    String table = plan.deals().name();
    Table rows = deals != null && deals.schema().name().equals(table) ? deals : others.get(table);
    Dataset v = new Dataset(plan, people, rows, others);
    v.parent = this;
    // the rows of a second rule on the converted table are converted as the plan's own deals
    if (rows != null && plan.rules().convert() != null) v.setFxRates(FxRates.of(v));
    return v;
  }

  /** What one row is called in notes: `deal`, or a view's source singular (`meeting`). */
  String rowNoun() {
    return parent == null
        ? "deal"
        : compass.check.CreditSource.singularOf(plan.credit().sourceName());
  }

  /** Whether this is the view of a credit source other than the plan's default one. */
  boolean isView() {
    return parent != null;
  }

  /** The run's data (itself, for the run's own data). */
  Dataset root() {
    return parent != null ? parent : this;
  }

  void setViews(SourceViews views) {
    this.views = views;
  }

  /** Every credit source's data and compiler. */
  SourceViews views() {
    return root().views;
  }

  /**
   * The name of the credit source whose rows are this data's deals (null without a credit rule).
   */
  String sourceName() {
    return plan.credit() == null ? null : plan.credit().sourceName();
  }

  /** What a test run reached; null in a plain run, so nodes are compiled without hooks. */
  void setPaid(PaidHistory paid) {
    this.paid = paid;
  }

  PaidHistory paid() {
    return paid;
  }

  void setCoverage(Coverage coverage) {
    this.coverage = coverage;
  }

  Coverage coverage() {
    return parent != null ? parent.coverage() : coverage;
  }

  void setEmptyCells(EmptyCells emptyCells) {
    this.emptyCells = emptyCells;
  }

  EmptyCells emptyCells() {
    return emptyCells;
  }

  void setDefinitionSlots(int slots) {
    this.definitionSlots = slots;
  }

  int definitionSlots() {
    return definitionSlots;
  }

  /**
   * Steps of evaluation (E0603) a participant may take for each deal it looks at, and each report a
   * team measure looks at: generous for any plan without doubling definitions ({@link Budget}).
   */
  long stepsPerVisit() {
    return stepsPerVisit;
  }

  private final long stepsPerVisit;

  /**
   * The most that team measures may add to a participant's budget: a visit of every person and
   * every deal in every period, as many as a team measure over the whole company looks at.
   */
  long teamGrants() {
    long rows = personCount() + (deals == null ? 0 : deals.rowCount());
    return stepsPerVisit() * rows * Math.max(1, periodCount());
  }

  CheckedPlan plan() {
    return plan;
  }

  Table people() {
    return people;
  }

  Table deals() {
    return deals;
  }

  Table table(String name) {
    return others.get(name);
  }

  int personCount() {
    return people.rowCount();
  }

  String personId(int person) {
    return ((TextColumn) people.column("id")).get(person);
  }

  Integer personIndex(String id) {
    return personIndex.get(id);
  }

  int[] directReports(int person) {
    return directReports[person];
  }

  /** The person's manager, or -1. */
  int managerOf(int person) {
    if (managers == null) {
      managers = new int[personCount()];
      java.util.Arrays.fill(managers, -1);
      for (int m = 0; m < personCount(); m++) for (int r : directReports[m]) managers[r] = m;
    }
    return managers[person];
  }

  List<Period> periods() {
    return plan.periods();
  }

  int periodCount() {
    return plan.periods().size();
  }

  /** Index of the pay period containing the epoch day, or -1 outside the plan's periods. */
  int periodOf(int epochDay) {
    int lo = 0, hi = periodStartDays.length - 1, found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (periodStartDays[mid] <= epochDay) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0 || epochDay > plan.periods().get(found).end().toEpochDay()) return -1;
    return found;
  }

  /** Every participant's credits (issue 20: a what-if that credits nothing again shares them). */
  Credits[] creditsOfEveryone() {
    return credits;
  }

  /** The tables other than people and deals, by name. */
  Map<String, Table> others() {
    return others;
  }

  /** The person's credited deals, in crediting order. */
  Credits credits(int person) {
    return credits[person];
  }

  /** The crediting date of a deal row, as an epoch day. */
  long creditDay(int row) {
    return ((compass.data.DateColumn) deals.column(plan.creditDateField())).epochDay(row);
  }

  /**
   * The id of a deal row, for statements: its `id` field; a row of another credit source without
   * one is known by its first text field.
   */
  String dealId(int row) {
    if (deals.fieldIndex("id") >= 0 && deals.column("id") instanceof TextColumn ids)
      return ids.get(row);
    if (parent != null) {
      for (int i = 0; i < deals.schema().fields().size(); i++) {
        if (deals.schema().fields().get(i).type() == compass.data.ColumnType.TEXT
            && deals.column(i) instanceof TextColumn text
            && text.get(row) != null) return text.get(row);
      }
    }
    return RowPlace.name(deals, row);
  }

  /**
   * The participant's own frame; created on first use by the thread evaluating that participant.
   */
  Frame frameOf(int person) {
    Frame f = frames[person];
    if (f == null) {
      f = new Frame(this, person, true);
      frames[person] = f;
    }
    return f;
  }

  /** Drops a participant's frame once its statement is settled, so memory stays bounded. */
  void release(int person) {
    frames[person] = null;
  }
}
