package compass.forecast;

import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.eval.EvalError;
import compass.eval.LoadedData;
import compass.result.Forecast;
import compass.result.StatementRow;
import compass.result.TeamSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * `compass forecast` (issue 18, SEMANTICS 12): the plan evaluated on what was earned so far, on the
 * stage-weighted pipeline, on every open deal won, and on {@code runs} simulated outcomes of the
 * pipeline, run in parallel; the figures per participant and open period, and in total.
 */
public final class Forecaster {
  /** Cost of sales is kept as a fraction with this many decimals (0.0734 is 7.34%). */
  private static final int COST_SCALE = 4;

  private final PlanOnData a;
  private final PlanOnData b;
  private final Settings settings;
  private final WinRates rates;
  private final Slips slips;
  private final List<Period> open = new ArrayList<>();
  private final Map<String, Integer> cellOf = new HashMap<>();
  private final List<String[]> cells = new ArrayList<>(); // participant, period
  private final Map<String, Integer> teamOf = new LinkedHashMap<>();
  private int scale = 2;

  private Forecaster(PlanOnData a, PlanOnData b, Settings settings, WinRates rates, Slips slips) {
    this.slips = slips;
    this.a = a;
    this.b = b;
    this.settings = settings;
    this.rates = rates;
  }

  /**
   * The forecast of plan A (and plan B on the same outcomes, when b is not null); null after errors
   * (in diags).
   */
  public static Forecast run(
      CheckedPlan planA,
      LoadedData dataA,
      CheckedPlan planB,
      LoadedData dataB,
      Settings settings,
      Diagnostics diags) {
    if (settings.runs() < 1) {
      diags.error(
          Code.E0790,
          null,
          "--runs " + settings.runs() + " runs no simulation",
          "give at least one run, e.g. --runs 10000");
      return null;
    }
    Integer slip = settings.slipDays();
    if (slip != null && (slip < 0 || slip > compass.ast.Decl.Slip.MAX_DAYS)) {
      diags.error(
          Code.E0790,
          null,
          "--slip " + slip + " is no number of days a close date slips",
          "give whole days from 0 to " + compass.ast.Decl.Slip.MAX_DAYS + ", e.g. 30");
      return null;
    }
    if (settings.budget() != null && settings.budget().signum() < 0) {
      diags.error(Code.E0790, null, "--budget cannot be negative", null);
      return null;
    }
    WinRates declared = WinRates.ofPlan(planA);
    WinRates rates = declared;
    if (settings.learnRates()) {
      if (declared == null) {
        diags.error(
            Code.E0794,
            planA.ast().all(compass.ast.Decl.Stages.class).isEmpty()
                ? null
                : planA.ast().all(compass.ast.Decl.Stages.class).get(0).span(),
            "--learn-rates needs to know the won and lost stages, and the plan gives no win rates",
            "name them: `stages ... with win rates closed_won 100%, closed_lost 0%`; the other"
                + " stages' rates are then learned");
        return null;
      }
      int stageField = stageField(dataA);
      if (stageField >= 0) rates = WinRates.learn(planA, dataA.deals(), stageField, declared);
    }
    if (rates == null) {
      diags.error(
          Code.E0794,
          null,
          "the plan gives no win rates for its stages",
          "declare them (`stages ... with win rates prospecting 10%, ..., closed_won 100%,"
              + " closed_lost 0%`) or learn them from the data with --learn-rates");
      return null;
    }
    // --slip replaces the plan's `close dates slip` (issue 18: the command line wins)
    Slips slips = slip != null ? Slips.uniform(planA, slip) : Slips.ofPlan(planA);
    Pipeline pipeline = Pipeline.of(planA, dataA.deals(), rates, slips, settings.asOf(), diags);
    if (pipeline == null) return null;
    PlanOnData onA = new PlanOnData(planA, dataA, pipeline, rates.wonStage());
    PlanOnData onB = null;
    if (planB != null) {
      onB = Comparison.sameOutcomes(planA, dataA, pipeline, rates, planB, dataB, diags);
      if (onB == null) return null;
    }
    try {
      return new Forecaster(onA, onB, settings, rates, slips).forecast(diags);
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return null;
    }
  }

