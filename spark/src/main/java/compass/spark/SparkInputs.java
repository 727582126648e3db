package compass.spark;

import compass.api.TextTable;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads the plan's tables with Spark's own readers, CSV or Parquet, from any URI Spark reads, as
 * rows of text cells with their file and line: Compass types the cells itself ({@code
 * compass.api.Batches}), with the checks of its own reader.
 *
 * <p>A table named {@code deals.csv} is read from {@code DATA/deals.csv} (a file, or a folder of
 * part files) when it exists, else from {@code DATA/deals.parquet}. A large CSV file is read in
 * parts, in parallel; a first pass counts the rows of each part, so each row's line is known
 * exactly; a Parquet row's line is its row number in its file ({@code _metadata.row_index} + 1).
 * Parquet columns are read as their text (Spark's cast to string): write them as strings to keep
 * them exactly as in the CSV.
 */
final class SparkInputs {
  /** A table missing from the data folder, in both formats. */
  static final class Missing extends Exception {
    Missing(String message) {
      super(message);
    }
  }

  /** One row read: the file it is in and the row (its line there, its text or cells). */
  record Line(String file, TextTable.Row row) implements Serializable {
    int line() {
      return row.line();
    }
  }

  /** Where a table is and in which format. */
  record Source(String uri, boolean parquet, List<String> header) implements Serializable {}

  private static final String FILE = "_compass_file";
  private static final String LINE = "_compass_line";
  private static final String START = "_compass_start";

  private final SparkSession spark;
  private final String data;

  SparkInputs(SparkSession spark, String data) {
    this.spark = spark;
    this.data = data.endsWith("/") ? data.substring(0, data.length() - 1) : data;
  }

  /** Finds the table: its URI, its format and its header's column names. */
  Source find(String file) throws Missing, IOException {
    String csv = data + "/" + file;
    String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
    String parquet = data + "/" + stem + ".parquet";
    if (file.endsWith(".csv") && exists(csv)) {
      // split by compass's rules; a byte order mark is not part of the first name
      return new Source(csv, false, csvHeader(csv));
    }
    if (exists(parquet)) {
      String[] names = spark.read().parquet(parquet).columns();
      return new Source(parquet, true, List.of(names));
    }
    if (!file.endsWith(".csv"))
      throw new Missing(
          file + ": Spark reads CSV and Parquet; export it as " + stem + ".parquet or .csv");
    throw new Missing("data file " + file + " not found in " + data + " (nor " + parquet + ")");
  }

  /**
   * Partitions for the evaluation, from the size of the deals: one per 32 MB of CSV (8 MB of
   * Parquet, which holds about four times as many rows per byte), so that a partition's deals,
   * typed in memory, stay well within an executor's heap.
   */
  int partitionsFor(Source source) throws IOException {
    Path path = new Path(source.uri());
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    long bytes = fs.getContentSummary(path).getLength();
    long per = (source.parquet() ? 8L : 32L) << 20;
    return (int) Math.min(10_000, Math.max(1, (bytes + per - 1) / per));
  }

  private boolean exists(String uri) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    return fs.exists(path);
  }

  /** Every row of a table, distributed. */
  JavaRDD<Line> rows(Source source) {
    int width = source.header().size();
    if (source.parquet()) {
      Dataset<Row> df = spark.read().parquet(source.uri());
      List<Column> columns = new ArrayList<>();
      for (String name : source.header())
        columns.add(functions.col("`" + name + "`").cast("string"));
      columns.add(functions.col("_metadata.file_path").as(FILE));
      columns.add(functions.col("_metadata.row_index").as(LINE));
      return df.select(columns.toArray(new Column[0]))
          .javaRDD()
          .map(
              r -> {
                String[] cells = new String[width];
                for (int i = 0; i < width; i++) cells[i] = r.isNullAt(i) ? "" : r.getString(i);
                return new Line(
                    r.getString(width), new TextTable.Row((int) (r.getLong(width + 1) + 1), cells));
              });
    }
    // A CSV file is read as lines of text (every line, blank ones too; LF, CRLF or CR ends one, as
    // in compass run) and each line is split into cells by Compass itself, so a blank line, a short
    // or long row or a bad quote is refused as compass run refuses it. Spark splits a large file
    // into parts read in parallel; each line's number is the lines of the parts before its own
    // (counted in a first, light pass) plus its place in its part.
    Dataset<Row> df = lines(source.uri());
    Parts parts = Parts.count(df);
    return df.javaRDD().mapPartitions(rows -> numbered(rows, parts));
  }

  /** The lines of a CSV file or folder, each with its file and the start of its part. */
  private Dataset<Row> lines(String uri) {
    return spark
        .read()
        .text(uri)
        .select(
            functions.col("value"),
            functions.col("_metadata.file_path").as(FILE),
            functions.col("_metadata.file_block_start").as(START));
  }

  /** A CSV header: the first line of the file (of one of them, in a folder of part files). */
  private List<String> csvHeader(String uri) {
    // the first part to hand that starts a file (no sort: reading stops at the first such line)
    List<Row> first = lines(uri).where(functions.col(START).equalTo(0)).limit(1).collectAsList();
    return first.isEmpty() ? List.of() : TextTable.csvHeader(first.get(0).getString(0));
  }

  /**
   * What the counting pass found: per part of a file ("path@start"), the lines of the file's parts
   * before it (header included); per file, its last line with something in it (the blank lines
   * after it are ignored, as compass run ignores them).
   */
  record Parts(Map<String, Long> before, Map<String, Long> lastFilled) implements Serializable {
    /** One part's count: its lines and the place in it of its last line with something in it. */
    record Count(String file, long start, long lines, long lastFilled) implements Serializable {}

    static Parts count(Dataset<Row> df) {
      List<Count> counts =
          new ArrayList<>(
              df.javaRDD()
                  .mapPartitions(
                      rows -> {
                        List<Count> out = new ArrayList<>();
                        String file = null;
                        long start = -1, lines = 0, filled = 0;
                        while (rows.hasNext()) {
                          Row r = rows.next();
                          String f = r.getString(1);
                          long s = r.getLong(2);
                          if (!f.equals(file) || s != start) {
                            if (file != null) out.add(new Count(file, start, lines, filled));
                            file = f;
                            start = s;
                            lines = 0;
                            filled = 0;
                          }
                          lines++;
                          if (!TextTable.isBlankCsvLine(r.getString(0))) filled = lines;
                        }
                        if (file != null) out.add(new Count(file, start, lines, filled));
                        return out.iterator();
                      })
                  .collect());
      counts.sort(Comparator.comparing(Count::file).thenComparingLong(Count::start));
      Map<String, Long> before = new HashMap<>();
      Map<String, Long> lastFilled = new HashMap<>();
      String file = null;
      long lines = 0;
      for (Count c : counts) {
        if (!c.file().equals(file)) {
          file = c.file();
          lines = 0;
        }
        before.put(file + "@" + c.start(), lines);
        if (c.lastFilled() > 0) lastFilled.put(file, lines + c.lastFilled());
        lines += c.lines();
      }
      return new Parts(before, lastFilled);
    }
  }

  /**
   * Numbers a partition's lines: a part's lines follow the lines of the parts before it in its
   * file; the first line of a file is its header (line 1, skipped: its names were read by {@link
   * #find}), and the blank lines that end a file are no rows.
   */
  private static Iterator<Line> numbered(Iterator<Row> rows, Parts parts) {
    return new Iterator<>() {
      String part;
      long line;
      long last;
      Line next = advance();

      private Line advance() {
        while (rows.hasNext()) {
          Row r = rows.next();
          String f = r.getString(1);
          long start = r.getLong(2);
          String p = f + "@" + start;
          if (!p.equals(part)) {
            part = p;
            line = parts.before().get(p);
            last = parts.lastFilled().getOrDefault(f, 0L);
          }
          line++;
          if (line == 1 || line > last) continue; // the header, or a blank line at the end
          if (line > Integer.MAX_VALUE) throw new IllegalStateException(f + ": too many lines");
          return new Line(f, TextTable.Row.csvLine((int) line, r.getString(0)));
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Line next() {
        if (next == null) throw new java.util.NoSuchElementException();
        Line out = next;
        next = advance();
        return out;
      }
    };
  }

  /** A small table (the people, quotas, FX rates ...) read whole onto the driver. */
  TextTable collect(String file, Source source) {
    List<TextTable.Row> out = new ArrayList<>();
    List<Line> lines = new ArrayList<>(rows(source).collect());
    lines.sort(
        java.util.Comparator.comparing(Line::file).thenComparingInt(Line::line)); // file order
    for (Line l : lines) out.add(l.row());
    return new TextTable(file, source.header(), out);
  }
}
