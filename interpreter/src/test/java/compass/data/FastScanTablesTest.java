package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The hash tables under {@link FastScan}: byte keys, and the id hashes shared by threads. */
class FastScanTablesTest {
  /** A key inside a larger array, with bytes around it, as a cell sits in the file's buffer. */
  private static byte[] padded(String key) {
    return ("xy" + key + ",zzzzzzzz").getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void byteKeysFindEachKeyByItsBytesOnly() {
    ByteKeys keys = new ByteKeys();
    int n = 5000; // many growths of every array
    for (int i = 0; i < n; i++) {
      byte[] b = padded(i + "-" + "x".repeat(i % 20) + ".");
      int len = b.length - 11;
      keys.put(b, 2, 2 + len, ByteKeys.hash(b, 2, 2 + len), i);
    }
    assertEquals(n, keys.size());
    for (int i = 0; i < n; i++) {
      byte[] b = padded(i + "-" + "x".repeat(i % 20) + ".");
      int len = b.length - 11;
      assertEquals(i, keys.get(b, 2, 2 + len, ByteKeys.hash(b, 2, 2 + len)));
      // one byte less (no key lacks the final dot), or another last byte: not the key
      assertEquals(-1, keys.get(b, 2, 1 + len, ByteKeys.hash(b, 2, 1 + len)));
      b[1 + len] = '#';
      assertEquals(-1, keys.get(b, 2, 2 + len, ByteKeys.hash(b, 2, 2 + len)));
    }
  }

  @Test
  void hashesDependOnTheKeyBytesAloneAndDiffer() {
    byte[] a = padded("d00000001");
    byte[] b = ("------d00000001??????????").getBytes(StandardCharsets.US_ASCII);
    assertEquals(ByteKeys.hash(a, 2, 11), ByteKeys.hash(b, 6, 15));
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      byte[] k = padded(String.format("d%08d", i));
      assertTrue(seen.add(ByteKeys.hash(k, 2, 11)), "hash of " + i + " repeated");
    }
    byte[] empty = padded("");
    assertNotEquals(ByteKeys.hash(empty, 2, 2), ByteKeys.hash(padded("\0"), 2, 3));
  }

  @Test
  void keysOfUpToEightBytesAndOneLengthNeverShareAHash() {
    // ByteKeys.get trusts an equal hash for such keys without comparing their bytes: every key of
    // two bytes (all 65,536), and keys of 1 to 8 bytes that differ in one bit, in any byte
    Set<Long> seen = new HashSet<>();
    byte[] k = new byte[2 + 8 + 8];
    for (int v = 0; v < 1 << 16; v++) {
      k[2] = (byte) v;
      k[3] = (byte) (v >>> 8);
      assertTrue(seen.add(ByteKeys.hash(k, 2, 4)), "two bytes " + v);
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(8);
    for (int n = 1; n <= 8; n++) {
      for (int i = 0; i < 20_000; i++) {
        byte[] a = new byte[2 + n + 8];
        for (int j = 2; j < 2 + n; j++) a[j] = (byte) random.nextInt(256);
        for (int j = 2 + n; j < a.length; j++) a[j] = (byte) random.nextInt(256); // not the key's
        byte[] b = a.clone();
        b[2 + random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
        for (int j = 2 + n; j < b.length; j++) b[j] = (byte) random.nextInt(256);
        assertNotEquals(ByteKeys.hash(a, 2, 2 + n), ByteKeys.hash(b, 2, 2 + n), "length " + n);
        b[2 + random.nextInt(n)] = a[2]; // whatever it is now: equal bytes, equal hash
        if (Arrays.equals(a, 2, 2 + n, b, 2, 2 + n))
          assertEquals(ByteKeys.hash(a, 2, 2 + n), ByteKeys.hash(b, 2, 2 + n));
      }
    }
  }

  @Test
  void idHashesGrowAndFindARepeat() {
    IdHashes ids = new IdHashes(0);
    long[] batch = new long[1000];
    for (int round = 0; round < 100; round++) {
      for (int i = 0; i < batch.length; i++) batch[i] = mix(round * 1000L + i);
      assertTrue(ids.addAll(batch, batch.length));
    }
    assertEquals(100_000, ids.size());
    long[] again = {mix(123_456L), mix(42)};
    assertFalse(ids.addAll(again, 2), "42 was added in the first round");
    assertFalse(new IdHashes(10).addAll(new long[] {7, 7}, 2), "a repeat within one batch");
    assertFalse(new IdHashes(10).addAll(new long[] {0, 1}, 2), "0 is kept as 1");
  }

  @Test
  void idHashesTakeBatchesFromThreadsAtOnce() throws Exception {
    IdHashes ids = new IdHashes(16);
    AtomicBoolean repeat = new AtomicBoolean();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      int from = t * 50_000;
      threads[t] =
          new Thread(
              () -> {
                long[] batch = new long[512];
                for (int i = 0; i < 50_000; i += batch.length) {
                  int n = Math.min(batch.length, 50_000 - i);
                  for (int j = 0; j < n; j++) batch[j] = mix(from + i + j);
                  if (!ids.addAll(batch, n)) repeat.set(true);
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) t.join();
    assertFalse(repeat.get());
    assertEquals(200_000, ids.size());
    assertFalse(ids.addAll(new long[] {mix(199_999)}, 1));
    long[] fresh = new long[1];
    Arrays.fill(fresh, mix(200_000));
    assertTrue(ids.addAll(fresh, 1));
  }

  private static long mix(long x) {
    x *= 0x9E3779B97F4A7C15L;
    return x ^ (x >>> 29);
  }
}
