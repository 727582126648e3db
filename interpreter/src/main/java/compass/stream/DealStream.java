package compass.stream;

import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.data.BuiltTable;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.Table;
import compass.data.TableSchema;
import compass.eval.MergedDeals;
import compass.result.Reconciliation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 20: reads the deals file once, as a stream, crediting each row as it comes and merging the
 * credited ones per participant, pay period and value of the plan's key fields ({@link
 * StreamPlan}); memory holds the merged rows, never the deals. The file is read in parts on every
 * core, each part merged on its own, then the parts merged together: sums of exact integers, so the
 * order does not matter.
 */
public final class DealStream {
  /** The scale money and number cells are typed at: 12.5 is 125000 (more decimals: read whole). */
  public static final int SCALE = CreditTest.SCALE;

  /** The typed cells of one row, handed over by the reader of one part of the file. */
  public interface CellRows {
    void row(long[] cells) throws Unstreamable;
  }

  /** What reading the file gave: the rows read, and each kept text field's distinct values. */
  public record Scanned(long rows, List<List<String>> texts) {}

  /** Where the typed rows come from: the fast scan of the file (or a table, in tests). */
  public interface RowSource {
    /**
     * Hands every row to the sink of its part ({@code sinks.apply(part)}, one per part, each used
     * by one thread at a time), typing the fields {@code keep} marks.
     */
    Scanned scan(boolean[] keep, java.util.function.IntFunction<CellRows> sinks)
        throws Unstreamable, IOException;
  }

  /** The merged deals, and the rows the data warnings look at (every value each field has). */
  public record Streamed(MergedDeals merged, Table lintRows) {}

  private final StreamPlan plan;
  private final CheckedPlan checked;
  private final List<String> people;
  private final int[] keyFields;
  private final int[] totalFields;
  private final int[] stageFields;
  private final int[] personFields;
  private final int firstDay;
  private final byte[] periodOfDay; // period + 1 of each day from firstDay; 0: none
  private final List<Part> parts = java.util.Collections.synchronizedList(new ArrayList<>());

