package compass.data;

import compass.data.FastScan.NotSimple;
import compass.data.FastScan.Rows;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the lines of one piece of a CSV file for {@link FastScan}: the lines that start in [start,
 * end) of the file, in blocks read at their position, typed straight from the bytes. Every byte of
 * every line is checked against the plain form of its column; anything else stops the scan with
 * {@link NotSimple}. One instance per piece, used by one thread.
 */
final class FastRange {
  // 1 MB a piece: the blocks live through the scan, so smaller ones keep the young collections
  // that come during it short (issue 20); a line longer than this leaves the stream
  static final int BLOCK = 1 << 20;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;
  private static final long SPACES = 0x2020202020202020L;
  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long DELS = 0x7F7F7F7F7F7F7F7FL;
  private static final long ZEROS = 0x3030303030303030L;
  private static final long DIGITS_HIGH = 0x4646464646464646L; // '9' + this is 0x7F
  private static final long DASH_BYTES = 0xFF0000FF00000000L; // bytes 4 and 7 of "yyyy-mm-"
  private static final long DASHES = 0x2D2D2D2D2D2D2D2DL;
  private static final int SLACK = 16; // bytes past the data, so a date may be read ahead

  // per column of the header: what it holds (FastScan.SKIP ... DATE) and which field reads it
  private final FastScan.Layout layout;
  private final byte[] kinds;
  private final int[] fieldOf;
  private final boolean[] keep;
  private final int width;
  private final int idColumn;
  private final long[] cells;
  private final ByteKeys[] textCache; // per field: this thread's text values and their indexes
  private final long[] idBatch = new long[2048];
  private int idCount;

  // Ids in order: while each id of the piece is greater (byte by byte) than the one before, they
  // are all different without a table; FastScan then only compares the pieces' first and last
  // ids. At the first id out of order the piece's ids so far are read again and hashed, and the
  // rest go to the table as they come (issue 20: a file sorted by id, as most exports are, needs no
  // memory per row for the duplicate check).
  private boolean ordered = true;
  private byte[] lastId = new byte[32];
  private int lastLength = -1;
  private byte[] firstId;
  private FileChannel channel;
  private long fileSize;
  private long pieceStart;
  private long pieceEnd;
  private boolean pieceFirst;

  private final byte[] b = new byte[BLOCK + SLACK];

  // The epoch day (plus DAY_OFFSET, so that 0 means not yet seen) of each date read, by year, then
  // month and day: the dates of a file repeat (a year has 366), so most are found here instead of
  // being checked and counted again, two calls the quick compiler (C1) does not inline (issue 20).
  private static final int DAY_OFFSET = 1 << 20; // above -719,528, the epoch day of 0000-01-01
  private final int[][] daysOf = new int[10_000][];
  private long base; // file offset of b[0]
  private int lineStart; // offset in b of the line being read, for messages

  FastRange(FastScan.Layout layout) {
    this.layout = layout;
    this.kinds = layout.kinds;
    this.fieldOf = layout.fieldOf;
    this.keep = layout.keep;
    this.width = kinds.length;
    this.idColumn = layout.idColumn;
    this.cells = new long[layout.fields];
    this.textCache = new ByteKeys[layout.fields];
    for (int f = 0; f < layout.fields; f++)
      if (layout.texts[f] != null) textCache[f] = new ByteKeys();
  }

  /**
   * Hands the lines starting in [start, end) to rows, start being a line start when first is true,
   * else the byte before the piece's nominal start (the piece then begins after the first LF at or
   * after it). Returns the number of rows.
   */
  long run(
      FileChannel channel,
      long size,
      long start,
      long end,
      boolean first,
      Rows rows,
      AtomicBoolean stop)
      throws IOException, NotSimple {
    this.channel = channel;
    this.fileSize = size;
    this.pieceStart = start;
    this.pieceEnd = end;
    this.pieceFirst = first;
    base = start;
    int len = 0;
    int pos = 0;
    long count = 0;
    boolean found = first;
    while (true) {
      if (stop.get()) return count;
      len = fill(channel, size, len);
      boolean eof = base + len >= size;
      int complete = lastLineEnd(len);
      if (eof && complete < len) {
        if (b[len - 1] == '\r') throw fail(len - 1, "a carriage return at the end of the file");
        b[len] = '\n'; // the last line may have no line end: read it as if it had one
        complete = ++len;
      }
      if (complete == 0 && !eof) throw fail(0, "a line longer than " + BLOCK + " bytes");
      if (!found) {
        int lf = 0;
        while (lf < complete && b[lf] != '\n') lf++;
        if (lf == complete) return 0; // no line starts in this piece (eof)
        pos = lf + 1;
        found = true;
      }
      long stopAt = end - base;
      while (pos < complete && pos < stopAt) {
        lineStart = pos;
        pos = line(pos);
        rows.row(cells);
        count++;
      }
      if (pos < complete || pos >= stopAt || eof) break;
      System.arraycopy(b, complete, b, 0, len - complete);
      base += complete;
      len -= complete;
      pos = 0;
    }
    flushIds();
    return count;
  }

