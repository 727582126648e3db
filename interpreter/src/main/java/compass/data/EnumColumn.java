package compass.data;

import java.util.Arrays;

/**
 * Members of a closed list (STAGE fields), stored as the index into {@link LoadOptions#stages}; -1
 * where the cell was empty.
 */
public final class EnumColumn implements Column {
  private int[] ordinals;
  private int size;

  EnumColumn(int capacity) {
    ordinals = new int[Math.max(capacity, 16)];
  }

  public int ordinal(int row) {
    return ordinals[check(row)];
  }

  @Override
  public boolean isPresent(int row) {
    return ordinals[check(row)] >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  void add(int ordinal) {
    if (size == ordinals.length) ordinals = Arrays.copyOf(ordinals, Columns.grow(size));
    ordinals[size++] = ordinal;
  }

  void addMissing() {
    add(-1);
  }

  /** Appends every row of other, in order (chunks parsed in parallel are joined this way). */
  void addAll(EnumColumn other) {
    int n = size + other.size;
    if (n > ordinals.length) ordinals = Arrays.copyOf(ordinals, Math.max(n, Columns.grow(size)));
    System.arraycopy(other.ordinals, 0, ordinals, size, other.size);
    size = n;
  }

  private int check(int row) {
    return Columns.checkRow(row, size);
  }
}
