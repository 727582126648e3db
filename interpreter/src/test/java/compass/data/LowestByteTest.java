package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * FastRange.lowestByte against the JDK's count of trailing zeros, on every kind of word it gets.
 */
class LowestByteTest {
  @Test
  void eachSingleFlaggedByte() {
    for (int k = 0; k < 8; k++) assertEquals(k, FastRange.lowestByte(0x80L << (8 * k)));
  }

  @Test
  void everyCombinationOfFlaggedBytes() {
    // a word of flags has only high bits: 255 non-zero combinations of the eight bytes
    for (int mask = 1; mask < 256; mask++) {
      long word = 0;
      for (int k = 0; k < 8; k++) if ((mask & 1 << k) != 0) word |= 0x80L << (8 * k);
      assertEquals(
          Long.numberOfTrailingZeros(word) >>> 3, FastRange.lowestByte(word), "mask " + mask);
    }
  }

  @Test
  void randomFlagWords() {
    SplittableRandom random = new SplittableRandom(20);
    for (int i = 0; i < 10_000; i++) {
      long word = random.nextLong() & 0x8080808080808080L;
      if (word == 0) continue;
      assertEquals(Long.numberOfTrailingZeros(word) >>> 3, FastRange.lowestByte(word));
    }
  }
}
