package compass.stream;

/**
 * The merged rows of one part of the file (issue 20): per distinct (participant, period, key field
 * values), how many deals and the exact sums of the fields added up, as unscaled longs. Rows of one
 * participant and period are chained from a slot of their own (a participant has few distinct key
 * values in a period: the chain is short), so finding a row reads a small array and one or two
 * rows, not a hash table the size of the book. Each row's numbers lie side by side in one array
 * (its link, count, key values and sums): a deal added touches one or two cache lines. While the
 * key values are few, deals go into dense cells instead (see below); {@link #toRows} makes them
 * rows before the rows are read.
 */
final class MergeMap {
  /** Past this many merged rows the plan's key is nearly one row per deal: read the file whole. */
  static final int LIMIT = 1 << 22;

  /** Past this many participant-periods a part's slots would outweigh the deals: read whole. */
  static final int SLOTS = 1 << 22;

  private static final int LINK = 0; // the next row of the slot (index + 1, 0: none) and the slot
  private static final int WEIGHT = 1;
  private static final int KEYS = 2;

  private final int keys; // key field values per row (after participant and period)
  private final int sums;
  private final int stride;
  private final int periods;
  private final int[] first; // per participant-period: index + 1 of its first row, 0: none
  private long[] rows;
  private int size;

  // Dense mode, while the key values seen are few (B1: the three terms): each distinct key gets a
  // code, and a deal is added straight into cells[(slot * codes + code) * (1 + sums)]: its count,
  // then its sums. One memory access per deal instead of a walk along the slot's rows (a tenth of
  // a 10M run's time). Past DENSE_CODES key values, or too large a table, the cells become rows.
  private static final int DENSE_CODES = 16;
  private static final long DENSE_LONGS = 1L << 23; // 64 MB
  private long[] cells;
  private int codes; // codes per slot in cells
  private long[] codeKeys = new long[0]; // the key values of each code
  private int codeCount;
  private boolean inOrder;

  MergeMap(int keyFields, int sums, int people, int periods) throws Unstreamable {
    if ((long) people * periods > SLOTS) throw new Unstreamable("too many participant-periods");
    this.keys = keyFields;
    this.sums = sums;
    this.stride = KEYS + keys + sums;
    this.periods = periods;
    this.first = new int[Math.max(1, people * periods)];
    this.rows = new long[64 * stride];
    this.codes = 4;
    if ((long) first.length * codes * (1 + sums) <= DENSE_LONGS)
      this.cells = new long[first.length * codes * (1 + sums)];
  }

  int size() {
    return size;
  }

  private int slot(int r) {
    return (int) rows[r * stride + LINK];
  }

  /** The participant of merged row r. */
  int person(int r) {
    return slot(r) / periods;
  }

  /** The pay period of merged row r. */
  int period(int r) {
    return slot(r) % periods;
  }

  /** The value of key field i on merged row r. */
  long key(int r, int i) {
    return rows[r * stride + KEYS + i];
  }

  long weight(int r) {
    return rows[r * stride + WEIGHT];
  }

  long total(int r, int i) {
    return rows[r * stride + KEYS + keys + i];
  }

  /**
   * Adds {@code weight} deals with these sums to the row of (person, period, key[0, keys)).
   *
   * @throws Unstreamable when a sum does not fit in a long, or there are too many rows to merge
   */
  void add(int person, int period, long[] key, long weight, long[] add) throws Unstreamable {
    int slot = person * periods + period;
    if (cells != null) {
      int code = code(key);
      if (code >= 0) {
        int c = (slot * codes + code) * (1 + sums);
        try {
          cells[c] = Math.addExact(cells[c], weight);
          for (int i = 0; i < sums; i++) cells[c + 1 + i] = Math.addExact(cells[c + 1 + i], add[i]);
        } catch (ArithmeticException overflow) {
          throw new Unstreamable("a sum does not fit in 18 digits");
        }
        return;
      }
    }
    int at = find(slot, key) * stride;
    long[] row = rows;
    try {
      row[at + WEIGHT] = Math.addExact(row[at + WEIGHT], weight);
      int s = at + KEYS + keys;
      for (int i = 0; i < sums; i++) row[s + i] = Math.addExact(row[s + i], add[i]);
    } catch (ArithmeticException overflow) {
      throw new Unstreamable("a sum does not fit in 18 digits");
    }
  }

  /**
   * The code of the key in dense mode, a new one if there is room; -1 when the key values are too
   * many for dense mode (its cells are then made rows, and the map goes on with rows).
   */
  private int code(long[] key) throws Unstreamable {
    for (int c = 0; c < codeCount; c++) {
      int at = c * keys;
      boolean same = true;
      for (int i = 0; i < keys && same; i++) same = codeKeys[at + i] == key[i];
      if (same) return c;
    }
    if (codeCount == codes) {
      long wider = (long) first.length * codes * 2 * (1 + sums);
      if (codes == DENSE_CODES || wider > DENSE_LONGS) {
        toRows();
        return -1;
      }
      widen();
    }
    codeKeys = java.util.Arrays.copyOf(codeKeys, (codeCount + 1) * keys);
    System.arraycopy(key, 0, codeKeys, codeCount * keys, keys);
    return codeCount++;
  }

