package compass.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * Reads the clean common case of a CSV table (issue 20) several times faster than {@link
 * TableLoader}, straight from the file's bytes on several threads, handing each row over as typed
 * longs without keeping it. It is exact or it refuses: for a file it reads, every row has exactly
 * the values the loader gives and the loader would report nothing; anything it does not check as
 * the loader does (a quote, a blank line, a space around a value, a number written otherwise than
 * {@code -?digits(.digits)?}, an unknown person, a possibly repeated id...) throws {@link
 * NotSimple}, and the caller reads the file with the loader, which reports exactly.
 */
public final class FastScan {
  /** The file is not the clean common case: the caller reads it with the normal loader. */
  public static final class NotSimple extends Exception {
    public NotSimple(String why) {
      super(why);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // a normal outcome, thrown to leave the scan: no trace to fill
    }
  }

  /**
   * The cell of an empty cell in a field declared optional (the loader's missing value); any other
   * empty cell is refused. Never a value a cell has: no 18-digit number or date reaches it.
   */
  public static final long MISSING = Long.MIN_VALUE;

  /** Receives the rows of one piece of the file; one instance per piece, one thread at a time. */
  public interface Rows {
    /** cells[i]: field i typed (see {@link #scan}); the array is reused after the call returns. */
    void row(long[] cells) throws NotSimple;
  }

  /**
   * rows: the rows read; texts.get(i): the distinct values of kept TEXT field i in the order of
   * their indexes (null for the other fields).
   */
  public record Result(long rows, List<List<String>> texts) {}

  // what a column of the header holds
  static final byte SKIP = 0;
  static final byte TEXT = 1;
  static final byte PERSON = 2;
  static final byte STAGE = 3;
  static final byte DECIMAL = 4;
  static final byte INTEGER = 5;
  static final byte DATE = 6;

  /**
   * Per byte: 0 for a byte a plain cell may hold (printable ASCII but the quote and the comma), 1
   * for the comma, 2 for LF, 3 for CR, 4 for anything else: a quote, a control character, DEL or a
   * byte of a multi-byte UTF-8 character, none of which the scan reads.
   */
  static final byte[] CLASS = new byte[256];

  static final long[] TEN = new long[19];

  static {
    Arrays.fill(CLASS, (byte) 4);
    for (int c = 0x20; c < 0x7F; c++) CLASS[c] = 0;
    CLASS['"'] = 4;
    CLASS[','] = 1;
    CLASS['\n'] = 2;
    CLASS['\r'] = 3;
    TEN[0] = 1;
    for (int i = 1; i < TEN.length; i++) TEN[i] = TEN[i - 1] * 10;
  }

  private static final int HEAD = 1 << 16; // the header line must end within this many bytes

  private FastScan() {}

