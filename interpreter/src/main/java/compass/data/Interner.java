package compass.data;

/**
 * Shares one String among equal values of a column across the whole file. {@link StringCache}
 * shares within a chunk, cheaply but forgetfully; this runs as chunks are joined, so a value seen
 * in many chunks (an account named on every fifth deal of ten million) is stored once, not once per
 * row. Only short values are shared (longer ones rarely repeat), and at most {@link #MAX_VALUES}.
 */
final class Interner {
  private static final int MAX_LENGTH = 32;
  private static final int MAX_VALUES = 1 << 22;

  private String[] slots = new String[1 << 10];
  private int count;

  /** The shared String equal to s (s itself the first time), or s when it is not shared. */
  String intern(String s) {
    if (s == null || s.length() > MAX_LENGTH) return s;
    int mask = slots.length - 1;
    int i = mix(s.hashCode()) & mask;
    for (String t = slots[i]; t != null; t = slots[i]) {
      if (t.equals(s)) return t;
      i = (i + 1) & mask;
    }
    if (count >= MAX_VALUES) return s;
    slots[i] = s;
    if (++count * 2 > slots.length) grow();
    return s;
  }

  private void grow() {
    String[] old = slots;
    slots = new String[old.length * 2];
    int mask = slots.length - 1;
    for (String s : old) {
      if (s == null) continue;
      int i = mix(s.hashCode()) & mask;
      while (slots[i] != null) i = (i + 1) & mask;
      slots[i] = s;
    }
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