  /** Reads on from b[len] until the block is full or the file ends; the new length. */
  private int fill(FileChannel channel, long size, int len) throws IOException {
    int want = (int) Math.min(BLOCK - len, size - (base + len));
    ByteBuffer into = ByteBuffer.wrap(b, len, want);
    while (into.hasRemaining()) {
      int n = channel.read(into, base + into.position());
      if (n < 0) throw new IOException("the file got shorter while it was read");
    }
    return len + want;
  }

  private int lastLineEnd(int len) {
    int i = len - 1;
    while (i >= 0 && b[i] != '\n') i--;
    return i + 1;
  }

  /** Reads the line at p into cells; returns where the next line starts. */
  private int line(int p) throws NotSimple, IOException {
    for (int c = 0; c < width; c++) {
      boolean last = c == width - 1;
      int f = fieldOf[c];
      switch (kinds[c]) {
        case FastScan.SKIP -> p = skip(p, last);
        case FastScan.DECIMAL -> p = decimal(p, f, last);
        case FastScan.INTEGER -> p = integer(p, f, last);
        case FastScan.DATE -> p = date(p, f, last);
        default -> p = text(p, c, f, last);
      }
    }
    return p;
  }

  /** Whether a cell starting with this byte is empty: it ends at once. */
  private static boolean endsCell(byte t) {
    return t == ',' || t == '\n' || t == '\r';
  }

  /**
   * An empty cell at p: {@link FastScan#MISSING} in a field declared optional (the loader's missing
   * value, no diagnostic), refused in any other (the loader reports it). Not an id either way.
   */
  private int missing(int p, int f, boolean last) throws NotSimple {
    if (!layout.optional[f]) throw fail(p, "an empty cell in " + layout.name(f));
    int next = next(p, last);
    cells[f] = keep[f] ? FastScan.MISSING : 0;
    return next;
  }

  /** A column the plan does not read: any printable ASCII but a quote, empty allowed. */
  private int skip(int p, boolean last) throws NotSimple {
    return next(cellEnd(p), last);
  }

  /** TEXT, PERSON and STAGE: the cell's bytes, not empty, no space at either end. */
  private int text(int p, int c, int f, boolean last) throws NotSimple, IOException {
    int i = cellEnd(p);
    int next = next(i, last); // first: a cell cut short by a quote says so
    if (i == p) return missing(p, f, last);
    if (b[p] == ' ' || b[i - 1] == ' ')
      throw fail(p, "a space around the value of " + layout.name(f));
    if (c == idColumn) addId(p, i);
    byte kind = kinds[c];
    if (kind != FastScan.PERSON && kind != FastScan.STAGE && !keep[f]) return next;
    long h = ByteKeys.hash(b, p, i); // an id not kept needs no hash while the ids are in order
    if (kind == FastScan.PERSON) {
      int index = layout.people.get(b, p, i, h);
      if (index < 0) throw fail(p, "an unknown person in " + layout.name(f));
      cells[f] = keep[f] ? index : 0;
    } else if (kind == FastScan.STAGE) {
      int index = layout.stages.get(b, p, i, h);
      if (index < 0) throw fail(p, "an unknown stage in " + layout.name(f));
      cells[f] = keep[f] ? index : 0;
    } else if (keep[f]) {
      ByteKeys cache = textCache[f];
      int index = cache.get(b, p, i, h);
      if (index < 0) {
        index = layout.texts[f].indexOf(b, p, i);
        cache.put(b, p, i, h, index);
      }
      cells[f] = index;
    }
    return next;
  }

  /**
   * The first byte at or after i that a plain cell cannot hold: a comma, a line end, a quote, a
   * control character, DEL or a byte outside ASCII ({@link FastScan#CLASS} not 0). Eight bytes at a
   * time: in each word, the lowest flagged byte is exact (a false flag, from a borrow, only ever
   * sits above a true one), and a line always ends in the buffer (at worst at the LF).
   */
  private int cellEnd(int i) {
    while (true) {
      long w = (long) LONGS.get(b, i);
      long special =
          ((w - SPACES) & ~w & HIGH)
              | zero(w ^ COMMAS)
              | zero(w ^ QUOTES)
              | zero(w ^ DELS)
              | (w & HIGH);
      if (special != 0) return i + lowestByte(special);
      i += 8;
    }
  }

