package compass.eval;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.check.CheckedPlan;
import compass.check.PayRules;
import compass.data.DateColumn;
import compass.data.RowPlace;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.result.Reconciliation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the credit rule (SEMANTICS 3): each deal is credited to its targets with their shares
 * (and up the manager chain when the rule rolls up), on its crediting date, or excluded with the
 * part of the rule that excluded it, so that {@code read = credited + excluded} always holds.
 */
final class Crediting {
  private final Dataset data;
  private final CheckedPlan plan;
  private final PayRules rules;
  private final Table deals;
  // every credit, in the order made: deal row, person, share (null: 100%), by roll-up
  private int[] creditRow = new int[1024];
  private int[] creditPerson = new int[1024];
  private BigDecimal[] creditShare = new BigDecimal[1024];
  private boolean[] creditRolled = new boolean[1024];
  private int credits;
  private final Map<String, long[]> excluded = new LinkedHashMap<>();

  private Crediting(Dataset data) {
    this.data = data;
    this.plan = data.plan();
    this.rules = plan.rules();
    this.deals = data.deals();
  }

  /** Deals credited so far, for a progress bar (issue 19); null when nobody listens. */
  private java.util.concurrent.atomic.AtomicLong progress =
      compass.result.Progress.listened() ? new java.util.concurrent.atomic.AtomicLong() : null;

  static Reconciliation apply(Dataset data, ExprCompiler compiler) {
    if (data.deals() == null || data.plan().credit() == null) {
      Credits[] none = new Credits[data.personCount()];
      java.util.Arrays.fill(none, Credits.empty(data.periodCount()));
      data.setCredits(none);
      return new Reconciliation(0, 0, List.of());
    }
    return new Crediting(data).run(compiler);
  }

  /**
   * Issue 20: the credits after one deal row changed ({@code oldRow} of {@code before}'s deals
   * became {@code newRow} of {@code data}'s; -1: none, a deal added or removed), crediting only
   * that row: everyone else keeps their credits, with row numbers moved down past a removed row.
   * The result equals {@link #apply} on the whole table: a participant's credits are made in row
   * order and ordered by crediting date then deal id, as a full pass makes and orders them. For a
   * plan with one credit source; {@code was} is {@code before}'s reconciliation.
   */
  static Reconciliation again(
      Dataset data,
      ExprCompiler compiler,
      Dataset before,
      ExprCompiler beforeCompiler,
      Reconciliation was,
      int oldRow,
      int newRow) {
    return again(
        data,
        compiler,
        before,
        beforeCompiler,
        was,
        oldRow < 0 ? new int[0] : new int[] {oldRow},
        newRow < 0 ? new int[0] : new int[] {newRow},
        newRow < 0 ? oldRow : -1,
        false);
  }

