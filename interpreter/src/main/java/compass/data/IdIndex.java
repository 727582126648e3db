package compass.data;

/**
 * The rows already holding each id, to find repeated ids: an open-addressing table of row numbers
 * whose keys are read back from the id column, so ten million ids cost one int each rather than a
 * map entry, a boxed Integer and a node. Keys are compared by row, so a compact id column is
 * checked without making a String per id.
 */
final class IdIndex {
  /** Whether two rows (both already stored) hold the same id. */
  interface SameKey {
    boolean test(int rowA, int rowB);
  }

  private final SameKey same;
  // each slot: the id's hash in the high half, row + 1 in the low half (0: empty). Keeping the
  // hash in the table means a probe reads an id back from the column only when the hashes match.
  private long[] slots;
  private int count;

  IdIndex(int expected, SameKey same) {
    this.same = same;
    slots = new long[tableSize(expected)];
  }

  /**
   * Records row, whose id has the given hash (its String hashCode); returns the earlier row with
   * the same id, or -1 when it is new.
   */
  int putIfAbsent(int idHash, int row) {
    // at most three quarters full: probe runs stay short (and mostly within one cache line, the
    // hash kept in the slot sparing reading the id back), at half the memory of a half-full
    // table: 128 MB rather than 256 MB for ten million ids
    if ((long) count * 4 >= (long) slots.length * 3) rehash();
    int mask = slots.length - 1;
    int hash = mix(idHash);
    int i = hash & mask;
    long s;
    while ((s = slots[i]) != 0) {
      if ((int) (s >>> 32) == hash) {
        int r = (int) s - 1;
        if (same.test(r, row)) return r;
      }
      i = (i + 1) & mask;
    }
    slots[i] = ((long) hash << 32) | ((row + 1) & 0xFFFFFFFFL);
    count++;
    return -1;
  }

  private void rehash() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long s : old) {
      if (s == 0) continue;
      int i = (int) (s >>> 32) & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots[i] = s;
    }
  }

  private static int tableSize(int expected) {
    long want = Math.max(16L, (long) expected * 4 / 3 + 1);
    return (int) Math.min(1L << 30, Long.highestOneBit(want - 1) << 1);
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
