package compass.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text values (TEXT, PERSON and PERIOD fields); {@code null} where the cell was empty.
 *
 * <p>A table's id column is compact: its values are unique, so sharing cannot shrink them, and a
 * million Strings (each with its own byte[]) would be copied by every young collection while the
 * table grows. It keeps every value's Latin-1 bytes in one array instead, with the end of each
 * row's bytes, and makes the String on demand. A value with a character beyond Latin-1 turns the
 * column back into one String per row.
 */
public final class TextColumn implements Column {
  private String[] values; // one String per row; null while the column is compact
  // compact: the bytes of row r are bytes[start(r), end(r)); ends[r] is end(r), or ~end(r) when the
  // row is missing (start(r) is the end of the row before, or 0)
  private byte[] bytes;
  private int[] ends;
  private int used;
  private int size;

  TextColumn(int capacity) {
    values = new String[Math.max(capacity, 16)];
  }

  private TextColumn(int capacity, boolean compact) {
    int n = Math.max(capacity, 16);
    ends = new int[n];
    bytes = new byte[(int) Math.min(n * 8L, 1 << 26)];
  }

  /** A compact column, for unique values such as ids. */
  static TextColumn compact(int capacity) {
    return new TextColumn(capacity, true);
  }

  boolean isCompact() {
    return values == null;
  }

  public String get(int row) {
    check(row);
    if (values != null) return values[row];
    int end = ends[row];
    if (end < 0) return null;
    int start = start(row);
    return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
  }

  @Override
  public boolean isPresent(int row) {
    check(row);
    return values != null ? values[row] != null : ends[row] >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Compares the values of two rows as {@code get(rowA).compareTo(get(rowB))} would (the sign, not
   * necessarily the magnitude), without making Strings; a missing value throws
   * NullPointerException, as compareTo would.
   */
  public int compare(int rowA, int rowB) {
    check(rowA);
    check(rowB);
    if (values != null) return values[rowA].compareTo(values[rowB]);
    int endA = ends[rowA], endB = ends[rowB];
    if (endA < 0 || endB < 0) throw new NullPointerException("missing value");
    return Arrays.compareUnsigned(bytes, start(rowA), endA, bytes, start(rowB), endB);
  }

  /** Whether two present rows hold equal values. */
  boolean sameValue(int rowA, int rowB) {
    if (values != null) return values[rowA].equals(values[rowB]);
    int startA = start(rowA), startB = start(rowB);
    return Arrays.equals(bytes, startA, ends[rowA], bytes, startB, ends[rowB]);
  }

  /** The value's hash, equal to {@code get(row).hashCode()}; the row must be present. */
  int hash(int row) {
    if (values != null) return values[row].hashCode();
    int h = 0;
    for (int i = start(row), end = ends[row]; i < end; i++) h = 31 * h + (bytes[i] & 0xFF);
    return h;
  }

  /** The hash {@link #hash} gives for the value c[from, to). */
  static int hash(char[] c, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + c[i];
    return h;
  }

  void add(String value) {
    if (values == null) {
      if (value == null) {
        addMissing();
        return;
      }
      int n = value.length();
      if (latin1(value) && roomFor(n)) {
        byte[] b = bytes;
        int at = used;
        for (int i = 0; i < n; i++) b[at++] = (byte) value.charAt(i);
        endRow(at);
        return;
      }
      expand();
    }
    if (size == values.length) values = Arrays.copyOf(values, Columns.grow(size));
    values[size++] = value;
  }

  /** Appends the value c[from, to) (not missing). */
  void add(char[] c, int from, int to) {
    if (values != null) {
      add(new String(c, from, to - from));
      return;
    }
    boolean latin1 = true;
    for (int i = from; i < to; i++) {
      if (c[i] > 0xFF) {
        latin1 = false;
        break;
      }
    }
    if (!latin1 || !roomFor(to - from)) {
      expand();
      add(new String(c, from, to - from));
      return;
    }
    byte[] b = bytes;
    int at = used;
    for (int i = from; i < to; i++) b[at++] = (byte) c[i];
    endRow(at);
  }

  void addMissing() {
    if (values != null) {
      add((String) null);
      return;
    }
    if (size == ends.length) ends = Arrays.copyOf(ends, Columns.grow(size));
    ends[size++] = ~used;
  }

  /** Appends every row of other, in order (chunks parsed in parallel are joined this way). */
  void addAll(TextColumn other, Interner shared) {
    // a copy of a whole column (a what-if's table): its bytes at once, not grown step by step
    if (size == 0 && values == null && other.values == null && bytes.length < other.used)
      bytes = new byte[other.used + 64];
    if (values == null && other.values == null && roomFor(other.used)) {
      int n = size + other.size;
      if (n > ends.length) ends = Arrays.copyOf(ends, Math.max(n, Columns.grow(size)));
      int length = other.used;
      System.arraycopy(other.bytes, 0, bytes, used, length);
      int base = used;
      int[] from = other.ends;
      for (int r = 0; r < other.size; r++) {
        int e = from[r];
        ends[size + r] = e >= 0 ? e + base : ~(~e + base);
      }
      used += length;
      size = n;
      return;
    }
    if (values == null) expand();
    int n = size + other.size;
    if (n > values.length) values = Arrays.copyOf(values, Math.max(n, Columns.grow(size)));
    if (other.values == null) {
      for (int r = 0; r < other.size; r++) values[size + r] = shared(other.get(r), shared);
    } else if (shared == null) {
      System.arraycopy(other.values, 0, values, size, other.size);
    } else {
      for (int r = 0; r < other.size; r++) values[size + r] = shared.intern(other.values[r]);
    }
    size = n;
  }

  private static String shared(String s, Interner shared) {
    return shared == null ? s : shared.intern(s);
  }

  private int start(int row) {
    if (row == 0) return 0;
    int e = ends[row - 1];
    return e >= 0 ? e : ~e;
  }

  private void endRow(int end) {
    if (size == ends.length) ends = Arrays.copyOf(ends, Columns.grow(size));
    ends[size++] = end;
    used = end;
  }

  /** Makes room for n more bytes; false when one array cannot hold them (then expand). */
  private boolean roomFor(int n) {
    long need = (long) used + n;
    if (need <= bytes.length) return true;
    if (need > Integer.MAX_VALUE - 8) return false;
    long want = Math.max(need, (long) bytes.length + (bytes.length >> 1) + 16);
    bytes = Arrays.copyOf(bytes, (int) Math.min(want, Integer.MAX_VALUE - 8));
    return true;
  }

  /** Turns the compact column into one String per row, for a value beyond Latin-1. */
  private void expand() {
    String[] v = new String[Math.max(ends.length, 16)];
    for (int r = 0; r < size; r++) v[r] = get(r);
    values = v;
    bytes = null;
    ends = null;
    used = 0;
  }

  private static boolean latin1(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) > 0xFF) return false;
    }
    return true;
  }

  /** Issue 20: drops row {@code row} of this copy (a deal removed), the rows after it moved up. */
  void removeRow(int row) {
    if (values != null) {
      System.arraycopy(values, row + 1, values, row, size - row - 1);
      size--;
      return;
    }
    int start = start(row), end = ends[row] >= 0 ? ends[row] : ~ends[row];
    int length = end - start;
    System.arraycopy(bytes, end, bytes, start, used - end);
    for (int r = row + 1; r < size; r++) {
      int e = ends[r];
      ends[r - 1] = e >= 0 ? e - length : ~(~e - length);
    }
    used -= length;
    size--;
  }

  private int check(int row) {
    return Columns.checkRow(row, size);
  }
}
