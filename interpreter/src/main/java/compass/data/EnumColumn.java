package compass.data;

import java.util.Arrays;

/**
 * Members of a closed list (STAGE fields), stored as the index into {@link LoadOptions#stages};
 * -1 where the cell was empty.
 */
public final class EnumColumn implements Column {
  private int[] ordinals;
  private int size;

  EnumColumn(int capacity) { ordinals = new int[Math.max(capacity, 16)]; }

  public int ordinal(int row) { return ordinals[check(row)]; }

  @Override
  public boolean isPresent(int row) { return ordinals[check(row)] >= 0; }

  @Override
  public int size() { return size; }

  void add(int ordinal) {
    if (size == ordinals.length) ordinals = Arrays.copyOf(ordinals, Columns.grow(size));
    ordinals[size++] = ordinal;
  }

  void addMissing() { add(-1); }

  private int check(int row) { return Columns.checkRow(row, size); }
}