  private DealStream(StreamPlan plan, List<String> people) {
    this.plan = plan;
    this.checked = plan.plan;
    this.people = people;
    List<FieldSpec> fields = checked.deals().fields();
    List<Integer> keys = new ArrayList<>(), sums = new ArrayList<>();
    List<Integer> stages = new ArrayList<>(), persons = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (plan.key[i] && i != plan.target) keys.add(i);
      if (plan.totals[i]) sums.add(i);
      if (fields.get(i).type() == ColumnType.STAGE && plan.keep[i]) stages.add(i);
      if (fields.get(i).type() == ColumnType.PERSON && plan.keep[i]) persons.add(i);
    }
    this.keyFields = keys.stream().mapToInt(Integer::intValue).toArray();
    this.totalFields = sums.stream().mapToInt(Integer::intValue).toArray();
    this.stageFields = stages.stream().mapToInt(Integer::intValue).toArray();
    this.personFields = persons.stream().mapToInt(Integer::intValue).toArray();
    List<Period> periods = checked.periods();
    int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
    for (Period p : periods) {
      first = Math.min(first, (int) p.start().toEpochDay());
      last = Math.max(last, (int) p.end().toEpochDay());
    }
    this.firstDay = periods.isEmpty() ? 0 : first;
    this.periodOfDay = new byte[periods.isEmpty() ? 0 : last - first + 1];
    for (int k = 0; k < periods.size(); k++) {
      Period p = periods.get(k);
      for (long d = p.start().toEpochDay(); d <= p.end().toEpochDay(); d++)
        periodOfDay[(int) d - first] = (byte) (k + 1);
    }
  }

  /**
   * Reads the deals through {@code source}: the merged deals credited, with the reconciliation of
   * the file's rows, and the rows for the data warnings.
   *
   * @param people the participants' ids, in the order of the people table's rows
   * @throws Unstreamable when the file must be read whole
   */
  public static Streamed read(StreamPlan plan, List<String> people, RowSource source)
      throws Unstreamable, IOException {
    // a day's period is kept in a byte (weekly plans, the only ones with more, do not stream)
    if (plan.plan.periods().size() > 126) throw new Unstreamable("too many pay periods");
    DealStream s = new DealStream(plan, people);
    Scanned scanned = source.scan(plan.keep, k -> s.newPart());
    return s.finish(scanned);
  }

  private CellRows newPart() {
    Part p;
    try {
      p = new Part();
    } catch (Unstreamable e) {
      return cells -> { // too many participant-periods to merge in memory: read whole
        throw e;
      };
    }
    parts.add(p);
    return p;
  }

  private MergeMap newMap() throws Unstreamable {
    return new MergeMap(
        keyFields.length, totalFields.length, people.size(), checked.periods().size());
  }

  /** One part of the file: its merged rows, what it excluded and why, the values it saw. */
  private final class Part implements CellRows {
    final MergeMap merged;
    final long[] excluded = new long[plan.test.reasons().size() + 3];
    final boolean[][] stagesSeen = new boolean[stageFields.length][checked.stages().size()];
    final boolean[][] peopleSeen = new boolean[personFields.length][people.size()];
    long read;
    private final long[] key = new long[keyFields.length];
    private final long[] sums = new long[totalFields.length];

    Part() throws Unstreamable {
      merged = newMap();
    }

    @Override
    public void row(long[] cells) throws Unstreamable {
      read++;
      for (int i = 0; i < stageFields.length; i++) {
        long stage = cells[stageFields[i]];
        if (stage != CreditTest.MISSING) stagesSeen[i][(int) stage] = true;
      }
      for (int i = 0; i < personFields.length; i++) {
        long person = cells[personFields[i]];
        if (person != CreditTest.MISSING) peopleSeen[i][(int) person] = true;
      }
      // the order of Crediting: the rule's conditions, then no date, a date outside the plan's
      // periods, no owner (each excluded row counted under the first reason it meets)
      int conditions = plan.test.reasons().size();
      int failed = plan.test.firstFailed(cells);
      if (failed >= 0) {
        excluded[failed]++;
        return;
      }
      long day = cells[plan.date];
      if (day == CreditTest.MISSING) {
        excluded[conditions]++;
        return;
      }
      int period = periodOf(day);
      if (period < 0) {
        excluded[conditions + 1]++;
        return;
      }
      if (cells[plan.target] == CreditTest.MISSING) {
        excluded[conditions + 2]++;
        return;
      }
      for (int i = 0; i < keyFields.length; i++) key[i] = present(cells[keyFields[i]]);
      for (int i = 0; i < totalFields.length; i++) sums[i] = present(cells[totalFields[i]]);
      merged.add((int) cells[plan.target], period, key, 1, sums);
    }
  }

  /**
   * A cell of a credited deal that the plan reads after crediting; an empty one leaves the stream
   * (the evaluator says what an empty cell it needs means, at its row).
   */
  private static long present(long cell) throws Unstreamable {
    if (cell == CreditTest.MISSING) throw new Unstreamable("an empty cell the plan reads");
    return cell;
  }

  private int periodOf(long day) {
    long at = day - firstDay;
    return at < 0 || at >= periodOfDay.length ? -1 : periodOfDay[(int) at] - 1;
  }

  private Streamed finish(Scanned scanned) throws Unstreamable {
    MergeMap all = newMap();
    long read = 0;
    long[] excluded = new long[plan.test.reasons().size() + 3];
    boolean[][] stagesSeen = new boolean[stageFields.length][checked.stages().size()];
    boolean[][] peopleSeen = new boolean[personFields.length][people.size()];
    for (Part p : parts) {
      all.addAll(p.merged);
      read += p.read;
      for (int i = 0; i < excluded.length; i++) excluded[i] += p.excluded[i];
      for (int f = 0; f < stageFields.length; f++)
        for (int s = 0; s < stagesSeen[f].length; s++) stagesSeen[f][s] |= p.stagesSeen[f][s];
      for (int f = 0; f < personFields.length; f++)
        for (int s = 0; s < peopleSeen[f].length; s++) peopleSeen[f][s] |= p.peopleSeen[f][s];
    }
    all.toRows();
    if (read != scanned.rows())
      throw new IllegalStateException("rows read " + scanned.rows() + ", merged " + read);
    return new Streamed(
        merged(all, read, excluded, scanned.texts()),
        lintRows(read, stagesSeen, peopleSeen, scanned.texts()));
  }

  /** The merged rows in order of participant, period, then key values, as a table. */
  private MergedDeals merged(MergeMap all, long read, long[] excluded, List<List<String>> texts) {
    int n = all.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    int keys = keyFields.length;
    if (!all.inOrder())
      Arrays.sort(
          order,
          (a, b) -> {
            int c = Integer.compare(all.person(a), all.person(b));
            if (c == 0) c = Integer.compare(all.period(a), all.period(b));
            for (int i = 0; i < keys && c == 0; i++) c = Long.compare(all.key(a, i), all.key(b, i));
            return c;
          });
    TableSchema schema = checked.deals();
    List<FieldSpec> fields = schema.fields();
    BuiltTable table = new BuiltTable(schema, n);
    int[] person = new int[n], period = new int[n];
    long[] weights = new long[n];
    int[] keyAt = new int[fields.size()], totalAt = new int[fields.size()];
    Arrays.fill(keyAt, -1);
    Arrays.fill(totalAt, -1);
    for (int i = 0; i < keyFields.length; i++) keyAt[keyFields[i]] = i;
    for (int i = 0; i < totalFields.length; i++) totalAt[totalFields[i]] = i;
    for (int row = 0; row < n; row++) {
      int r = order[row];
      person[row] = all.person(r);
      period[row] = all.period(r);
      weights[row] = all.weight(r);
      for (int f = 0; f < fields.size(); f++) {
        if (f == plan.target) table.text(f, people.get(person[row]));
        else if (keyAt[f] >= 0) cell(table, f, fields.get(f).type(), all.key(r, keyAt[f]), texts);
        else if (totalAt[f] >= 0) table.decimal(f, all.total(r, totalAt[f]), CreditTest.SCALE);
        else if (f == plan.date)
          table.date(f, (int) checked.periods().get(period[row]).start().toEpochDay());
        else table.missing(f); // read by nothing after crediting
      }
      table.endRow();
    }
    List<String> reasons = new ArrayList<>(plan.test.reasons()); // worded as Crediting words them
    String date = fields.get(plan.date).name();
    reasons.add("no " + date);
    reasons.add(date + " outside the plan's periods");
    reasons.add("no " + checked.credit().target().text());
    List<Reconciliation.Exclusion> out = new ArrayList<>();
    long credited = read;
    for (int i = 0; i < excluded.length; i++) {
      credited -= excluded[i];
      if (excluded[i] > 0) out.add(new Reconciliation.Exclusion(reasons.get(i), excluded[i]));
    }
    boolean[] totals = plan.totals.clone();
    return new MergedDeals(
        table.build(), person, period, weights, totals, new Reconciliation(read, credited, out));
  }

  /** One key cell of a merged row, typed back from its long. */
  private void cell(BuiltTable table, int f, ColumnType type, long v, List<List<String>> texts) {
    switch (type) {
      case STAGE -> table.stage(f, (int) v);
      case DATE -> table.date(f, (int) v);
      case INTEGER -> table.integer(f, v);
      case MONEY, NUMBER -> table.decimal(f, v, CreditTest.SCALE);
      case PERSON -> table.text(f, people.get((int) v));
      case TEXT -> table.text(f, texts.get(f).get((int) v));
      default -> throw new IllegalStateException("a " + type + " field is never streamed");
    }
  }

  /**
   * Rows for the data warnings (W0106: a value the plan compares with that no row has): every
   * stage, person and kept text each field has anywhere in the file, one per row, the other cells
   * empty. A file with rows gives at least one.
   */
  private Table lintRows(
      long read, boolean[][] stagesSeen, boolean[][] peopleSeen, List<List<String>> texts) {
    TableSchema schema = checked.deals();
    List<FieldSpec> fields = schema.fields();
    BuiltTable table = new BuiltTable(schema, 16);
    int rows = read > 0 ? 1 : 0;
    List<int[]> stageValues = new ArrayList<>(), personValues = new ArrayList<>();
    for (boolean[] seen : stagesSeen) stageValues.add(indexes(seen));
    for (boolean[] seen : peopleSeen) personValues.add(indexes(seen));
    for (int[] v : stageValues) rows = Math.max(rows, v.length);
    for (int[] v : personValues) rows = Math.max(rows, v.length);
    for (int f = 0; f < fields.size(); f++)
      if (texts != null && texts.get(f) != null) rows = Math.max(rows, texts.get(f).size());
    for (int row = 0; row < rows; row++) {
      for (int f = 0; f < fields.size(); f++) {
        int s = indexOf(stageFields, f), p = indexOf(personFields, f);
        List<String> text = texts == null ? null : texts.get(f);
        if (s >= 0 && row < stageValues.get(s).length) table.stage(f, stageValues.get(s)[row]);
        else if (p >= 0 && row < personValues.get(p).length)
          table.text(f, people.get(personValues.get(p)[row]));
        else if (fields.get(f).type() == ColumnType.TEXT && text != null && row < text.size())
          table.text(f, text.get(row));
        else table.missing(f);
      }
      table.endRow();
    }
    return table.build();
  }

  private static int[] indexes(boolean[] seen) {
    int n = 0;
    for (boolean b : seen) if (b) n++;
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < seen.length; i++) if (seen[i]) out[k++] = i;
    return out;
  }

  private static int indexOf(int[] fields, int f) {
    for (int i = 0; i < fields.length; i++) if (fields[i] == f) return i;
    return -1;
  }
}
