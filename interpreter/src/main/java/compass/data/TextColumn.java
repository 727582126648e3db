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

  private int check(int row) { return Columns.checkRow(row, size); }
}
