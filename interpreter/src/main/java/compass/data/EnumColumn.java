package compass.data;

import java.util.Arrays;

/**
 * Members of a closed list (STAGE fields), stored as the index into {@link LoadOptions#stages}; -1
 * where the cell was empty.
 *
 * <p>A plan lists a handful of stages, so each row's index is kept in one byte (ten million deals:
 * 10 MB rather than 40); a list of more than 127 members turns the column into one int per row.
 */
public final class EnumColumn implements Column {
  private byte[] small; // while every index fits in a byte; null after
  private int[] ordinals; // null while small holds the indexes
  private int size;

  EnumColumn(int capacity) {
    small = new byte[Math.max(capacity, 16)];
  }

  public int ordinal(int row) {
    int r = check(row);
    return small != null ? small[r] : ordinals[r];
  }

  @Override
  public boolean isPresent(int row) {
    return ordinal(row) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  void add(int ordinal) {
    if (small != null && ordinal > Byte.MAX_VALUE) widen(small.length);
    if (small != null) {
      if (size == small.length) small = Arrays.copyOf(small, Columns.grow(size));
      small[size++] = (byte) ordinal;
    } else {
      if (size == ordinals.length) ordinals = Arrays.copyOf(ordinals, Columns.grow(size));
      ordinals[size++] = ordinal;
    }
  }

  void addMissing() {
    add(-1);
  }

  /** Appends every row of other, in order (chunks parsed in parallel are joined this way). */
  void addAll(EnumColumn other) {
    int n = size + other.size;
    if (small != null && other.small == null) widen(small.length);
    if (small != null) {
      if (n > small.length) small = Arrays.copyOf(small, Math.max(n, Columns.grow(size)));
      System.arraycopy(other.small, 0, small, size, other.size);
    } else {
      if (n > ordinals.length) ordinals = Arrays.copyOf(ordinals, Math.max(n, Columns.grow(size)));
      for (int r = 0; r < other.size; r++) ordinals[size + r] = other.ordinal(r);
    }
    size = n;
  }

  /** From one byte per row to one int per row, keeping the capacity. */
  private void widen(int capacity) {
    ordinals = new int[capacity];
    for (int r = 0; r < size; r++) ordinals[r] = small[r];
    small = null;
  }

  /** Issue 20: drops row {@code row} of this copy (a deal removed), the rows after it moved up. */
  void removeRow(int row) {
    if (small != null) System.arraycopy(small, row + 1, small, row, size - row - 1);
    else System.arraycopy(ordinals, row + 1, ordinals, row, size - row - 1);
    size--;
  }

  private int check(int row) {
    return Columns.checkRow(row, size);
  }
}