  /**
   * Reads the rows of file, the table of schema, as {@link TableLoader#load} would with the given
   * stages and person ids (no keep-going); throws NotSimple whenever the file is not one it reads
   * exactly that way, the rows handed over until then then mean nothing.
   *
   * <p>Cells by the field's type: MONEY and NUMBER an unscaled long at scale (12.5 at scale 4 is
   * 125000); INTEGER the value; DATE the epoch day; PERSON the index in people; STAGE the index in
   * stages; TEXT the index of the value in {@link Result#texts}. A field not kept is still checked
   * in full; its cell is left 0. PERCENT, BOOL and PERIOD fields are not read (NotSimple).
   *
   * @param keep per field of the schema: whether its typed value is needed in the cells
   * @param people the person ids in the order of their indexes (what PERSON cells must be)
   * @param stages the plan's stages in order (what STAGE cells must be)
   * @param scale the scale of MONEY and NUMBER cells, 0 to 18
   * @param ranges how many pieces the file is read in, at line boundaries; sink is asked one Rows
   *     per piece, by its index, on the calling thread before reading starts
   * @param threads how many pieces are read at once
   */
  public static Result scan(
      Path file,
      TableSchema schema,
      boolean[] keep,
      List<String> people,
      List<String> stages,
      int scale,
      int ranges,
      int threads,
      IntFunction<Rows> sink)
      throws NotSimple, IOException {
    if (keep.length != schema.fields().size()) {
      throw new IllegalArgumentException("keep has one flag per field of " + schema.name());
    }
    if (scale < 0 || scale > 18) throw new IllegalArgumentException("scale " + scale);
    if (ranges < 1 || threads < 1) throw new IllegalArgumentException("ranges and threads >= 1");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      byte[] head = new byte[(int) Math.min(HEAD, size)];
      ByteBuffer into = ByteBuffer.wrap(head);
      while (into.hasRemaining() && channel.read(into, into.position()) >= 0) {}
      Layout layout = new Layout(schema, keep, people, stages, scale, head, size);
      long dataStart = layout.dataStart;
      long dataBytes = size - dataStart;
      Rows[] sinks = new Rows[ranges];
      for (int k = 0; k < ranges; k++) sinks[k] = sink.apply(k);
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              Math.min(threads, ranges),
              r -> {
                Thread t = new Thread(r, "compass-fastscan");
                t.setDaemon(true);
                return t;
              });
      List<Future<Long>> pieces = new ArrayList<>();
      FastRange[] readers = new FastRange[ranges];
      try {
        for (int k = 0; k < ranges; k++) {
          long start = dataStart + dataBytes * k / ranges;
          long end = dataStart + dataBytes * (k + 1) / ranges;
          boolean first = k == 0;
          Rows rows = sinks[k];
          FastRange reader = readers[k] = new FastRange(layout);
          pieces.add(
              pool.submit(
                  () -> {
                    try {
                      if (start >= end) return 0L;
                      return reader.run(
                          channel, size, first ? start : start - 1, end, first, rows, stop);
                    } catch (NotSimple | IOException | RuntimeException e) {
                      stop.set(true);
                      throw e;
                    }
                  }));
        }
        long total = 0;
        Exception failure = null;
        for (Future<Long> piece : pieces) {
          try {
            total += piece.get();
          } catch (ExecutionException e) {
            if (failure == null) failure = (Exception) e.getCause();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            throw new IOException("interrupted while reading " + schema.file(), e);
          }
        }
        if (failure instanceof NotSimple n) throw n;
        if (failure instanceof IOException io) throw io;
        if (failure instanceof RuntimeException re) throw re;
        if (failure != null) throw new IllegalStateException(failure);
        if (layout.idColumn >= 0) idsAcrossPieces(readers);
        return new Result(total, layout.texts());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /**
   * The ids of pieces read in order are checked here: when every piece's ids were in order and each
   * piece's first id is greater than the last of the piece before, all are different, with no
   * table. Otherwise the pieces read in order are read again into the table (which holds the
   * others' ids already), where a repeat shows.
   */
  private static void idsAcrossPieces(FastRange[] readers) throws NotSimple, IOException {
    byte[] before = null;
    boolean inOrder = true;
    for (FastRange r : readers) {
      if (r == null || r.firstId() == null) continue; // a piece with no row
      if (!r.idsInOrder() || (before != null && Arrays.compareUnsigned(before, r.firstId()) >= 0)) {
        inOrder = false;
        break;
      }
      before = r.lastId();
    }
    if (inOrder) return;
    for (FastRange r : readers) if (r != null) r.hashAll();
  }

  /** Why a byte ends a cell where it may not, for a NotSimple message. */
  static String describe(byte t) {
    if (t == '"') return "a quote";
    if (t == '\r') return "a carriage return not followed by a line feed";
    if ((t & 0xff) >= 0x80) return "a byte outside ASCII";
    if (t == ',' || t == '\n') return "a cell in the wrong form";
    if ((t >= '0' && t <= '9') || t == '.' || t == '-') return "a number or date in another form";
    if (t == ' ') return "a space";
    if (t < 0x20 || t == 0x7F) return "a control character";
    return "a character the plain form has not";
  }

  static int monthLength(int year, int month) {
    if (month == 2) return java.time.Year.isLeap(year) ? 29 : 28;
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * What the threads share, built once from the schema and the header line: what each column holds,
   * the people, the stages, the dictionaries of text values and the id hashes.
   */
  static final class Layout {
    final String file;
    final int fields;
    final byte[] kinds;
    final int[] fieldOf;
    final boolean[] keep;
    final boolean[] optional; // per field: declared optional, so an empty cell is MISSING
    final int idColumn;
    final int scale;
    final ByteKeys people = new ByteKeys();
    final ByteKeys stages = new ByteKeys();
    final TextDictionary[] texts;
    final IdHashes ids;
    final long dataStart;
    private final List<FieldSpec> specs;

    Layout(
        TableSchema schema,
        boolean[] keep,
        List<String> peopleIds,
        List<String> stageNames,
        int scale,
        byte[] head,
        long size)
        throws NotSimple {
      this.file = schema.file();
      this.specs = schema.fields();
      this.fields = specs.size();
      this.keep = keep.clone();
      this.optional = new boolean[fields];
      for (int f = 0; f < fields; f++) optional[f] = specs.get(f).optional();
      this.scale = scale;
      if (schema.sheet() != null) throw new NotSimple(file + ": a sheet is named");
      if (InputFormat.of(file) != InputFormat.CSV) throw new NotSimple(file + ": not a CSV file");
      if (fields == 0) throw new NotSimple(file + ": no fields are read");
      names(stages, stageNames == null ? List.of() : stageNames, "stage");
      boolean anyPerson = specs.stream().anyMatch(f -> f.type() == ColumnType.PERSON);
      if (anyPerson && peopleIds == null) throw new NotSimple(file + ": people are not checked");
      if (anyPerson) names(people, peopleIds, "person id");
      // the header
      int from = TableLoader.hasBom(head) ? 3 : 0;
      int lf = from;
      while (lf < head.length && head[lf] != '\n') lf++;
      if (lf == head.length && head.length < size) throw new NotSimple(file + ": a long header");
      if (lf == from && lf == head.length) throw new NotSimple(file + ": empty");
      this.dataStart = Math.min(size, lf + 1L);
      int to = lf > from && head[lf - 1] == '\r' ? lf - 1 : lf;
      List<String> header = header(head, from, to);
      int width = header.size();
      kinds = new byte[width];
      fieldOf = new int[width];
      Arrays.fill(fieldOf, -1);
      Map<String, Integer> positions = new HashMap<>();
      for (int c = 0; c < width; c++) {
        String name = header.get(c);
        if (name.isEmpty()) continue;
        if (positions.putIfAbsent(name, c) != null) throw new NotSimple(file + ": a column twice");
      }
      int id = -1;
      texts = new TextDictionary[fields];
      for (int f = 0; f < fields; f++) {
        FieldSpec spec = specs.get(f);
        if (id < 0 && spec.name().equals("id")) id = f;
        Integer at = positions.get(spec.column());
        if (at == null) throw new NotSimple(file + ": no column " + spec.column());
        if (fieldOf[at] >= 0) throw new NotSimple(file + ": two fields read one column");
        fieldOf[at] = f;
        kinds[at] = kind(spec.type());
        if (kinds[at] == SKIP) throw new NotSimple(file + ": a " + spec.type() + " field");
        if (kinds[at] == TEXT && keep[f]) texts[f] = new TextDictionary();
      }
      this.idColumn = id < 0 ? -1 : positions.get(specs.get(id).column());
      this.ids =
          new IdHashes(
              id < 0 ? 0 : estimateRows(head, (int) Math.min(dataStart, head.length), size));
    }

    String name(int field) {
      return specs.get(field).name();
    }

    List<List<String>> texts() {
      List<List<String>> out = new ArrayList<>(fields);
      for (TextDictionary t : texts) out.add(t == null ? null : t.values());
      return Collections.unmodifiableList(out);
    }

    private static byte kind(ColumnType type) {
      return switch (type) {
        case TEXT -> TEXT;
        case PERSON -> PERSON;
        case STAGE -> STAGE;
        case MONEY, NUMBER -> DECIMAL;
        case INTEGER -> INTEGER;
        case DATE -> DATE;
        case PERCENT, BOOL, PERIOD -> SKIP; // not read here
      };
    }

    /** The names of the header: plain ASCII, split at commas, spaces around them dropped. */
    private List<String> header(byte[] head, int from, int to) throws NotSimple {
      List<String> names = new ArrayList<>();
      int start = from;
      for (int i = from; i <= to; i++) {
        if (i < to && CLASS[head[i] & 0xff] == 0) continue;
        if (i < to && head[i] != ',') throw new NotSimple(file + " header: " + describe(head[i]));
        // String.strip, as the loader names columns: of printable ASCII it drops only spaces
        names.add(new String(head, start, i - start, StandardCharsets.US_ASCII).strip());
        start = i + 1;
      }
      if (names.stream().allMatch(String::isEmpty)) throw new NotSimple(file + ": a blank header");
      return names;
    }

    /** Fills table with names (index = position), all distinct; ids it cannot meet are left out. */
    private void names(ByteKeys table, List<String> given, String what) throws NotSimple {
      if (new HashSet<>(given).size() != given.size()) throw new NotSimple("a " + what + " twice");
      for (int i = 0; i < given.size(); i++) {
        byte[] name = given.get(i).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(name, name.length + 8); // hash reads a word past the end
        table.put(bytes, 0, name.length, ByteKeys.hash(bytes, 0, name.length), i);
      }
    }

    /** The rows of the file by the length of the lines in its first bytes, for the id set. */
    private static long estimateRows(byte[] head, int dataFrom, long size) {
      int lines = 0;
      int last = dataFrom;
      for (int i = dataFrom; i < head.length; i++) {
        if (head[i] == '\n') {
          lines++;
          last = i + 1;
        }
      }
      long perLine = lines == 0 ? 16 : Math.max(1, (last - dataFrom) / lines);
      return (size - dataFrom) / perLine + 16;
    }
  }
}
