package compass.data;

/** Shared helpers for the column classes: array growth and row bounds. */
final class Columns {
  private Columns() {}

  /** New capacity for a full array: half again, like ArrayList, so appends stay amortised O(1). */
  static int grow(int size) {
    long next = (long) size + (size >> 1) + 16;
    if (next > Integer.MAX_VALUE - 8) next = Integer.MAX_VALUE - 8;
    return (int) next;
  }

  // The arrays are larger than the row count while loading; without this check a read past the
  // last row would quietly return a default instead of failing.
  static int checkRow(int row, int size) {
    if (row < 0 || row >= size) {
      throw new IndexOutOfBoundsException("row " + row + " of " + size);
    }
    return row;
  }
}
