package compass.data;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Whole numbers (INTEGER fields); {@link #get} returns 0 where the cell was empty.
 *
 * <p>Most such columns (months, units, seats) hold small numbers: each row is kept in an int while
 * every value fits (ten million deals: 40 MB rather than 80), the column turning into one long per
 * row at the first value that does not.
 */
public final class LongColumn implements Column {
  private int[] ints; // while every value fits in an int; null after
  private long[] values; // null while ints holds the values
  // A set bit marks an empty cell, so a column without blanks never allocates the bit words.
  private final BitSet missing = new BitSet();
  private int size;

  LongColumn(int capacity) {
    ints = new int[Math.max(capacity, 16)];
  }

  public long get(int row) {
    int r = check(row);
    return ints != null ? ints[r] : values[r];
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
    if (ints != null && (int) value != value) widen(ints.length);
    if (ints != null) {
      if (size == ints.length) ints = Arrays.copyOf(ints, Columns.grow(size));
      ints[size++] = (int) value;
    } else {
      if (size == values.length) values = Arrays.copyOf(values, Columns.grow(size));
      values[size++] = value;
    }
  }

  void addMissing() {
    missing.set(size);
    add(0);
  }

  /** Appends every row of other, in order (chunks parsed in parallel are joined this way). */
  void addAll(LongColumn other) {
    int n = size + other.size;
    if (ints != null && other.ints == null) widen(ints.length);
    if (ints != null) {
      if (n > ints.length) ints = Arrays.copyOf(ints, Math.max(n, Columns.grow(size)));
      System.arraycopy(other.ints, 0, ints, size, other.size);
    } else {
      if (n > values.length) values = Arrays.copyOf(values, Math.max(n, Columns.grow(size)));
      for (int r = 0; r < other.size; r++) values[size + r] = other.get(r);
    }
    for (int r = other.missing.nextSetBit(0); r >= 0; r = other.missing.nextSetBit(r + 1)) {
      missing.set(size + r);
    }
    size = n;
  }

  /** From one int per row to one long per row, keeping the capacity. */
  private void widen(int capacity) {
    values = new long[capacity];
    for (int r = 0; r < size; r++) values[r] = ints[r];
    ints = null;
  }

  /** Issue 20: drops row {@code row} of this copy (a deal removed), the rows after it moved up. */
  void removeRow(int row) {
    if (ints != null) System.arraycopy(ints, row + 1, ints, row, size - row - 1);
    else System.arraycopy(values, row + 1, values, row, size - row - 1);
    Columns.removeBit(missing, row, size);
    size--;
  }

  private int check(int row) {
    return Columns.checkRow(row, size);
  }
}
