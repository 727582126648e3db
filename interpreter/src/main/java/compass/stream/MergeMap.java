package compass.stream;

/**
 * The merged rows of one part of the file (issue 20): per distinct (participant, period, key field
 * values), how many deals and the exact sums of the fields added up, as unscaled longs. Rows of one
 * participant and period are chained from a slot of their own (a participant has few distinct key
 * values in a period: the chain is short), so finding a row reads a small array and one or two
 * rows, not a hash table the size of the book. Flat arrays: no object per row or per deal.
 */
final class MergeMap {
  /** Past this many merged rows the plan's key is nearly one row per deal: read the file whole. */
  static final int LIMIT = 1 << 22;

  /** Past this many participant-periods a part's slots would outweigh the deals: read whole. */
  static final int SLOTS = 1 << 22;

  private final int keys; // key field values per row (after participant and period)
  private final int sums;
  private final int periods;
  private final int[] first; // per participant-period: index + 1 of its first row, 0: none
  private int[] next; // per row: index + 1 of the next row of its participant-period, 0: none
  private int[] slotOf; // per row: its participant-period
  private long[] values; // per row: its key field values
  private long[] weights;
  private long[] totals;
  private int size;

  MergeMap(int keyFields, int sums, int people, int periods) throws Unstreamable {
    if ((long) people * periods > SLOTS) throw new Unstreamable("too many participant-periods");
    this.keys = keyFields;
    this.sums = sums;
    this.periods = periods;
    this.first = new int[Math.max(1, people * periods)];
    this.next = new int[64];
    this.slotOf = new int[64];
    this.values = new long[64 * Math.max(1, keys)];
    this.weights = new long[64];
    this.totals = new long[64 * Math.max(1, sums)];
  }

  int size() {
    return size;
  }

  /** The participant of merged row r. */
  int person(int r) {
    return slotOf[r] / periods;
  }

  /** The pay period of merged row r. */
  int period(int r) {
    return slotOf[r] % periods;
  }

  /** The value of key field i on merged row r. */
  long key(int r, int i) {
    return values[r * keys + i];
  }

  long weight(int r) {
    return weights[r];
  }

  long total(int r, int i) {
    return totals[r * sums + i];
  }

  /**
   * Adds {@code weight} deals with these sums to the row of (person, period, key[0, keys)).
   *
   * @throws Unstreamable when a sum does not fit in a long, or there are too many rows to merge
   */
  void add(int person, int period, long[] key, long weight, long[] add) throws Unstreamable {
    int r = find(person * periods + period, key);
    try {
      weights[r] = Math.addExact(weights[r], weight);
      for (int i = 0; i < sums; i++)
        totals[r * sums + i] = Math.addExact(totals[r * sums + i], add[i]);
    } catch (ArithmeticException overflow) {
      throw new Unstreamable("a sum does not fit in 18 digits");
    }
  }

  /** Adds every row of {@code other} to this map. */
  void addAll(MergeMap other) throws Unstreamable {
    long[] key = new long[keys];
    long[] add = new long[sums];
    for (int r = 0; r < other.size; r++) {
      System.arraycopy(other.values, r * keys, key, 0, keys);
      System.arraycopy(other.totals, r * sums, add, 0, sums);
      add(other.person(r), other.period(r), key, other.weights[r], add);
    }
  }

  private int find(int slot, long[] key) throws Unstreamable {
    int at = first[slot];
    while (at != 0) {
      int r = at - 1;
      if (same(r, key)) return r;
      at = next[r];
    }
    return insert(slot, key);
  }

  private boolean same(int r, long[] key) {
    int base = r * keys;
    for (int i = 0; i < keys; i++) if (values[base + i] != key[i]) return false;
    return true;
  }

  private int insert(int slot, long[] key) throws Unstreamable {
    if (size == LIMIT) throw new Unstreamable("too many distinct rows to merge");
    if (size == weights.length) grow();
    int r = size++;
    System.arraycopy(key, 0, values, r * keys, keys);
    slotOf[r] = slot;
    next[r] = first[slot];
    first[slot] = r + 1;
    return r;
  }

  private void grow() {
    int n = weights.length * 2;
    next = java.util.Arrays.copyOf(next, n);
    slotOf = java.util.Arrays.copyOf(slotOf, n);
    values = java.util.Arrays.copyOf(values, n * Math.max(1, keys));
    weights = java.util.Arrays.copyOf(weights, n);
    totals = java.util.Arrays.copyOf(totals, n * Math.max(1, sums));
  }
}
