package compass.data;

/**
 * The values of one field for every row of a table, stored in a primitive or compact array. Use the
 * concrete class for typed access; {@link #isPresent} is false where the cell was empty.
 */
public sealed interface Column
    permits TextColumn, DecimalColumn, LongColumn, DateColumn, BoolColumn, EnumColumn {

  boolean isPresent(int row);

  /** Number of rows stored. */
  int size();
}