  /**
   * The index (0 to 7) of the lowest byte whose high bit is set in a word where only high bits are
   * set: its lowest bit, at 8k + 7, shifted to 1 << 8k, times the byte ladder 0x0001020304050607
   * leaves k in the top byte. The quick compiler (C1) of Java 17 has no intrinsic for {@link
   * Long#numberOfTrailingZeros}, which then took a sixth of the scan (issue 20).
   */
  static int lowestByte(long highBits) {
    return (int) ((((highBits & -highBits) >>> 7) * 0x0001020304050607L) >>> 56);
  }

  private static long zero(long v) {
    return (v - ONES) & ~v & HIGH;
  }

  /** -?digits(.digits)? with at most scale decimals and 18 digits, unscaled at scale. */
  private int decimal(int p, int f, boolean last) throws NotSimple, IOException {
    if (endsCell(b[p])) return missing(p, f, last);
    int i = p;
    boolean negative = b[i] == '-';
    if (negative) i++;
    int digits = i;
    long v = 0;
    int d;
    while ((d = b[i] - '0') >= 0 && d <= 9) {
      v = v * 10 + d;
      i++;
    }
    int whole = i - digits;
    int decimals = 0;
    if (b[i] == '.') {
      int fraction = ++i;
      while ((d = b[i] - '0') >= 0 && d <= 9) {
        v = v * 10 + d;
        i++;
      }
      decimals = i - fraction;
      if (decimals == 0) throw fail(p, "a number ending in a dot in " + layout.name(f));
    }
    if (whole == 0) throw fail(p, "not a plain number in " + layout.name(f));
    if (whole + decimals > 18)
      throw fail(p, "a number of more than 18 digits in " + layout.name(f));
    if (decimals > layout.scale) throw fail(p, "more decimals than kept in " + layout.name(f));
    int next = next(i, last);
    if (keep[f]) {
      long pow = FastScan.TEN[layout.scale - decimals];
      long hi = Math.multiplyHigh(v, pow);
      long value = v * pow;
      if (hi != 0 || value < 0)
        throw fail(p, "a number too large at the scale in " + layout.name(f));
      cells[f] = negative ? -value : value;
    }
    if (idColumn >= 0 && fieldOf[idColumn] == f) addId(p, i);
    return next;
  }

  /** -?digits, at most 18 of them. */
  private int integer(int p, int f, boolean last) throws NotSimple, IOException {
    if (endsCell(b[p])) return missing(p, f, last);
    int i = p;
    boolean negative = b[i] == '-';
    if (negative) i++;
    int digits = i;
    long v = 0;
    int d;
    while ((d = b[i] - '0') >= 0 && d <= 9) {
      v = v * 10 + d;
      i++;
    }
    if (i == digits) throw fail(p, "not a plain whole number in " + layout.name(f));
    if (i - digits > 18)
      throw fail(p, "a whole number of more than 18 digits in " + layout.name(f));
    int next = next(i, last);
    cells[f] = keep[f] ? (negative ? -v : v) : 0;
    if (idColumn >= 0 && fieldOf[idColumn] == f) addId(p, i);
    return next;
  }

