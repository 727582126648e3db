package compass.data;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Exact decimal values (NUMBER, MONEY and PERCENT fields; a percent is stored as a fraction, so
 * 12.5% is 0.125); {@code null} where the cell was empty.
 */
public final class DecimalColumn implements Column {
  private BigDecimal[] values;
  private int size;

  DecimalColumn(int capacity) { values = new BigDecimal[Math.max(capacity, 16)]; }

  public BigDecimal get(int row) { return values[check(row)]; }

  @Override
  public boolean isPresent(int row) { return values[check(row)] != null; }

  @Override
  public int size() { return size; }

  void add(BigDecimal value) {
    if (size == values.length) values = Arrays.copyOf(values, Columns.grow(size));
    values[size++] = value;
  }

  void addMissing() { add(null); }

  private int check(int row) { return Columns.checkRow(row, size); }
}