  /**
   * Issue 18 and 20: as above for several rows: {@code oldRows} of {@code before}'s deals (in
   * increasing order) are credited again as {@code newRows} of {@code data}'s (a forecast's
   * outcome: the same rows with another stage and date), or {@code removed} (not -1) is the one row
   * removed. {@code idsInFileOrder}: the caller knows the new table's deal ids are in file order
   * (then deals of one day are already in id order, as {@link #apply} finds); false: they are put
   * in id order (the same result, found by sorting).
   */
  static Reconciliation again(
      Dataset data,
      ExprCompiler compiler,
      Dataset before,
      ExprCompiler beforeCompiler,
      Reconciliation was,
      int[] oldRows,
      int[] newRows,
      int removed,
      boolean idsInFileOrder) {
    Crediting now = new Crediting(data);
    Range gone = new Crediting(before).rows(beforeCompiler, oldRows);
    Range made = now.rows(compiler, newRows);
    if (gone.error != null) throw gone.error;
    if (made.error != null) throw made.error;
    boolean removal = removed >= 0;
    java.util.BitSet changed = new java.util.BitSet();
    for (int row : oldRows) changed.set(row);
    java.util.TreeSet<Integer> touched = new java.util.TreeSet<>();
    for (Range r : new Range[] {gone, made})
      for (int i = 0; i < r.size; i++) touched.add(r.person[i]);
    int people = data.personCount();
    Credits[] out = new Credits[people];
    for (int p = 0; p < people; p++) {
      Credits c = before.credits(p);
      out[p] = removal && !touched.contains(p) ? shifted(c, removed) : c;
    }
    // the new credits grouped by person, each group in the order made (a counting sort): a
    // forecast run wins hundreds of deals rolled up to a few managers, and scanning every new
    // credit for every touched person cost more than the rest of the run's crediting
    int[] madeFirst = new int[people + 1];
    for (int i = 0; i < made.size; i++) madeFirst[made.person[i] + 1]++;
    for (int p = 0; p < people; p++) madeFirst[p + 1] += madeFirst[p];
    int[] madeOf = new int[made.size];
    int[] madeFill = java.util.Arrays.copyOf(madeFirst, people);
    for (int i = 0; i < made.size; i++) madeOf[madeFill[made.person[i]]++] = i;
    for (int p : touched) { // the person's other credits and the changed rows', in row order
      Credits c = before.credits(p);
      long[] byRow = new long[c.size()];
      int kept = 0;
      for (int i = 0; i < c.size(); i++) {
        if (changed.get(c.rows()[i])) continue;
        int row = removal && c.rows()[i] > removed ? c.rows()[i] - 1 : c.rows()[i];
        byRow[kept++] = ((long) row << 32) | i; // (row, order made): a stable sort by row
      }
      java.util.Arrays.sort(byRow, 0, kept);
      int next = madeFirst[p], last = madeFirst[p + 1];
      for (int k = 0; k < kept; k++) {
        int i = (int) byRow[k];
        int row = (int) (byRow[k] >>> 32);
        while (next < last && made.row[madeOf[next]] < row) now.addMade(made, madeOf[next++]);
        BigDecimal share = c.share(i); // a whole share is kept as null, as a first crediting does
        now.add(p, row, share.compareTo(BigDecimal.ONE) == 0 ? null : share, c.rolled(i));
      }
      while (next < last) now.addMade(made, madeOf[next++]);
    }
    DateColumn dates = (DateColumn) data.deals().column(data.plan().creditDateField());
    now.orderOnly(out, touched, dates, compiler, idsInFileOrder);
    data.setCredits(out);
    List<String> reasons = now.prepare(compiler).reasons();
    long[] counts = new long[reasons.size()];
    java.util.Map<String, Long> wasExcluded = new java.util.HashMap<>();
    for (Reconciliation.Exclusion e : was.excluded()) wasExcluded.put(e.reason(), e.count());
    for (int i = 0; i < counts.length; i++) {
      counts[i] = wasExcluded.getOrDefault(reasons.get(i), 0L);
      counts[i] += made.excluded[i] - gone.excluded[i];
    }
    List<Reconciliation.Exclusion> exclusions = new ArrayList<>();
    for (int i = 0; i < counts.length; i++)
      if (counts[i] > 0) exclusions.add(new Reconciliation.Exclusion(reasons.get(i), counts[i]));
    long credited = was.credited() - gone.credited + made.credited;
    long read = was.read() + data.deals().rowCount() - before.deals().rowCount();
    return new Reconciliation(
        read, credited, exclusions, was.rejected(), was.source(), was.others());
  }

  /**
   * Issue 20: the participants one deal row is credited to (owner, split partners, managers by
   * roll-up), found by crediting that row alone, as {@link #apply} credited it.
   */
  static int[] creditedTo(Dataset data, ExprCompiler compiler, int row) {
    Range r = new Crediting(data).one(compiler, row);
    if (r.error != null) throw r.error;
    return java.util.Arrays.copyOf(r.person, r.size);
  }

  /** Adds the credit {@code at} of {@code made}. */
  private void addMade(Range made, int at) {
    add(made.person[at], made.row[at], made.share[at], made.rolled[at]);
  }

  /** A participant's credits with every row past a removed one numbered one lower. */
  private static Credits shifted(Credits c, int removed) {
    int[] rows = c.rows().clone();
    for (int i = 0; i < rows.length; i++) if (rows[i] > removed) rows[i]--;
    return new Credits(rows, c.shares(), c.rolledUp(), c.cancelPeriod(), c.kept(), c.periodStart());
  }

