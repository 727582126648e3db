package compass.data;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Exact decimal values (NUMBER, MONEY and PERCENT fields; a percent is stored as a fraction, so
 * 12.5% is 0.125); {@code null} where the cell was empty.
 *
 * <p>Compactly stored: every value as an unscaled {@code long} at one scale shared by the column
 * (the largest scale seen), so {@code unscaled(row) / 10^scale()} is the value. A row written with
 * fewer decimals keeps its own scale in a byte per row, allocated only once scales differ, so
 * {@link #get} returns exactly the value as written (12.5 stays 12.5, not 12.50). Only when a value
 * cannot be held at the shared scale within 18 digits does the column fall back to {@link
 * BigDecimal} objects; {@link #isCompact} then is false.
 */
public final class DecimalColumn implements Column {
  private static final long LIMIT = 999_999_999_999_999_999L; // 18 digits
  private static final long[] TEN = new long[19];

  static {
    TEN[0] = 1;
    for (int i = 1; i < TEN.length; i++) TEN[i] = TEN[i - 1] * 10;
  }

  private long[] unscaled;
  private byte[] scales; // each row's own scale, null while all rows share `scale`
  private int scale = -1; // -1 until the first value
  private long maxAbs;
  private BigDecimal[] values; // the fallback, null while compact
  private final BitSet missing = new BitSet();
  private int size;

  DecimalColumn(int capacity) {
    unscaled = new long[Math.max(capacity, 16)];
  }

  public BigDecimal get(int row) {
    check(row);
    if (values != null) return values[row];
    if (missing.get(row)) return null;
    return exact(row);
  }

  /** True while values are held as unscaled longs; {@link #unscaled} and {@link #scale} apply. */
  public boolean isCompact() {
    return values == null;
  }

  /** The value times 10^{@link #scale()}, exact; 0 for an empty cell. Only when compact. */
  public long unscaled(int row) {
    check(row);
    if (values != null) throw new IllegalStateException("column is not compact");
    return unscaled[row];
  }

  /** The scale shared by all unscaled values (0 for a column without values). Only when compact. */
  public int scale() {
    if (values != null) throw new IllegalStateException("column is not compact");
    return Math.max(scale, 0);
  }

  @Override
  public boolean isPresent(int row) {
    check(row);
    return values != null ? values[row] != null : !missing.get(row);
  }

  @Override
  public int size() {
    return size;
  }

  void add(BigDecimal value) {
    if (value == null) {
      addMissing();
    } else if (values != null
        || value.scale() < 0
        || value.scale() > Byte.MAX_VALUE
        || value.precision() > 18) {
      addObject(value);
    } else {
      add(value.unscaledValue().longValueExact(), value.scale());
    }
  }

  /** Appends unscaled * 10^-scale; |unscaled| has at most 18 digits and 0 <= scale <= 127. */
  void add(long u, int s) {
    if (values != null || s > Byte.MAX_VALUE) {
      addObject(BigDecimal.valueOf(u, s));
      return;
    }
    if (scale < 0) scale = s;
    if (s > scale && !raiseScale(s)) {
      addObject(BigDecimal.valueOf(u, s));
      return;
    }
    long shifted = u;
    if (s < scale) {
      int d = scale - s;
      if (d >= TEN.length || Math.abs(u) > LIMIT / TEN[d]) {
        fallBack();
        addObject(BigDecimal.valueOf(u, s));
        return;
      }
      shifted = u * TEN[d];
      if (scales == null) {
        scales = new byte[unscaled.length];
        Arrays.fill(scales, 0, size, (byte) scale);
      }
    }
    put(shifted, s);
  }

  void addMissing() {
    if (values != null) {
      addObject(null);
      return;
    }
    missing.set(size);
    put(0, Math.max(scale, 0));
  }

  /**
   * Starts an empty column at other's shared scale: a what-if's copy of a loaded column keeps the
   * scale its sums are shown at (a total of no deals stays 0.00), whichever rows it drops.
   */
  void keepScaleOf(DecimalColumn other) {
    if (size == 0 && values == null && other.values == null && other.scale >= 0)
      scale = other.scale;
  }

  /** Appends row {@code r} of other exactly as it is held (its own scale): a what-if's copy. */
  void addFrom(DecimalColumn other, int r) {
    if (other.values != null) add(other.values[r]);
    else if (other.missing.get(r)) addMissing();
    else {
      int s = other.scales == null ? other.scale : other.scales[r];
      add(other.unscaled[r] / TEN[other.scale - s], s);
    }
  }

  /** Appends every row of other, in order. */
  void addAll(DecimalColumn other) {
    if (values == null
        && other.values == null
        && other.scales == null
        && scales == null
        && (other.scale == scale || size == 0)
        && other.scale >= 0) {
      // The common case, one scale throughout: copy the longs as they are.
      int n = size + other.size;
      if (n > unscaled.length) unscaled = Arrays.copyOf(unscaled, Math.max(n, Columns.grow(size)));
      System.arraycopy(other.unscaled, 0, unscaled, size, other.size);
      for (int r = other.missing.nextSetBit(0); r >= 0; r = other.missing.nextSetBit(r + 1)) {
        missing.set(size + r);
      }
      scale = other.scale;
      maxAbs = Math.max(maxAbs, other.maxAbs);
      size = n;
      return;
    }
    for (int r = 0; r < other.size; r++) {
      if (other.values == null && other.missing.get(r)) {
        addMissing();
      } else if (other.values == null) {
        int s = other.scales == null ? other.scale : other.scales[r];
        add(other.unscaled[r] / TEN[other.scale - s], s);
      } else {
        add(other.values[r]);
      }
    }
  }

  private void put(long u, int s) {
    if (size == unscaled.length) {
      unscaled = Arrays.copyOf(unscaled, Columns.grow(size));
      if (scales != null) scales = Arrays.copyOf(scales, unscaled.length);
    }
    if (scales != null) scales[size] = (byte) s;
    unscaled[size++] = u;
    maxAbs = Math.max(maxAbs, Math.abs(u));
  }

  /** Moves every stored value to scale s; false (nothing changed) when one would not fit. */
  private boolean raiseScale(int s) {
    int d = s - scale;
    if (d >= TEN.length || maxAbs > LIMIT / TEN[d]) {
      fallBack();
      return false;
    }
    if (scales == null) {
      scales = new byte[unscaled.length];
      Arrays.fill(scales, 0, size, (byte) scale);
    }
    for (int i = 0; i < size; i++) unscaled[i] *= TEN[d];
    maxAbs *= TEN[d];
    scale = s;
    return true;
  }

  private BigDecimal exact(int row) {
    int s = scales == null ? scale : scales[row];
    long u = s == scale ? unscaled[row] : unscaled[row] / TEN[scale - s];
    return BigDecimal.valueOf(u, s);
  }

  private void fallBack() {
    if (values != null) return;
    values = new BigDecimal[Math.max(unscaled.length, 16)];
    for (int i = 0; i < size; i++) values[i] = missing.get(i) ? null : exact(i);
    unscaled = null;
    scales = null;
  }

  private void addObject(BigDecimal value) {
    fallBack();
    if (size == values.length) values = Arrays.copyOf(values, Columns.grow(size));
    values[size++] = value;
  }

  private void check(int row) {
    Columns.checkRow(row, size);
  }

  /** Issue 20: drops row {@code row} of this copy (a deal removed), the rows after it moved up. */
  void removeRow(int row) {
    // the largest magnitude stays as it was: a bound, not necessarily reached by a row
    if (values != null) System.arraycopy(values, row + 1, values, row, size - row - 1);
    if (unscaled != null) System.arraycopy(unscaled, row + 1, unscaled, row, size - row - 1);
    if (scales != null) System.arraycopy(scales, row + 1, scales, row, size - row - 1);
    Columns.removeBit(missing, row, size);
    size--;
  }
}