  /** yyyy-mm-dd, a real date, as its epoch day. */
  private int date(int p, int f, boolean last) throws NotSimple, IOException {
    if (endsCell(b[p])) return missing(p, f, last);
    // "yyyy-mm-" as one word (first byte lowest), its dashes made zeros; then every byte must be
    // a digit: below '0' borrows into the high bit, above '9' carries into it (see DIGITS_HIGH)
    long w = (long) LONGS.get(b, p);
    long digits = (w & ~DASH_BYTES) | (ZEROS & DASH_BYTES);
    boolean plain =
        (w & DASH_BYTES) == (DASHES & DASH_BYTES)
            && (((digits - ZEROS) | (digits + DIGITS_HIGH)) & HIGH) == 0;
    int d8 = b[p + 8] - '0';
    int d9 = b[p + 9] - '0';
    if (!plain || d8 < 0 || d8 > 9 || d9 < 0 || d9 > 9) {
      throw fail(p, "not a yyyy-mm-dd date in " + layout.name(f));
    }
    long v = digits - ZEROS;
    int year =
        (int) (v & 0xff) * 1000
            + (int) (v >>> 8 & 0xff) * 100
            + (int) (v >>> 16 & 0xff) * 10
            + (int) (v >>> 24 & 0xff);
    int month = (int) (v >>> 40 & 0xff) * 10 + (int) (v >>> 48 & 0xff);
    int day = d8 * 10 + d9;
    if (month < 1 || month > 12 || day < 1 || day > 31) throw noSuchDate(p, f);
    int[] days = daysOf[year];
    if (days == null) days = daysOf[year] = new int[12 * 31];
    int k = (month - 1) * 31 + day - 1;
    int known = days[k];
    if (known == 0) { // a date not seen yet: checked and counted once
      if (day > FastScan.monthLength(year, month)) throw noSuchDate(p, f);
      known = days[k] = Cells.epochDay(year, month, day) + DAY_OFFSET;
    }
    int next = next(p + 10, last);
    cells[f] = keep[f] ? known - DAY_OFFSET : 0;
    if (idColumn >= 0 && fieldOf[idColumn] == f) addId(p, p + 10);
    return next;
  }

  private NotSimple noSuchDate(int p, int f) {
    return fail(p, "no such date in " + layout.name(f));
  }

  /**
   * Past the end of the cell at b[i]: a comma, or the line end after the last cell. The comma
   * between cells is the common case, kept small enough for the quick compiler (C1) to inline.
   */
  private int next(int i, boolean last) throws NotSimple {
    if (b[i] == ',' && !last) return i + 1;
    return lineEnd(i, last);
  }

  /** {@link #next} but for a comma between cells. */
  private int lineEnd(int i, boolean last) throws NotSimple {
    byte t = b[i];
    if (!last) {
      if (t == ',') return i + 1;
      if (t == '\n' || (t == '\r' && b[i + 1] == '\n')) {
        throw fail(i, "fewer cells than the header has");
      }
    } else {
      if (t == '\n') return i + 1;
      if (t == '\r' && b[i + 1] == '\n') return i + 2;
      if (t == ',') throw fail(i, "more cells than the header has");
    }
    throw fail(i, FastScan.describe(t));
  }

  private void addId(int p, int i) throws NotSimple, IOException {
    if (ordered) {
      int n = i - p;
      if (lastLength < 0 || Arrays.compareUnsigned(b, p, i, lastId, 0, lastLength) > 0) {
        if (n > lastId.length) lastId = new byte[Math.max(n, lastId.length * 2)];
        System.arraycopy(b, p, lastId, 0, n);
        lastLength = n;
        if (firstId == null) firstId = Arrays.copyOf(lastId, n);
        return;
      }
      ordered = false;
      hashAgain(pieceStart, base + lineStart); // the piece's lines before this one
    }
    idBatch[idCount++] = ByteKeys.hash(b, p, i);
    if (idCount == idBatch.length) flushIds();
  }

  private void flushIds() throws NotSimple {
    if (idCount == 0) return;
    boolean fresh;
    try {
      fresh = layout.ids.addAll(idBatch, idCount);
    } catch (IllegalStateException full) {
      throw new NotSimple(layout.file + ": more than 900 million ids");
    }
    idCount = 0;
    if (!fresh) throw new NotSimple(layout.file + ": possibly repeated id");
  }

  /**
   * Hashes the ids of the piece's lines that start in [from, to) into the shared table, by reading
   * them again (they were read in order until then, so none is in the table yet).
   */
  private void hashAgain(long from, long to) throws NotSimple, IOException {
    if (to <= from) return;
    FastRange again = new FastRange(layout);
    again.ordered = false;
    again.run(channel, fileSize, from, to, pieceFirst, cells -> {}, new AtomicBoolean());
  }

  /** Whether the piece's ids were each greater than the one before (then none is in the table). */
  boolean idsInOrder() {
    return ordered;
  }

  /** The piece's first and last ids, when in order; null when the piece has no row. */
  byte[] firstId() {
    return firstId;
  }

  byte[] lastId() {
    return lastLength < 0 ? null : Arrays.copyOf(lastId, lastLength);
  }

  /** Puts the ids of the whole piece, read in order, into the shared table after all. */
  void hashAll() throws NotSimple, IOException {
    if (ordered && firstId != null) hashAgain(pieceStart, pieceEnd);
  }

  private NotSimple fail(int at, String why) {
    return new NotSimple(
        layout.file
            + ", the line at byte "
            + (base + lineStart)
            + " (byte "
            + (base + at)
            + "): "
            + why);
  }
}
