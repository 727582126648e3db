package compass.data;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The 64-bit hashes of the ids {@link FastScan} has read, shared by its threads: a set with open
 * addressing whose slots are filled by compare-and-set, so threads add to it at once; a thread adds
 * a batch under the shared side of a lock, and the table grows (doubles) under its exclusive side.
 * A hash seen twice means the id may be repeated: the caller then lets the loader report it.
 */
final class IdHashes {
  private static final int MAX_SLOTS = 1 << 30;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final AtomicLong size = new AtomicLong();
  private volatile AtomicLongArray table;

  /** About how many ids the file has: the size the table takes when first used. */
  private final long expected;

  /**
   * A set for about expected ids. Its table is made when the first hashes come: a file whose ids
   * are in order needs none ({@link FastRange} checks those by their order), so it costs nothing.
   */
  IdHashes(long expected) {
    this.expected = expected;
    table = new AtomicLongArray(16);
  }

  /**
   * Adds hashes[0, n); false when one of them was there already (or twice in the batch). The batch
   * first reserves its room: the table grows, if it must, before the batch goes in, so batches of
   * several threads never fill it past its limit.
   */
  boolean addAll(long[] hashes, int n) {
    long reserved = size.addAndGet(n);
    // past a billion ids the table cannot double any more: refuse before it fills up
    if (reserved > MAX_SLOTS / 8L * 7)
      throw new IllegalStateException("more ids than the set holds");
    if (reserved > limit(table)) grow(Math.max(reserved, expected));
    lock.readLock().lock();
    try {
      AtomicLongArray t = table; // its limit is at least reserved: see grow
      int mask = t.length() - 1;
      // Each slot is most likely a cache miss, and a compare-and-set waits for it alone: plain
      // reads of the whole batch first let the processor fetch the lines at once.
      long touched = 0;
      for (int i = 0; i < n; i++) touched += t.get(slot(hashes[i], mask));
      sink = touched;
      for (int i = 0; i < n; i++) if (!add(t, mask, hashes[i])) return false;
    } finally {
      lock.readLock().unlock();
    }
    return true;
  }

  long size() {
    return size.get();
  }

  /** Most filled slots before growing: four in five (linear probing stays short enough). */
  private static long limit(AtomicLongArray t) {
    return t.length() == MAX_SLOTS ? Long.MAX_VALUE : t.length() / 5L * 4;
  }

  @SuppressWarnings("unused")
  private static volatile long sink; // keeps the reads ahead from being left out

  private static int slot(long hash, int mask) {
    return (int) (hash >>> 34) & mask;
  }

  private static boolean add(AtomicLongArray t, int mask, long hash) {
    long h = hash == 0 ? 1 : hash; // 0 marks an empty slot
    for (int slot = slot(h, mask); ; slot = (slot + 1) & mask) {
      long there = t.get(slot);
      if (there == 0) {
        if (t.compareAndSet(slot, 0, h)) return true;
        there = t.get(slot); // another thread took the slot first: it may have taken it for h
      }
      if (there == h) return false;
    }
  }

  /** A table whose limit holds the reserved ids (another thread may have made it already). */
  private void grow(long reserved) {
    lock.writeLock().lock();
    try {
      if (limit(table) < reserved) { // one new table large enough, not doubling after doubling
        AtomicLongArray old = table;
        long want = reserved + reserved / 4 + reserved / 16;
        int slots =
            (int)
                Math.min(MAX_SLOTS, Math.max(old.length() * 2L, Long.highestOneBit(want - 1) << 1));
        AtomicLongArray t = new AtomicLongArray(slots);
        int mask = t.length() - 1;
        for (int i = 0; i < old.length(); i++) {
          long h = old.get(i);
          if (h != 0) add(t, mask, h);
        }
        table = t;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
