package compass.stream;

/**
 * The merged rows of one part of the file (issue 20): per distinct (participant, period, key field
 * values), how many deals and the exact sums of the fields added up, as unscaled longs. An
 * open-addressing table over flat arrays: no object per row or per deal.
 */
final class MergeMap {
  /** Past this many merged rows the plan's key is nearly one row per deal: read the file whole. */
  static final int LIMIT = 1 << 22;

  private final int width; // longs per key: participant, period, then the key fields
  private final int sums;
  private long[] keys;
  private long[] weights;
  private long[] totals;
  private int[] slots; // index + 1 of the row in each hash slot, 0: empty
  private int size;

  MergeMap(int keyFields, int sums) {
    this.width = 2 + keyFields;
    this.sums = sums;
    this.keys = new long[64 * width];
    this.weights = new long[64];
    this.totals = new long[64 * Math.max(1, sums)];
    this.slots = new int[128];
  }

  int size() {
    return size;
  }

  int width() {
    return width;
  }

  /** The key of merged row r: participant, period, key field values. */
  long key(int r, int i) {
    return keys[r * width + i];
  }

  long weight(int r) {
    return weights[r];
  }

  long total(int r, int i) {
    return totals[r * sums + i];
  }

  /**
   * Adds {@code weight} deals with these sums to the row of the key in {@code key[0, width)}.
   *
   * @throws Unstreamable when a sum does not fit in a long, or there are too many rows to merge
   */
  void add(long[] key, long weight, long[] add) throws Unstreamable {
    int r = find(key);
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
    long[] key = new long[width];
    long[] add = new long[sums];
    for (int r = 0; r < other.size; r++) {
      System.arraycopy(other.keys, r * width, key, 0, width);
      System.arraycopy(other.totals, r * sums, add, 0, sums);
      add(key, other.weights[r], add);
    }
  }

  private int find(long[] key) throws Unstreamable {
    int mask = slots.length - 1;
    int h = hash(key) & mask;
    while (true) {
      int at = slots[h];
      if (at == 0) return insert(key, h);
      int r = at - 1;
      if (same(r, key)) return r;
      h = (h + 1) & mask;
    }
  }

  private boolean same(int r, long[] key) {
    int base = r * width;
    for (int i = 0; i < width; i++) if (keys[base + i] != key[i]) return false;
    return true;
  }

  private int insert(long[] key, int slot) throws Unstreamable {
    if (size == LIMIT) throw new Unstreamable("too many distinct rows to merge");
    if (size == weights.length) grow();
    int r = size++;
    System.arraycopy(key, 0, keys, r * width, width);
    slots[slot] = r + 1;
    if (size * 2 > slots.length) rehash();
    return r;
  }

  private void grow() {
    int n = weights.length * 2;
    keys = java.util.Arrays.copyOf(keys, n * width);
    weights = java.util.Arrays.copyOf(weights, n);
    totals = java.util.Arrays.copyOf(totals, n * Math.max(1, sums));
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    long[] key = new long[width];
    for (int r = 0; r < size; r++) {
      System.arraycopy(keys, r * width, key, 0, width);
      int h = hash(key) & mask;
      while (slots[h] != 0) h = (h + 1) & mask;
      slots[h] = r + 1;
    }
  }

  private int hash(long[] key) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < width; i++) {
      h ^= key[i];
      h *= 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return (int) (h ^ (h >>> 32));
  }
}
