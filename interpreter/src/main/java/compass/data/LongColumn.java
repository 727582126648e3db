package compass.data;

import java.util.Arrays;
import java.util.BitSet;

/** Whole numbers (INTEGER fields); {@link #get} returns 0 where the cell was empty. */
public final class LongColumn implements Column {
  private long[] values;
  // A set bit marks an empty cell, so a column without blanks never allocates the bit words.
  private final BitSet missing = new BitSet();
  private int size;

  LongColumn(int capacity) { values = new long[Math.max(capacity, 16)]; }

  public long get(int row) { return values[check(row)]; }

  @Override
  public boolean isPresent(int row) { return !missing.get(check(row)); }

  @Override
  public int size() { return size; }

  void add(long value) {
    if (size == values.length) values = Arrays.copyOf(values, Columns.grow(size));
    values[size++] = value;
  }

  void addMissing() {
    missing.set(size);
    add(0);
  }

  private int check(int row) { return Columns.checkRow(row, size); }
}
