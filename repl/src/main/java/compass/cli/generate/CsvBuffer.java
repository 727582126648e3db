package compass.cli.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ASCII CSV line builder over a large byte buffer: numbers, padded ids and cents are formatted
 * by hand, so writing a million rows allocates almost nothing and never depends on the locale.
 * Cells are written as they are, so callers only pass text that needs no quoting.
 */
final class CsvBuffer implements AutoCloseable {
  private static final int SIZE = 1 << 20;
  private final OutputStream out;
  private final byte[] buf = new byte[SIZE];
  private int pos;

  CsvBuffer(OutputStream out) {
    this.out = out;
  }

  /** Makes room for a cell of up to {@code n} bytes. */
  private void room(int n) throws IOException {
    if (pos + n > SIZE) {
      out.write(buf, 0, pos);
      pos = 0;
    }
  }

  CsvBuffer text(String s) throws IOException {
    room(s.length());
    for (int i = 0; i < s.length(); i++) buf[pos++] = (byte) s.charAt(i);
    return this;
  }

  CsvBuffer bytes(byte[] b) throws IOException {
    room(b.length);
    System.arraycopy(b, 0, buf, pos, b.length);
    pos += b.length;
    return this;
  }

  CsvBuffer comma() throws IOException {
    room(1);
    buf[pos++] = ',';
    return this;
  }

  CsvBuffer newline() throws IOException {
    room(1);
    buf[pos++] = '\n';
    return this;
  }

  /** A non-negative number with at least {@code width} digits, zero-padded: {@code p000042}. */
  CsvBuffer padded(char prefix, long n, int width) throws IOException {
    room(21);
    if (prefix != 0) buf[pos++] = (byte) prefix;
    int digits = 1;
    for (long t = n / 10; t > 0; t /= 10) digits++;
    int len = Math.max(digits, width);
    for (int i = pos + len - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    pos += len;
    return this;
  }

  CsvBuffer number(long n) throws IOException {
    return padded((char) 0, n, 1);
  }

  /** Non-negative cents as a plain decimal with two places: {@code 1234567.05}. */
  CsvBuffer cents(long cents) throws IOException {
    number(cents / 100);
    room(3);
    buf[pos++] = '.';
    buf[pos++] = (byte) ('0' + (cents % 100) / 10);
    buf[pos++] = (byte) ('0' + cents % 10);
    return this;
  }

  /** A header row. */
  CsvBuffer header(String... names) throws IOException {
    text(String.join(",", names));
    return newline();
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    try {
      out.write(buf, 0, pos);
      pos = 0;
    } finally {
      out.close();
    }
  }
}
