package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Whole numbers kept in ints and stages in bytes while they fit (issue 20: memory at ten million
 * deals): every value read back is the one added, before and after the column widens, and when
 * chunks of either form are joined.
 */
class CompactColumnsTest {
  @Test
  void wholeNumbersWidenAtTheFirstValueBeyondAnInt() {
    LongColumn c = new LongColumn(2); // capacity 16: the widening happens mid-array
    c.add(24);
    c.addMissing();
    c.add(-7);
    c.add(Integer.MAX_VALUE);
    c.add(Integer.MIN_VALUE);
    c.add(Integer.MAX_VALUE + 1L); // 2,147,483,648: no longer an int
    c.add(-9_000_000_000L);
    c.add(36);
    long[] expected = {24, 0, -7, 2147483647L, -2147483648L, 2147483648L, -9000000000L, 36};
    assertEquals(expected.length, c.size());
    for (int r = 0; r < expected.length; r++) assertEquals(expected[r], c.get(r), "row " + r);
    assertFalse(c.isPresent(1));
    assertTrue(c.isPresent(0));
    assertTrue(c.isPresent(5));
  }

  @Test
  void wholeNumbersGrowPastTheirCapacityInBothForms() {
    LongColumn small = new LongColumn(1);
    LongColumn wide = new LongColumn(1);
    wide.add(Long.MAX_VALUE);
    for (int i = 0; i < 100; i++) {
      small.add(i * 3L);
      wide.add(i * 3L);
    }
    assertEquals(100, small.size());
    assertEquals(297, small.get(99));
    assertEquals(101, wide.size());
    assertEquals(Long.MAX_VALUE, wide.get(0));
    assertEquals(297, wide.get(100));
  }

  @Test
  void joiningWholeNumberChunksKeepsEveryValueAndBlank() {
    LongColumn table = new LongColumn(4);
    table.add(12);
    LongColumn narrow = new LongColumn(4);
    narrow.addMissing();
    narrow.add(24);
    LongColumn wide = new LongColumn(4);
    wide.add(5_000_000_000L);
    wide.addMissing();
    table.addAll(narrow); // both ints
    table.addAll(wide); // the table widens to longs
    table.addAll(narrow); // ints joined onto longs
    assertEquals(7, table.size());
    long[] expected = {12, 0, 24, 5_000_000_000L, 0, 0, 24};
    for (int r = 0; r < expected.length; r++) assertEquals(expected[r], table.get(r), "row " + r);
    boolean[] present = {true, false, true, true, false, false, true};
    for (int r = 0; r < present.length; r++) assertEquals(present[r], table.isPresent(r));
  }

  @Test
  void stagesWidenBeyond127Members() {
    EnumColumn c = new EnumColumn(2);
    c.add(5);
    c.addMissing();
    c.add(127);
    c.add(128); // a list of more than 128 stages: one int per row from here
    c.add(0);
    assertEquals(5, c.size());
    int[] expected = {5, -1, 127, 128, 0};
    for (int r = 0; r < expected.length; r++) assertEquals(expected[r], c.ordinal(r), "row " + r);
    assertFalse(c.isPresent(1));
    assertTrue(c.isPresent(4));
  }

  @Test
  void joiningStageChunksOfEitherForm() {
    EnumColumn table = new EnumColumn(1);
    table.add(3);
    EnumColumn narrow = new EnumColumn(1);
    narrow.add(7);
    narrow.addMissing();
    EnumColumn wide = new EnumColumn(1);
    wide.add(200);
    table.addAll(narrow);
    table.addAll(wide);
    table.addAll(narrow);
    int[] expected = {3, 7, -1, 200, 7, -1};
    assertEquals(expected.length, table.size());
    for (int r = 0; r < expected.length; r++)
      assertEquals(expected[r], table.ordinal(r), "row " + r);
  }
}