  /** What crediting a row needs: the rule's compiled conditions and targets, the reasons. */
  private record Prepared(
      List<Nodes.Bool> tests,
      ShareSource shares,
      DateColumn dates,
      TextColumn owners,
      List<String> reasons) {}

  private Prepared prepared;

  private Prepared prepare(ExprCompiler compiler) {
    if (prepared != null) return prepared;
    List<Expr> conjuncts = compass.check.CreditConditions.parts(plan.credit().filter());
    List<Nodes.Bool> tests = conjuncts.stream().map(compiler::condition).toList();
    ShareSource shares = new ShareSource(data, compiler);
    DateColumn dates = (DateColumn) deals.column(plan.creditDateField());
    String dateName = deals.schema().fields().get(plan.creditDateField()).name();
    // every reason in a fixed order (the rule's conditions, then the others), so the
    // reconciliation reads the same whatever the order of the rows (issue 7: determinism)
    List<String> reasons = new ArrayList<>();
    for (Expr c : conjuncts) reasons.add(compass.check.CreditConditions.reason(c));
    reasons.add("no " + dateName);
    reasons.add(dateName + " outside the plan's periods");
    reasons.add(shares.emptyReason());
    if (rules.rollUp() != Decl.RollUp.NONE)
      data.managerOf(0); // built once, before the threads read it
    TextColumn owners =
        plan.creditTargetField() < 0 ? null : (TextColumn) deals.column(plan.creditTargetField());
    prepared = new Prepared(tests, shares, dates, owners, reasons);
    return prepared;
  }

  /** One row credited (or excluded) alone. */
  private Range one(ExprCompiler compiler, int row) {
    return rows(compiler, new int[] {row});
  }

  /** Some rows (in increasing order) credited or excluded, as a pass over them would. */
  private Range rows(ExprCompiler compiler, int[] rows) {
    progress = null; // a few rows: no progress bar
    Prepared p = prepare(compiler);
    Range range = new Range(p.reasons().size());
    try {
      for (int row : rows) range.credit(row, row + 1, p.tests(), p.shares(), p.dates(), p.owners());
    } catch (EvalError e) {
      range.error = e;
    }
    return range;
  }

  /** Orders the credits made so far of the {@code persons} only, into {@code out}. */
  private void orderOnly(
      Credits[] out,
      java.util.Set<Integer> persons,
      DateColumn dates,
      ExprCompiler compiler,
      boolean idsInFileOrder) {
    TextColumn ids =
        deals.fieldIndex("id") >= 0 && deals.column("id") instanceof TextColumn t ? t : null;
    Clawbacks clawbacks = new Clawbacks(data, compiler);
    int people = data.personCount();
    int[] first = new int[people + 1];
    for (int i = 0; i < credits; i++) first[creditPerson[i] + 1]++;
    for (int p = 0; p < people; p++) first[p + 1] += first[p];
    int[] byPerson = new int[credits];
    int[] fill = java.util.Arrays.copyOf(first, people);
    for (int i = 0; i < credits; i++) byPerson[fill[creditPerson[i]]++] = i;
    // same-day deals put in id order unless the file is (then sorting would change nothing)
    for (int p : persons)
      out[p] =
          ordered(p, first, byPerson, dates, ids, idsInFileOrder, clawbacks, data.periodCount());
  }

