package compass.data;

import java.util.function.IntFunction;

/**
 * The rows already holding each id, to find repeated ids: an open-addressing table of row numbers
 * whose keys are read back from the id column, so ten million ids cost one int each rather than a
 * map entry, a boxed Integer and a node.
 */
final class IdIndex {
  private final IntFunction<String> keyOf;
  private int[] slots; // row + 1; 0 is an empty slot
  private int count;

  IdIndex(int expected, IntFunction<String> keyOf) {
    this.keyOf = keyOf;
    slots = new int[tableSize(expected)];
  }

  /** Records row for id; returns the earlier row with the same id, or -1 when it is new. */
  int putIfAbsent(String id, int row) {
    if ((long) count * 4 >= (long) slots.length * 3) rehash();
    int mask = slots.length - 1;
    int i = mix(id.hashCode()) & mask;
    while (slots[i] != 0) {
      int r = slots[i] - 1;
      if (keyOf.apply(r).equals(id)) return r;
      i = (i + 1) & mask;
    }
    slots[i] = row + 1;
    count++;
    return -1;
  }

  private void rehash() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length - 1;
    for (int s : old) {
      if (s == 0) continue;
      int i = mix(keyOf.apply(s - 1).hashCode()) & mask;
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
