package compass.data;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads a file in blocks of a few megabytes, each ending just after a line that is not blank (or at
 * the end of the file), so a chunk never ends inside a run of trailing blank lines: whether "the
 * rest is blank" can then be decided within one chunk. The bytes after the cut are carried over to
 * the next block.
 *
 * <p>Line ends: LF, CRLF and a lone CR (old Mac exports) all end a line. A lone CR is turned into
 * LF here, byte for byte, so everything after (the scanner, line numbers, the caret) sees only LF
 * and CRLF, and a file written with CR alone is not read as one long line.
 */
final class BlockReader {
  static final int BLOCK = 4 << 20;
  private static final int MIN_BLOCK = 8 << 10;

  /**
   * Bytes [0, length) of the file from offset; firstLine is the line number at offset; quotes tells
   * whether the block has a quote character (a quoted cell may then span blocks); controls whether
   * it may have a control character (see {@link #mayHaveControls}), so cells are checked for them
   * only then.
   */
  record Block(
      byte[] bytes,
      int length,
      long offset,
      int firstLine,
      boolean quotes,
      boolean controls,
      boolean last) {

    /**
     * The block decoded strictly as UTF-8 (the chars and their count); a latin-1 export read
     * leniently would turn `Müller` into mojibake that then fails to match, far from the cause.
     */
    CharBuffer decode() throws BadBytes {
      return decode(null);
    }

    /**
     * As {@link #decode()}, into spare when it is large enough (it is then the returned buffer's
     * array): a recycled buffer spares allocating and clearing megabytes per block.
     */
    CharBuffer decode(char[] spare) throws BadBytes {
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
      // UTF-8 never decodes to more chars than bytes; the margin only spares a reader the proof.
      CharBuffer out =
          spare != null && spare.length >= length + 4
              ? CharBuffer.wrap(spare)
              : CharBuffer.allocate(length + 4);
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) result = decoder.flush(out);
      if (result.isError()) throw new BadBytes(offset + in.position());
      return out;
    }
  }

  /** The file is not UTF-8: the first bad byte is at offset. */
  static final class BadBytes extends Exception {
    private static final long serialVersionUID = 1L;
    final long offset;

    BadBytes(long offset) {
      super(null, null, false, false);
      this.offset = offset;
    }
  }

  private final InputStream in;
  private final int block; // the bytes of a block, at most BLOCK
  private byte[] carry = new byte[0];
  private int carryLength;
  private long offset;
  private int line = 1;
  private boolean eof;
  // Blocks whose bytes are no longer read (decoded), to be filled again: reading a file then
  // allocates a few blocks rather than one per 4 MB, which keeps the collector's work down.
  private final ConcurrentLinkedQueue<byte[]> spare = new ConcurrentLinkedQueue<>();

  BlockReader(InputStream in) {
    this(in, BLOCK);
  }

  /**
   * Reads {@code in}, a file of about {@code size} bytes: a small file is read in one block of its
   * own size, not 4 MB (a people file of 80 KB then allocates 80 KB; issue 20).
   */
  BlockReader(InputStream in, long size) {
    this.in = in;
    this.block = (int) Math.max(MIN_BLOCK, Math.min(BLOCK, size + 1));
  }

  /** The next block, or null after the last one. */
  Block next() throws IOException {
    if (eof && carryLength == 0) return null;
    byte[] buf = carryLength * 2 <= block ? spare.poll() : null;
    if (buf == null) buf = new byte[Math.max(block, carryLength * 2)];
    System.arraycopy(carry, 0, buf, 0, carryLength);
    int length = carryLength;
    while (true) {
      while (!eof && length < buf.length) {
        int n = in.read(buf, length, buf.length - length);
        if (n < 0) eof = true;
        else length += n;
      }
      int cut = eof ? length : cut(buf, length);
      // no LF in a whole buffer: maybe lines ended by CR alone
      if (cut == 0 && !eof && loneCrToLf(buf, length, false)) cut = cut(buf, length);
      if (eof || cut > 0) return take(buf, length, cut);
      buf = Arrays.copyOf(buf, buf.length * 2); // one line longer than a block: read on
    }
  }

  /** Gives back the bytes of a block that nothing reads any more (any thread may call this). */
  void recycle(byte[] bytes) {
    if (bytes.length == block) spare.add(bytes);
  }

  private Block take(byte[] buf, int length, int cut) {
    long quoteBytes;
    long controlBytes;
    int newlines;
    boolean converted = false;
    while (true) {
      // Eight bytes at a time: this runs on the reading thread, ahead of all parsing.
      quoteBytes = 0;
      controlBytes = 0;
      long returns = 0;
      newlines = 0;
      int i = 0;
      for (; i + 8 <= cut; i += 8) {
        long word = (long) LONGS.get(buf, i);
        long lineEnds = zeroBytes(word ^ NEWLINES);
        newlines += Long.bitCount(lineEnds);
        quoteBytes |= zeroBytes(word ^ QUOTES);
        // bytes below a space but LF, and bytes from DEL up: rare in most files, so the exact
        // test (and the search for CRs) runs only for the words that have one
        long odd = ~(((word & LOW_SEVEN) + BELOW_SPACE) | word) & HIGH & ~lineEnds;
        long high = (word | ((word & LOW_SEVEN) + ONES)) & HIGH;
        if ((odd | high) != 0) {
          long crs = zeroBytes(word ^ RETURNS);
          // only a CR not followed by LF needs turning into LF: CRLF files (Excel's and
          // Python's csv exports) skip the second pass over the block
          if (crs != 0) returns |= crs & ~followedByLf(buf, i, length, lineEnds);
          controlBytes |=
              (odd & ~crs & ~zeroBytes(word ^ TABS))
                  | zeroBytes(word ^ DELS)
                  | zeroBytes(word ^ C2S);
        }
      }
      for (; i < cut; i++) {
        if (buf[i] == '\n') newlines++;
        else if (buf[i] == '"') quoteBytes = 1;
        else if (buf[i] == '\r' && (i + 1 < length ? buf[i + 1] != '\n' : eof)) returns = 1;
        else if (mayBeControl(buf[i])) controlBytes = 1;
      }
      // A CR alone ends a line too: turned into LF, the block may end later, so count again.
      if (returns == 0 || converted || !loneCrToLf(buf, length, eof)) break;
      converted = true;
      cut = eof ? length : cut(buf, length);
    }
    carryLength = length - cut;
    carry = Arrays.copyOfRange(buf, cut, length);
    Block block =
        new Block(
            buf, cut, offset, line, quoteBytes != 0, controlBytes != 0, eof && carryLength == 0);
    offset += cut;
    LoadProgress.read(offset); // a progress bar; Ctrl-C in the REPL stops here
    line += newlines;
    return block;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
  private static final long TABS = 0x0909090909090909L;
  private static final long DELS = 0x7F7F7F7F7F7F7F7FL;
  private static final long C2S = 0xC2C2C2C2C2C2C2C2L;
  private static final long BELOW_SPACE = 0x6060606060606060L; // 0x20 + this sets the high bit
  private static final long HIGH = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;

  /**
   * Whether b may start a control character: a byte below 0x20 other than tab, LF and CR, a DEL, or
   * 0xC2 (the lead byte of U+0080..U+00BF, which holds the C1 controls but also `£` or `°`: a block
   * with one is merely checked cell by cell).
   */
  private static boolean mayBeControl(byte b) {
    return (b >= 0 && b < 0x20 && b != '\t' && b != '\r') || b == 0x7F || (b & 0xFF) == 0xC2;
  }

  /**
   * Turns each CR that is not followed by LF into LF (same length, so offsets keep); a CR at the
   * very end of what is read so far is left for the next call, which knows the byte after it.
   */
  static boolean loneCrToLf(byte[] b, int length, boolean eof) {
    boolean changed = false;
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      if (zeroBytes((long) LONGS.get(b, i) ^ RETURNS) == 0) continue;
      for (int j = i; j < i + 8; j++) changed |= loneCr(b, j, length, eof);
    }
    for (; i < length; i++) changed |= loneCr(b, i, length, eof);
    return changed;
  }

  private static boolean loneCr(byte[] b, int i, int length, boolean eof) {
    if (b[i] != '\r' || (i + 1 < length ? b[i + 1] == '\n' : !eof)) return false;
    b[i] = '\n';
    return true;
  }

  /**
   * The high bit of each byte of the word at b[i] whose next byte is LF (lineEnds: the word's LF
   * bytes); the next byte of the word's last one is b[i + 8], when read. A CR at the very end of
   * what is read so far, before the end of the file, counts as followed by LF: {@link #loneCrToLf}
   * leaves it for the next call.
   */
  private long followedByLf(byte[] b, int i, int length, long lineEnds) {
    long next = lineEnds >>> 8;
    if (i + 8 < length ? b[i + 8] == '\n' : !eof) next |= 0x8000000000000000L;
    return next;
  }

  /** The high bit of each byte of word that is zero, and no other bit (exact, no carries). */
  static long zeroBytes(long word) {
    long t = (word & LOW_SEVEN) + LOW_SEVEN;
    return ~(t | word | LOW_SEVEN);
  }

  /** Just past the last complete line with a non-blank byte, or 0 when there is none. */
  private static int cut(byte[] b, int length) {
    int nl = length - 1;
    while (nl >= 0 && b[nl] != '\n') nl--;
    while (nl >= 0) {
      int i = nl - 1;
      while (i >= 0 && b[i] != '\n') {
        if (!blank(b[i])) return nl + 1;
        i--;
      }
      nl = i; // the line was blank: try the one before
    }
    return 0;
  }

  private static boolean blank(byte b) {
    return b == ' ' || b == '\t' || b == ',' || b == '\r';
  }
}