  private Reconciliation run(ExprCompiler compiler) {
    Prepared p = prepare(compiler);
    List<Nodes.Bool> tests = p.tests();
    ShareSource shares = p.shares();
    DateColumn dates = p.dates();
    TextColumn owners = p.owners();
    List<String> reasons = p.reasons();
    // rows are credited in parallel ranges; each range keeps its credits in row order and the
    // ranges are joined in order, so the result is the same as one pass over the file
    int rowCount = deals.rowCount();
    int ranges = rowCount < 100_000 ? 1 : Runtime.getRuntime().availableProcessors();
    Range[] parts = new Range[ranges];
    java.util.stream.IntStream.range(0, ranges)
        .parallel()
        .forEach(
            r -> {
              Range range = new Range(reasons.size());
              try {
                range.credit(
                    r * (long) rowCount / ranges,
                    (r + 1) * (long) rowCount / ranges,
                    tests,
                    shares,
                    dates,
                    owners);
              } catch (EvalError e) {
                range.error = e;
              }
              parts[r] = range;
            });
    long credited = 0;
    long[] counts = new long[reasons.size()];
    for (Range range : parts) {
      if (range.error != null) throw range.error; // the first bad row's error, as one pass would
      for (int i = 0; i < range.size; i++)
        add(range.person[i], range.row[i], range.share[i], range.rolled[i]);
      for (int i = 0; i < counts.length; i++) counts[i] += range.excluded[i];
      credited += range.credited;
    }
    for (int i = 0; i < counts.length; i++)
      excluded.computeIfAbsent(reasons.get(i), k -> new long[1])[0] += counts[i];
    data.setCredits(order(dates, compiler));
    List<Reconciliation.Exclusion> out = new ArrayList<>();
    excluded.forEach(
        (reason, n) -> {
          if (n[0] > 0) out.add(new Reconciliation.Exclusion(reason, n[0]));
        });
    return new Reconciliation(rowCount, credited, out);
  }

  /** The credits made from one range of rows, in row order, and the exclusions counted there. */
  private final class Range {
    int[] row = new int[256];
    int[] person = new int[256];
    BigDecimal[] share = new BigDecimal[256];
    boolean[] rolled = new boolean[256];
    int size;
    long credited;
    final long[] excluded;
    EvalError error;

    Range(int reasons) {
      excluded = new long[reasons];
    }

    void credit(
        long from,
        long to,
        List<Nodes.Bool> tests,
        ShareSource shares,
        DateColumn dates,
        TextColumn owners) {
      int conditions = tests.size();
      Frame frame = new Frame(data, 0, false); // moves from deal to deal; keeps no values
      long perDeal = data.stepsPerVisit();
      if (progress != null) compass.result.Progress.credited(progress.get(), deals.rowCount());
      rows:
      for (int row = (int) from; row < to; row++) {
        if (progress != null && ((row - from) & 0xFFFF) == 0xFFFF) // every 65,536 deals
        compass.result.Progress.credited(progress.addAndGet(0x10000), deals.rowCount());
        frame.deal = row;
        frame.budget.grant(perDeal); // E0603: the credit rule's steps grow with the deals
        Integer owner = owners == null ? null : data.personIndex(owners.get(row));
        frame.person = owner == null ? 0 : owner; // people fields in a filter are the owner's
        for (int i = 0; i < conditions; i++) {
          if (!tests.get(i).test(frame)) {
            excluded[i]++;
            continue rows;
          }
        }
        int day = dates.epochDay(row);
        if (day == DateColumn.MISSING) {
          excluded[conditions]++;
          continue;
        }
        if (data.periodOf(day) < 0) {
          excluded[conditions + 1]++;
          continue;
        }
        if (shares.simple()) { // one owner at 100%: no lists on the hot path
          if (owner == null) {
            excluded[conditions + 2]++;
            continue;
          }
          creditWithRollUp(owner, row, null);
          credited++;
          continue;
        }
        List<ShareSource.Share> targets = shares.of(frame, row);
        if (targets.isEmpty()) {
          excluded[conditions + 2]++;
          continue;
        }
        for (ShareSource.Share s : targets)
          creditWithRollUp(
              s.person(), row, s.share().compareTo(BigDecimal.ONE) == 0 ? null : s.share());
        credited++;
      }
    }

    /** Credits the person and, when the rule rolls up, the manager chain with the same share. */
    private void creditWithRollUp(int who, int deal, BigDecimal part) {
      put(who, deal, part, false);
      if (rules.rollUp() == Decl.RollUp.NONE) return;
      int manager = data.managerOf(who);
      while (manager >= 0) {
        put(manager, deal, part, true);
        if (rules.rollUp() == Decl.RollUp.ONE_LEVEL) break;
        manager = data.managerOf(manager);
      }
    }

