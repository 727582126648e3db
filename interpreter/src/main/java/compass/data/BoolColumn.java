package compass.data;

import java.util.Arrays;

/** Yes/no values (BOOL fields); {@link #get} returns false where the cell was empty. */
public final class BoolColumn implements Column {
  private static final byte FALSE = 0;
  private static final byte TRUE = 1;
  private static final byte EMPTY = 2;

  private byte[] values;
  private int size;

  BoolColumn(int capacity) {
    values = new byte[Math.max(capacity, 16)];
  }

  public boolean get(int row) {
    return values[check(row)] == TRUE;
  }

  @Override
  public boolean isPresent(int row) {
    return values[check(row)] != EMPTY;
  }

  @Override
  public int size() {
    return size;
  }

  void add(boolean value) {
    put(value ? TRUE : FALSE);
  }

  void addMissing() {
    put(EMPTY);
  }

  private void put(byte b) {
    if (size == values.length) values = Arrays.copyOf(values, Columns.grow(size));
    values[size++] = b;
  }

  /** Appends every row of other, in order (chunks parsed in parallel are joined this way). */
  void addAll(BoolColumn other) {
    int n = size + other.size;
    if (n > values.length) values = Arrays.copyOf(values, Math.max(n, Columns.grow(size)));
    System.arraycopy(other.values, 0, values, size, other.size);
    size = n;
  }

  /** Issue 20: drops row {@code row} of this copy (a deal removed), the rows after it moved up. */
  void removeRow(int row) {
    System.arraycopy(values, row + 1, values, row, size - row - 1);
    size--;
  }

  private int check(int row) {
    return Columns.checkRow(row, size);
  }
}
