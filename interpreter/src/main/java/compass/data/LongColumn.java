package compass.data;

import java.util.Arrays;
import java.util.BitSet;

/** Whole numbers (INTEGER fields); {@link #get} returns 0 where the cell was empty. */
public final class LongColumn implements Column {
  private long[] values;
  // A set bit marks an empty cell, so a column without blanks never allocates the bit words.
  private final BitSet missing = new BitSet();
  private int size;

  LongColumn(int capacity) {
    values = new long[Math.max(capacity, 16)];
  }

  public long get(int row) {
    return values[check(row)];
  }

  @Override
  public boolean isPresent(int row) {
    return !missing.get(check(row));
  }

  @Override
  public int size() {
    return size;
  }

  void add(long value) {
    if (size == values.length) values = Arrays.copyOf(values, Columns.grow(size));
    values[size++] = value;
  }

  void addMissing() {
    missing.set(size);
    add(0);
  }

  /** Appends every row of other, in order (chunks parsed in parallel are joined this way). */
  void addAll(LongColumn other) {
    int n = size + other.size;
    if (n > values.length) values = Arrays.copyOf(values, Math.max(n, Columns.grow(size)));
    System.arraycopy(other.values, 0, values, size, other.size);
    for (int r = other.missing.nextSetBit(0); r >= 0; r = other.missing.nextSetBit(r + 1)) {
      missing.set(size + r);
    }
    size = n;
  }

  private int check(int row) {
    return Columns.checkRow(row, size);
  }
}