    private void put(int who, int deal, BigDecimal part, boolean byRollUp) {
      if (size == row.length) {
        int n = size * 2;
        row = java.util.Arrays.copyOf(row, n);
        person = java.util.Arrays.copyOf(person, n);
        share = java.util.Arrays.copyOf(share, n);
        rolled = java.util.Arrays.copyOf(rolled, n);
      }
      row[size] = deal;
      person[size] = who;
      share[size] = part;
      rolled[size] = byRollUp;
      size++;
    }
  }

  private void add(int person, int row, BigDecimal share, boolean rolled) {
    if (credits == creditRow.length) {
      int n = credits * 2;
      creditRow = java.util.Arrays.copyOf(creditRow, n);
      creditPerson = java.util.Arrays.copyOf(creditPerson, n);
      creditShare = java.util.Arrays.copyOf(creditShare, n);
      creditRolled = java.util.Arrays.copyOf(creditRolled, n);
    }
    creditRow[credits] = row;
    creditPerson[credits] = person;
    creditShare[credits] = share;
    creditRolled[credits] = rolled;
    credits++;
  }

  /** SEMANTICS 5: deals in order of crediting date, then deal id; periods as offsets. */
  private Credits[] order(DateColumn dates, ExprCompiler compiler) {
    TextColumn ids =
        deals.fieldIndex("id") >= 0 && deals.column("id") instanceof TextColumn t ? t : null;
    Clawbacks clawbacks = new Clawbacks(data, compiler);
    int n = data.periodCount();
    int people = data.personCount();
    // most exports list deals in id order: then (date, file order) already is (date, id)
    boolean idsInFileOrder = ids != null && inFileOrder(ids);
    // group the credits by person (a counting sort keeps them in the order made)
    int[] first = new int[people + 1];
    for (int i = 0; i < credits; i++) first[creditPerson[i] + 1]++;
    for (int p = 0; p < people; p++) first[p + 1] += first[p];
    int[] byPerson = new int[credits];
    int[] fill = java.util.Arrays.copyOf(first, people);
    for (int i = 0; i < credits; i++) byPerson[fill[creditPerson[i]]++] = i;
    Credits[] out = new Credits[people];
    // each person's credits are ordered independently: in parallel across cores
    java.util.stream.IntStream.range(0, people)
        .parallel()
        .forEach(
            p -> out[p] = ordered(p, first, byPerson, dates, ids, idsInFileOrder, clawbacks, n));
    return out;
  }

  /** One person's credits in crediting order, with clawback periods and period offsets. */
  private Credits ordered(
      int p,
      int[] first,
      int[] byPerson,
      DateColumn dates,
      TextColumn ids,
      boolean idsInFileOrder,
      Clawbacks clawbacks,
      int n) {
    int size = first[p + 1] - first[p];
    // order by (date, order made), then put deals of the same date in id order
    int[] order = byDate(first[p], size, byPerson, dates);
    if (ids != null && !idsInFileOrder) sameDayById(order, dates, ids);
    int[] rows = new int[size];
    // each array is made at its first value other than the default (see Credits)
    BigDecimal[] shares = null;
    boolean[] rolled = null;
    int[] cancel = null;
    BigDecimal[] kept = null;
    for (int i = 0; i < size; i++) {
      int c = order[i];
      rows[i] = creditRow[c];
      if (creditShare[c] != null && shares == null) shares = filled(size, BigDecimal.ONE);
      if (shares != null) shares[i] = creditShare[c] == null ? BigDecimal.ONE : creditShare[c];
      if (creditRolled[c] && rolled == null) rolled = new boolean[size];
      if (rolled != null) rolled[i] = creditRolled[c];
      Clawbacks.Reversal r =
          clawbacks.active()
              ? clawbacks.reversal(rows[i], p, dates.epochDay(rows[i]), false)
              : null;
      if (r == null) {
        if (cancel != null) cancel[i] = Integer.MAX_VALUE;
        if (kept != null) kept[i] = BigDecimal.ONE;
      } else {
        if (cancel == null) cancel = filled(size, Integer.MAX_VALUE);
        if (kept == null) kept = filled(size, BigDecimal.ONE);
        cancel[i] = r.period();
        kept[i] = BigDecimal.ONE.subtract(r.share());
      }
    }
    int[] start = new int[n + 1];
    int k = 0;
    for (int period = 0; period < n; period++) {
      start[period] = k;
      long end = data.periods().get(period).end().toEpochDay();
      while (k < size && dates.epochDay(rows[k]) <= end) k++;
    }
    start[n] = size;
    return new Credits(rows, shares, rolled, cancel, kept, start);
  }

