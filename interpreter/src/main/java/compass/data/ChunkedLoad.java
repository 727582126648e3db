package compass.data;

import compass.data.BlockReader.BadBytes;
import compass.data.BlockReader.Block;
import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams a file through the loader block by block, so memory holds the columns and a few blocks,
 * never the whole file. Blocks without a quote character end at a record boundary and are parsed on
 * all cores at once, then joined in file order; from the first block with a quote on (a quoted cell
 * may span lines and blocks) the rest is parsed on one thread, carrying a record that runs past a
 * block over to the next.
 */
final class ChunkedLoad {
  private final TableHeader header;
  private final Problems problems;
  private final long fileSize;
  private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private TableBuilder builder;
  private int capacity = 1 << 12;
  private char[] carry;
  private int carryLength;
  private int carryLine;
  // Whether a block read so far may hold a control character: from then on, in the sequential
  // part, a chunk (which may join the carry of earlier blocks) has its cells checked.
  private boolean controls;
  // Decoded text of chunks already joined, for workers to decode the next blocks into.
  private final ConcurrentLinkedQueue<char[]> spareText = new ConcurrentLinkedQueue<>();

  ChunkedLoad(TableHeader header, Problems problems, long fileSize) {
    this.header = header;
    this.problems = problems;
    this.fileSize = fileSize;
  }

  /** The table, or null (reported) when the file has no usable header. */
  Table run(BlockReader reader) throws IOException, BadBytes {
    Block block = reader.next();
    CharBuffer decoded = block.decode();
    char[] text = decoded.array();
    int length = decoded.position();
    boolean last = block.last();
    boolean quotes = block.quotes();
    controls = block.controls();
    int begin = length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    CsvScanner scanner;
    boolean found;
    while (true) {
      scanner = new CsvScanner(text, begin, length, 1, last);
      found = scanner.next();
      if (!found || !scanner.incomplete()) break;
      Block more = reader.next(); // a quoted header cell spans the block: read on
      CharBuffer next = more.decode();
      text = append(text, length, next.array(), next.position());
      length += next.position();
      last = more.last();
      controls |= more.controls();
    }
    if (!header.read(scanner, found, problems)) {
      for (Block rest = reader.next(); rest != null; rest = reader.next()) rest.decode();
      return null;
    }
    RowLoader first = new RowLoader(header, (length - scanner.position()) / 32);
    first.controls = controls;
    first.load(text, scanner.position(), length, scanner.line(), last);
    long perRow = Math.max(1, (length - scanner.position()) / Math.max(1, first.rows));
    long estimate = fileSize / perRow;
    builder =
        new TableBuilder(header, problems, (int) Math.min(estimate + estimate / 20 + 16, 1 << 26));
    capacity = first.rows + first.rows / 8 + 16;
    if (quotes) {
      sequential(first, reader);
    } else {
      builder.append(first);
      parallel(reader);
    }
    return builder.build();
  }

  private void parallel(BlockReader reader) throws IOException, BadBytes {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "compass-csv");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<RowLoader>> pending = new ArrayDeque<>();
    try {
      for (Block block = reader.next(); block != null; block = reader.next()) {
        if (block.quotes()) {
          while (!pending.isEmpty()) join(await(pending.poll()));
          controls |= block.controls();
          RowLoader loader = newLoader();
          loader.controls = controls;
          CharBuffer text = block.decode();
          loader.load(text.array(), 0, text.position(), block.firstLine(), block.last());
          sequential(loader, reader);
          return;
        }
        Block chunk = block;
        int cap = capacity;
        pending.add(
            pool.submit(
                () -> {
                  CharBuffer text = chunk.decode(spareText.poll());
                  reader.recycle(chunk.bytes());
                  RowLoader loader = new RowLoader(header, cap);
                  loader.controls = chunk.controls();
                  loader.load(text.array(), 0, text.position(), chunk.firstLine(), chunk.last());
                  return loader;
                }));
        while (pending.size() > threads) join(await(pending.poll()));
      }
      while (!pending.isEmpty()) join(await(pending.poll()));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Appends a chunk parsed in parallel, then recycles its text, which nothing reads again. */
  private void join(RowLoader loader) {
    builder.append(loader);
    spareText.add(loader.text);
    loader.text = null;
  }

  /** Joins loader, then parses every remaining block in order on this thread. */
  private void sequential(RowLoader loader, BlockReader reader) throws IOException, BadBytes {
    RowLoader current = loader;
    while (true) {
      builder.append(current);
      keepCarry(current);
      Block block = reader.next();
      if (block == null) return;
      CharBuffer decoded = block.decode();
      int n = decoded.position();
      int line = block.firstLine();
      char[] text = decoded.array();
      boolean last = block.last();
      controls |= block.controls();
      if (carryLength > 0) {
        text = append(carry, carryLength, text, n);
        n += carryLength;
        line = carryLine;
        // A record spanning many blocks (a long quoted cell): read on until the text is twice
        // the carried part, so no character is scanned again and again.
        while (!last && n < 2 * carryLength) {
          Block more = reader.next();
          CharBuffer next = more.decode();
          text = append(text, n, next.array(), next.position());
          n += next.position();
          last = more.last();
          controls |= more.controls();
        }
      }
      current = newLoader();
      current.controls = controls;
      current.load(text, 0, n, line, last);
    }
  }

  private void keepCarry(RowLoader loader) {
    carryLength = 0;
    if (loader.carry < 0) return;
    carryLength = loader.textEnd - loader.carry;
    carry = Arrays.copyOfRange(loader.text, loader.carry, loader.textEnd);
    carryLine = loader.carryLine;
  }

  private RowLoader newLoader() {
    return new RowLoader(header, capacity);
  }

  /** a[0, aLength) followed by b[0, bLength), in a (when it has room) or a larger copy. */
  private static char[] append(char[] a, int aLength, char[] b, int bLength) {
    char[] out = a;
    if (aLength + bLength > a.length) {
      out = Arrays.copyOf(a, Math.max(aLength + bLength, a.length * 2));
    }
    System.arraycopy(b, 0, out, aLength, bLength);
    return out;
  }

  private static RowLoader await(Future<RowLoader> future) throws BadBytes {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BadBytes bad) throw bad;
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    }
  }
}
