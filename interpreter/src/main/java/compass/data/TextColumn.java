package compass.data;

import java.util.Arrays;

/** Text values (TEXT, PERSON and PERIOD fields); {@code null} where the cell was empty. */
public final class TextColumn implements Column {
  private String[] values;
  private int size;

  TextColumn(int capacity) { values = new String[Math.max(capacity, 16)]; }

  public String get(int row) { return values[check(row)]; }

  @Override
  public boolean isPresent(int row) { return values[check(row)] != null; }

  @Override
  public int size() { return size; }

  void add(String value) {
    if (size == values.length) values = Arrays.copyOf(values, Columns.grow(size));
    values[size++] = value;
  }

  void addMissing() { add(null); }

  /** Appends every row of other, in order (chunks parsed in parallel are joined this way). */
  void addAll(TextColumn other, Interner shared) {
    int n = size + other.size;
    if (n > values.length) values = Arrays.copyOf(values, Math.max(n, Columns.grow(size)));
    if (shared == null) {
      System.arraycopy(other.values, 0, values, size, other.size);
    } else {
      for (int r = 0; r < other.size; r++) values[size + r] = shared.intern(other.values[r]);
    }
    size = n;
  }

  private int check(int row) { return Columns.checkRow(row, size); }
}
