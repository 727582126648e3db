package compass.data;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Dates (DATE fields) stored as epoch days; {@link #epochDay} is {@link #MISSING} and {@link #get}
 * is {@code null} where the cell was empty.
 */
public final class DateColumn implements Column {
  /** The epoch day stored for an empty cell. */
  public static final int MISSING = Integer.MIN_VALUE;

  private int[] days;
  private int size;

  DateColumn(int capacity) {
    days = new int[Math.max(capacity, 16)];
  }

  public int epochDay(int row) {
    return days[check(row)];
  }

  public LocalDate get(int row) {
    int day = days[check(row)];
    return day == MISSING ? null : LocalDate.ofEpochDay(day);
  }

  @Override
  public boolean isPresent(int row) {
    return days[check(row)] != MISSING;
  }

  @Override
  public int size() {
    return size;
  }

  void add(int epochDay) {
    if (size == days.length) days = Arrays.copyOf(days, Columns.grow(size));
    days[size++] = epochDay;
  }

  void addMissing() {
    add(MISSING);
  }

  /** Appends every row of other, in order (chunks parsed in parallel are joined this way). */
  void addAll(DateColumn other) {
    int n = size + other.size;
    if (n > days.length) days = Arrays.copyOf(days, Math.max(n, Columns.grow(size)));
    System.arraycopy(other.days, 0, days, size, other.size);
    size = n;
  }

  /** Issue 20: drops row {@code row} of this copy (a deal removed), the rows after it moved up. */
  void removeRow(int row) {
    System.arraycopy(days, row + 1, days, row, size - row - 1);
    size--;
  }

  private int check(int row) {
    return Columns.checkRow(row, size);
  }
}
