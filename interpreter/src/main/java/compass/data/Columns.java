package compass.data;

/** Shared helpers for the column classes: array growth, row bounds, appending a whole column. */
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

  /** Appends an empty cell to a column of any kind. */
  static void addMissing(Column col) {
    if (col instanceof TextColumn t) t.addMissing();
    else if (col instanceof DecimalColumn d) d.addMissing();
    else if (col instanceof LongColumn l) l.addMissing();
    else if (col instanceof DateColumn d) d.addMissing();
    else if (col instanceof BoolColumn b) b.addMissing();
    else if (col instanceof EnumColumn e) e.addMissing();
    else throw new IllegalStateException("unhandled column " + col);
  }

  /**
   * Appends every row of from to to, a column of the same kind; text goes through shared (may be
   * null) so equal strings of several chunks become one.
   */
  static void appendAll(Column to, Column from, Interner shared) {
    if (to instanceof TextColumn t) t.addAll((TextColumn) from, shared);
    else if (to instanceof DecimalColumn d) d.addAll((DecimalColumn) from);
    else if (to instanceof LongColumn l) l.addAll((LongColumn) from);
    else if (to instanceof DateColumn d) d.addAll((DateColumn) from);
    else if (to instanceof BoolColumn b) b.addAll((BoolColumn) from);
    else if (to instanceof EnumColumn e) e.addAll((EnumColumn) from);
    else throw new IllegalStateException("unhandled column " + to);
  }

  /** Drops bit {@code row} of the first {@code size} bits, the bits after it moved down by one. */
  static void removeBit(java.util.BitSet bits, int row, int size) {
    java.util.BitSet after = bits.get(row + 1, size);
    bits.clear(row, size);
    for (int i = after.nextSetBit(0); i >= 0; i = after.nextSetBit(i + 1)) bits.set(row + i);
  }

  /** Drops row {@code row} of a copy made for a what-if (see {@link #appendAll}). */
  static void removeRow(Column column, int row) {
    if (column instanceof TextColumn t) t.removeRow(row);
    else if (column instanceof DecimalColumn d) d.removeRow(row);
    else if (column instanceof LongColumn l) l.removeRow(row);
    else if (column instanceof DateColumn d) d.removeRow(row);
    else if (column instanceof BoolColumn b) b.removeRow(row);
    else if (column instanceof EnumColumn e) e.removeRow(row);
    else throw new IllegalStateException("unhandled column " + column);
  }
}
