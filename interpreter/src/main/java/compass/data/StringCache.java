package compass.data;

/**
 * Shares one String among equal cells (a currency, an owner id, a product), so a million-row file
 * holds a few thousand strings instead of millions. Direct-mapped and fixed-size: a miss simply
 * replaces the slot, which keeps lookups allocation-free and bounded in memory.
 */
final class StringCache {
  private static final int SLOTS = 4096; // a power of two, so the slot is a mask of the hash
  // Longer values are rarely repeated (notes, names of accounts), so hashing them is wasted work.
  private static final int MAX_LENGTH = 32;

  private final String[] slots = new String[SLOTS];

  String get(char[] c, int from, int to) {
    int n = to - from;
    if (n > MAX_LENGTH) return new String(c, from, n);
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + c[i];
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    String s = slots[slot];
    if (s != null && equals(s, c, from, n)) return s;
    s = new String(c, from, n);
    s.hashCode(); // cached in s: the joining thread's interner then need not compute it
    slots[slot] = s;
    return s;
  }

  private static boolean equals(String s, char[] c, int from, int n) {
    if (s.length() != n) return false;
    for (int i = 0; i < n; i++) if (s.charAt(i) != c[from + i]) return false;
    return true;
  }
}