  private static int stageField(LoadedData data) {
    if (data.deals() == null) return -1;
    var fields = data.deals().schema().fields();
    for (int f = 0; f < fields.size(); f++)
      if (fields.get(f).type() == compass.data.ColumnType.STAGE) return f;
    return -1;
  }

  private Forecast forecast(Diagnostics diags) {
    Pipeline pipeline = a.pipeline;
    for (Period p : a.plan.periods()) if (p.end().isAfter(pipeline.asOf)) open.add(p);
    PlanOnData.Outcome earned = a.earnedSoFar();
    for (StatementRow r : earned.rows()) scale = Math.max(scale, r.payout().scale());
    for (StatementRow r : earned.rows()) {
      if (!isOpen(r.period()) || !shown(r.participant())) continue;
      cellOf.put(key(r.participant(), r.period()), cells.size());
      cells.add(new String[] {r.participant(), r.period()});
    }
    for (TeamSummary t : earned.teams())
      if (t.bookings() != null) teamOf.putIfAbsent(t.team(), teamOf.size());
    Figures soFar = figures(earned);
    Figures weighted = figures(a.stageWeighted());
    Figures allWon = figures(a.evaluate(Scenario.all(pipeline)));

    int runs = settings.runs();
    long[][] cellRuns = new long[cells.size()][runs];
    long[] yearRuns = new long[runs];
    long[][] costRuns = new long[teamOf.size()][runs];
    long[][] bPeriodRuns = b == null ? null : new long[open.size() + 1][runs];
    long[] bYearRuns = b == null ? null : new long[runs];
    EvalError[] failed = new EvalError[runs];
    AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
    java.util.function.IntConsumer one =
        run -> {
          if (run > firstFailed.get()) return;
          try {
            Scenario s = Scenario.draw(pipeline, settings.seed(), run);
            Figures f = figures(a.evaluate(s));
            for (int c = 0; c < cells.size(); c++) cellRuns[c][run] = f.cells[c];
            yearRuns[run] = f.year;
            for (int t = 0; t < teamOf.size(); t++) costRuns[t][run] = f.cost(t);
            if (b != null) {
              Figures g = figuresOf(b.evaluate(s));
              for (int p = 0; p <= open.size(); p++) bPeriodRuns[p][run] = g.periodTotals[p];
              bYearRuns[run] = g.year;
            }
          } catch (EvalError e) {
            failed[run] = e;
            firstFailed.accumulateAndGet(run, Math::min);
          }
        };
    int threads =
        settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, runs).parallel().forEach(one)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new compass.result.Cancelled();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    if (firstFailed.get() != Integer.MAX_VALUE) throw failed[firstFailed.get()];

