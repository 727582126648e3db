package compass.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Byte strings (a cell's bytes, straight from the file's buffer) mapped to small ints, for {@link
 * FastScan}: the person ids, the stages, and a thread's cache of the text values it has seen. A
 * lookup compares the 64-bit hash, then the bytes (a word at a time), and makes no object. Keys are
 * looked up in arrays with at least 8 bytes readable past the key (see {@link #hash}). Not thread
 * safe; the tables built once (people, stages) are only read by the threads afterwards.
 */
final class ByteKeys {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] arena = new byte[1024]; // the keys' bytes, one after the other
  private int used;
  private int[] offsets = new int[16];
  private int[] lengths = new int[16];
  private long[] hashes = new long[16];
  private int[] values = new int[16];
  private int size;
  private int[] slots = new int[32]; // entry + 1 per slot, 0 when empty
  private long[] slotHashes = new long[32]; // the hash of each slot's key
  private int mask = 31;

  /** The value of the key equal to b[from, to) whose {@link #hash} is h, or -1. */
  int get(byte[] b, int from, int to, long h) {
    int n = to - from;
    for (int slot = (int) h & mask; ; slot = (slot + 1) & mask) {
      int e = slots[slot] - 1;
      if (e < 0) return -1;
      // the hash beside the slot first: a key is then compared only when it is almost surely equal;
      // keys of up to 8 bytes and the same length are equal when their hashes are (see hash)
      if (slotHashes[slot] == h && lengths[e] == n && (n <= 8 || same(offsets[e], b, from, n)))
        return values[e];
    }
  }

  /** Whether arena[at, at + n) equals b[from, from + n); both have 8 readable bytes past n. */
  private boolean same(int at, byte[] b, int from, int n) {
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      if ((long) LONGS.get(arena, at + i) != (long) LONGS.get(b, from + i)) return false;
    }
    if (i == n) return true;
    long rest = (1L << ((n - i) << 3)) - 1;
    return (((long) LONGS.get(arena, at + i) ^ (long) LONGS.get(b, from + i)) & rest) == 0;
  }

  /** Adds the key b[from, to) (not present yet) with its hash h and value. */
  void put(byte[] b, int from, int to, long h, int value) {
    int n = to - from;
    // 8 bytes to spare past the last key, for same()'s word reads
    if (used + n + 8 > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(used + n + 8, arena.length * 2));
    }
    System.arraycopy(b, from, arena, used, n);
    if (size == offsets.length) {
      int m = size * 2;
      offsets = Arrays.copyOf(offsets, m);
      lengths = Arrays.copyOf(lengths, m);
      hashes = Arrays.copyOf(hashes, m);
      values = Arrays.copyOf(values, m);
    }
    offsets[size] = used;
    lengths[size] = n;
    hashes[size] = h;
    values[size] = value;
    used += n;
    size++;
    if (size * 2 > slots.length) rehash(slots.length * 2);
    else place(size - 1);
  }

  int size() {
    return size;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    slotHashes = new long[capacity];
    mask = capacity - 1;
    for (int e = 0; e < size; e++) place(e);
  }

  private void place(int e) {
    int slot = (int) hashes[e] & mask;
    while (slots[slot] != 0) slot = (slot + 1) & mask;
    slots[slot] = e + 1;
    slotHashes[slot] = hashes[e];
  }

  /**
   * A 64-bit hash of b[from, to), which must be followed by at least 8 readable bytes (a short key
   * is read as one word and masked). Strong enough that two distinct ids of a file sharing one is
   * as unlikely as for random numbers (about n^2 / 2^65), which is what the duplicate check relies
   * on. Keys of up to 8 bytes and the same length never share one (each step is a bijection).
   */
  static long hash(byte[] b, int from, int to) {
    int n = to - from;
    long h = (n + 1) * 0x9E3779B97F4A7C15L;
    if (n >= 8) {
      int i = from;
      for (; i + 8 <= to; i += 8) h = mix(h ^ (long) LONGS.get(b, i));
      if (i < to) h = mix(h ^ (long) LONGS.get(b, to - 8)); // the tail, overlapping the last word
    } else {
      h = mix(h ^ ((long) LONGS.get(b, from) & ((1L << (n << 3)) - 1)));
    }
    // murmur3's finaliser: every bit of h moves about half of the result's bits
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  private static long mix(long x) {
    x *= 0xD6E8FEB86659FD93L;
    return x ^ (x >>> 32);
  }
}