  /**
   * The credits byPerson[from, from + size) ordered by crediting date, and in the order made within
   * a date. When the dates span few days for the number of credits (a year of days for thousands of
   * deals), a counting sort over the days does it in one pass; otherwise a sort of primitive keys
   * (date, order made). Both give the same order.
   */
  private int[] byDate(int from, int size, int[] byPerson, DateColumn dates) {
    int[] order = new int[size];
    if (size == 0) return order;
    int[] day = new int[size];
    int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      day[i] = dates.epochDay(creditRow[byPerson[from + i]]);
      min = Math.min(min, day[i]);
      max = Math.max(max, day[i]);
    }
    long span = (long) max - min + 1;
    if (span <= 2L * size) {
      int[] start = new int[(int) span + 1];
      for (int i = 0; i < size; i++) start[day[i] - min + 1]++;
      for (int d = 0; d < span; d++) start[d + 1] += start[d];
      for (int i = 0; i < size; i++) order[start[day[i] - min]++] = byPerson[from + i];
      return order;
    }
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) keys[i] = ((long) day[i] << 32) | i;
    java.util.Arrays.sort(keys);
    for (int i = 0; i < size; i++) order[i] = byPerson[from + (int) keys[i]];
    return order;
  }

  private static BigDecimal[] filled(int size, BigDecimal value) {
    BigDecimal[] out = new BigDecimal[size];
    java.util.Arrays.fill(out, value);
    return out;
  }

  private static int[] filled(int size, int value) {
    int[] out = new int[size];
    java.util.Arrays.fill(out, value);
    return out;
  }

  /** Whether a table's deal ids are in file order (issue 18: once for every forecast run). */
  static boolean idsInFileOrder(Table deals) {
    TextColumn ids =
        deals.fieldIndex("id") >= 0 && deals.column("id") instanceof TextColumn t ? t : null;
    if (ids == null) return false;
    for (int row = 1; row < deals.rowCount(); row++) {
      if (!ids.isPresent(row - 1) || !ids.isPresent(row) || ids.compare(row - 1, row) > 0)
        return false;
    }
    return true;
  }

  private boolean inFileOrder(TextColumn ids) {
    for (int row = 1; row < deals.rowCount(); row++) {
      if (!ids.isPresent(row - 1) || !ids.isPresent(row) || ids.compare(row - 1, row) > 0)
        return false;
    }
    return true;
  }

  /** Within each run of one date, order by deal id (then order made; the sort is stable). */
  private void sameDayById(int[] order, DateColumn dates, TextColumn ids) {
    int i = 0;
    while (i < order.length) {
      int day = dates.epochDay(creditRow[order[i]]);
      int j = i + 1;
      boolean ordered = true;
      while (j < order.length && dates.epochDay(creditRow[order[j]]) == day) {
        if (ids.compare(creditRow[order[j - 1]], creditRow[order[j]]) > 0) ordered = false;
        j++;
      }
      if (!ordered) {
        Integer[] run = new Integer[j - i];
        for (int r = i; r < j; r++) run[r - i] = order[r];
        java.util.Arrays.sort(run, java.util.Comparator.comparing(c -> ids.get(creditRow[c])));
        for (int r = i; r < j; r++) order[r] = run[r - i];
      }
      i = j;
    }
  }

  static EvalError dealError(Table deals, int row, String message, String hint) {
    return new EvalError(
        Diagnostic.error(Code.E0513, RowPlace.row(deals, row, null), message).withHint(hint));
  }
}