    List<Forecast.Row> rows = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      rows.add(
          row(
              cells.get(c)[0],
              cells.get(c)[1],
              soFar.cells[c],
              weighted.cells[c],
              allWon.cells[c],
              cellRuns[c]));
    }
    long[][] periodRuns = new long[open.size() + 1][runs];
    for (int c = 0; c < cells.size(); c++) {
      int p = periodIndex(cells.get(c)[1]);
      for (int r = 0; r < runs; r++) {
        // money as exact scaled longs: a sum that overflows fails, never wraps
        periodRuns[p][r] = Math.addExact(periodRuns[p][r], cellRuns[c][r]);
        periodRuns[open.size()][r] = Math.addExact(periodRuns[open.size()][r], cellRuns[c][r]);
      }
    }
    List<Forecast.Row> totals = totals(periodRuns, soFar, weighted, allWon);
    Forecast.Row year =
        row(Forecast.TOTAL, Forecast.YEAR, soFar.year, weighted.year, allWon.year, yearRuns);
    Forecast.Budget budget = null;
    if (settings.budget() != null) budget = budget(settings.budget(), yearRuns);
    List<Forecast.TeamCost> costs = new ArrayList<>();
    for (Map.Entry<String, Integer> t : teamOf.entrySet()) {
      long[] sorted = costRuns[t.getValue()].clone();
      java.util.Arrays.sort(sorted);
      costs.add(
          new Forecast.TeamCost(
              t.getKey(),
              BigDecimal.valueOf(weighted.cost(t.getValue()), COST_SCALE),
              BigDecimal.valueOf(quantile(sorted, 10), COST_SCALE),
              BigDecimal.valueOf(quantile(sorted, 50), COST_SCALE),
              BigDecimal.valueOf(quantile(sorted, 90), COST_SCALE)));
    }
    Forecast.Versus versus = null;
    if (b != null) versus = versus(periodRuns, yearRuns, bPeriodRuns, bYearRuns);
    return new Forecast(
        a.plan.name(),
        a.plan.currency().code(),
        pipeline.asOf,
        runs,
        settings.seed(),
        slips.shown(rates),
        slips.fromCommandLine(),
        rates.learned(),
        stageRates(),
        pipeline.size(),
        pipeline.overdue,
        rows,
        totals,
        year,
        budget,
        costs,
        versus);
  }

  private Forecast.Versus versus(
      long[][] periodRuns, long[] yearRuns, long[][] bPeriodRuns, long[] bYearRuns) {
    Figures bWeighted = figuresOf(b.stageWeighted());
    Figures bSoFar = figuresOf(b.earnedSoFar());
    Figures bAll = figuresOf(b.evaluate(Scenario.all(b.pipeline)));
    List<Forecast.Row> totals = totals(bPeriodRuns, bSoFar, bWeighted, bAll);
    Forecast.Row year =
        row(Forecast.TOTAL, Forecast.YEAR, bSoFar.year, bWeighted.year, bAll.year, bYearRuns);
    List<Forecast.Row> difference = new ArrayList<>();
    for (int p = 0; p <= open.size(); p++) {
      long[] d = new long[settings.runs()];
      for (int r = 0; r < d.length; r++)
        d[r] = Math.subtractExact(bPeriodRuns[p][r], periodRuns[p][r]);
      String label = p < open.size() ? open.get(p).label() : Forecast.ALL_OPEN;
      difference.add(row("B - A", label, null, null, null, d));
    }
    long[] d = new long[settings.runs()];
    for (int r = 0; r < d.length; r++) d[r] = Math.subtractExact(bYearRuns[r], yearRuns[r]);
    difference.add(row("B - A", Forecast.YEAR, null, null, null, d));
    return new Forecast.Versus(b.plan.name(), totals, year, difference);
  }

  private List<Forecast.Row> totals(
      long[][] periodRuns, Figures soFar, Figures weighted, Figures allWon) {
    List<Forecast.Row> totals = new ArrayList<>();
    for (int p = 0; p <= open.size(); p++) {
      String label = p < open.size() ? open.get(p).label() : Forecast.ALL_OPEN;
      totals.add(
          row(
              Forecast.TOTAL,
              label,
              soFar.periodTotals[p],
              weighted.periodTotals[p],
              allWon.periodTotals[p],
              periodRuns[p]));
    }
    return totals;
  }

  private Forecast.Budget budget(BigDecimal amount, long[] yearRuns) {
    BigDecimal exact = amount;
    int over = 0;
    BigDecimal overrun = BigDecimal.ZERO;
    for (long y : yearRuns) {
      BigDecimal total = BigDecimal.valueOf(y, scale);
      if (total.compareTo(exact) > 0) {
        over++;
        overrun = overrun.add(total.subtract(exact));
      }
    }
    BigDecimal mean =
        overrun.divide(BigDecimal.valueOf(yearRuns.length), scale, RoundingMode.HALF_EVEN);
    return new Forecast.Budget(amount, over, yearRuns.length, mean);
  }

  private List<Forecast.StageRate> stageRates() {
    List<Forecast.StageRate> out = new ArrayList<>();
    for (int s = 0; s < rates.stages().size(); s++) {
      BigDecimal r = rates.rates()[s];
      if (r == null) continue;
      String kind = s == rates.wonStage() ? "won" : r.signum() == 0 ? "lost" : "open";
      out.add(new Forecast.StageRate(rates.stages().get(s), r, kind));
    }
    return out;
  }

  private Forecast.Row row(
      String participant, String period, Long soFar, Long weighted, Long allWon, long[] runs) {
    long[] sorted = runs.clone();
    java.util.Arrays.sort(sorted);
    long sum = 0;
    for (long v : runs) sum = Math.addExact(sum, v);
    BigDecimal mean =
        BigDecimal.valueOf(sum, scale)
            .divide(BigDecimal.valueOf(runs.length), scale, RoundingMode.HALF_EVEN);
    return new Forecast.Row(
        participant,
        period,
        money(soFar),
        money(weighted),
        mean,
        BigDecimal.valueOf(quantile(sorted, 10), scale),
        BigDecimal.valueOf(quantile(sorted, 50), scale),
        BigDecimal.valueOf(quantile(sorted, 90), scale),
        money(allWon));
  }

  private BigDecimal money(Long v) {
    return v == null ? null : BigDecimal.valueOf(v, scale);
  }

  /**
   * The q-th percentile by the nearest rank: the smallest value with at least q% of the runs at or
   * below it. Always one of the simulated payouts, so exact money.
   */
  static long quantile(long[] sorted, int q) {
    int rank = (int) ((q * (long) sorted.length + 99) / 100); // ceil(q% x n), 1-based
    return sorted[Math.max(rank, 1) - 1];
  }

  private boolean shown(String participant) {
    return settings.only() == null || settings.only().contains(participant);
  }

  private boolean isOpen(String period) {
    return periodIndex(period) >= 0;
  }

  private int periodIndex(String period) {
    for (int p = 0; p < open.size(); p++) if (open.get(p).label().equals(period)) return p;
    return -1;
  }

  private static String key(String participant, String period) {
    return participant + '\u0000' + period;
  }

  /** One outcome's payouts in the plan's cells, as unscaled longs at {@link #scale}. */
  private final class Figures {
    final long[] cells = new long[Forecaster.this.cells.size()];
    final long[] periodTotals = new long[open.size() + 1];
    long year;
    final long[] teamEarned = new long[teamOf.size()];
    final BigDecimal[] teamBookings = new BigDecimal[teamOf.size()];

    long cost(int team) {
      BigDecimal bookings = teamBookings[team];
      if (bookings == null || bookings.signum() == 0) return 0;
      return BigDecimal.valueOf(teamEarned[team], scale)
          .divide(bookings, COST_SCALE, RoundingMode.HALF_EVEN)
          .unscaledValue()
          .longValueExact();
    }
  }

  private Figures figures(PlanOnData.Outcome o) {
    Figures f = figuresOf(o);
    for (StatementRow r : o.rows()) {
      Integer c = cellOf.get(key(r.participant(), r.period()));
      if (c != null) f.cells[c] = unscaled(r.payout());
    }
    return f;
  }

  /** The totals of an outcome (of either plan): per open period, over them, and the year's. */
  private Figures figuresOf(PlanOnData.Outcome o) {
    Figures f = new Figures();
    for (StatementRow r : o.rows()) {
      if (!shown(r.participant())) continue;
      long v = unscaled(r.payout());
      f.year = Math.addExact(f.year, v);
      int p = periodIndex(r.period());
      if (p >= 0) {
        f.periodTotals[p] = Math.addExact(f.periodTotals[p], v);
        f.periodTotals[open.size()] = Math.addExact(f.periodTotals[open.size()], v);
      }
    }
    for (TeamSummary t : o.teams()) {
      Integer i = teamOf.get(t.team());
      if (i == null || !isOpen(t.period()) || t.bookings() == null) continue;
      f.teamEarned[i] = Math.addExact(f.teamEarned[i], unscaled(t.earned()));
      f.teamBookings[i] =
          f.teamBookings[i] == null ? t.bookings() : f.teamBookings[i].add(t.bookings());
    }
    return f;
  }

  private long unscaled(BigDecimal money) {
    return money.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
  }
}