  /** Twice the codes per slot, the cells moved to their new places. */
  private void widen() {
    int width = 1 + sums;
    long[] wide = new long[first.length * codes * 2 * width];
    for (int slot = 0; slot < first.length; slot++)
      System.arraycopy(cells, slot * codes * width, wide, slot * codes * 2 * width, codes * width);
    cells = wide;
    codes *= 2;
  }

  /**
   * Leaves dense mode: each cell with deals becomes a row (call before reading the rows). The rows
   * are made in order of participant, period and key values, which {@link #inOrder} then says.
   */
  void toRows() throws Unstreamable {
    if (cells == null) return;
    long[] dense = cells;
    cells = null; // from here on, add() finds rows
    int width = 1 + sums;
    long[] key = new long[keys];
    long[] add = new long[sums];
    Integer[] byKey = new Integer[codeCount]; // the codes in order of their key values
    for (int code = 0; code < codeCount; code++) byKey[code] = code;
    java.util.Arrays.sort(
        byKey,
        (a, b) ->
            java.util.Arrays.compare(
                codeKeys, a * keys, a * keys + keys, codeKeys, b * keys, b * keys + keys));
    boolean empty = size == 0;
    int filled = 0;
    for (int c = 0; c < dense.length; c += width) if (dense[c] != 0) filled++;
    long room = Math.min(Integer.MAX_VALUE - 8, (long) (size + filled) * stride);
    if (room > rows.length) rows = java.util.Arrays.copyOf(rows, (int) room); // all at once
    for (int slot = 0; slot < first.length; slot++) {
      for (int code : byKey) {
        int c = (slot * codes + code) * width;
        if (dense[c] == 0) continue;
        System.arraycopy(codeKeys, code * keys, key, 0, keys);
        System.arraycopy(dense, c + 1, add, 0, sums);
        add(slot / periods, slot % periods, key, dense[c], add);
      }
    }
    inOrder = empty;
  }

  /**
   * Whether the rows are in order of participant, period and key values: made by {@link #toRows}
   * alone, so that nothing need sort them.
   */
  boolean inOrder() {
    return inOrder && cells == null;
  }

  /** Adds every row of {@code other} to this map. */
  void addAll(MergeMap other) throws Unstreamable {
    if (cells != null && other.cells != null && addCells(other)) return;
    other.toRows();
    long[] key = new long[keys];
    long[] add = new long[sums];
    for (int r = 0; r < other.size; r++) {
      int at = r * other.stride;
      System.arraycopy(other.rows, at + KEYS, key, 0, keys);
      System.arraycopy(other.rows, at + KEYS + keys, add, 0, sums);
      add(other.person(r), other.period(r), key, other.rows[at + WEIGHT], add);
    }
  }

  /**
   * Adds the dense cells of {@code other} to this map's, cell by cell (both in dense mode, with as
   * many participants and periods); false, having added nothing, when their key values together are
   * too many for dense mode.
   */
  private boolean addCells(MergeMap other) throws Unstreamable {
    int[] to = new int[other.codeCount]; // this map's code for each code of other
    long[] key = new long[keys];
    for (int c = 0; c < other.codeCount; c++) {
      System.arraycopy(other.codeKeys, c * keys, key, 0, keys);
      to[c] = code(key); // may widen this map's cells, or leave dense mode
      if (to[c] < 0) return false;
    }
    int width = 1 + sums;
    try {
      for (int slot = 0; slot < first.length; slot++) {
        for (int c = 0; c < other.codeCount; c++) {
          int from = (slot * other.codes + c) * width;
          if (other.cells[from] == 0) continue;
          int at = (slot * codes + to[c]) * width;
          for (int i = 0; i < width; i++)
            cells[at + i] = Math.addExact(cells[at + i], other.cells[from + i]);
        }
      }
    } catch (ArithmeticException overflow) {
      throw new Unstreamable("a sum does not fit in 18 digits");
    }
    return true;
  }

  private int find(int slot, long[] key) throws Unstreamable {
    int next = first[slot];
    while (next != 0) {
      int r = next - 1;
      int at = r * stride;
      if (same(at, key)) return r;
      next = (int) (rows[at + LINK] >>> 32);
    }
    return insert(slot, key);
  }

  private boolean same(int at, long[] key) {
    for (int i = 0; i < keys; i++) if (rows[at + KEYS + i] != key[i]) return false;
    return true;
  }

  private int insert(int slot, long[] key) throws Unstreamable {
    if (size == LIMIT) throw new Unstreamable("too many distinct rows to merge");
    if ((size + 1) * stride > rows.length) rows = java.util.Arrays.copyOf(rows, rows.length * 2);
    int r = size++;
    inOrder = false; // toRows sets it again after its inserts
    int at = r * stride;
    rows[at + LINK] = ((long) first[slot] << 32) | slot;
    System.arraycopy(key, 0, rows, at + KEYS, keys);
    first[slot] = r + 1;
    return r;
  }
}
