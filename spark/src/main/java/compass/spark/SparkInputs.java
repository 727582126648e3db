package compass.spark;

import compass.api.TextTable;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

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

  /**
   * One row read: the file it is in, its line there, its cells (the header's width, + overflow).
   */
  record Line(String file, int line, String[] cells) implements Serializable {}

  /** Where a table is and in which format. */
  record Source(String uri, boolean parquet, List<String> header) implements Serializable {}

  private static final String FILE = "_compass_file";
  private static final String LINE = "_compass_line";
  private static final String OVERFLOW = "_compass_overflow";
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
      String[] names =
          spark.read().option("header", "true").option("escape", "\"").csv(csv).columns();
      // a byte order mark is not part of the first column's name (compass run drops it too)
      if (names.length > 0 && names[0].startsWith("\uFEFF")) names[0] = names[0].substring(1);
      return new Source(csv, false, List.of(names));
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
                return new Line(r.getString(width), (int) (r.getLong(width + 1) + 1), cells);
              });
    }
    // Spark splits a large file into parts read in parallel; each row's line is the rows of the
    // parts before its own (counted in a first, light pass) plus its place in its part
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < width; i++)
      fields.add(DataTypes.createStructField("c" + i, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(OVERFLOW, DataTypes.StringType, true));
    Dataset<Row> df =
        spark
            .read()
            .schema(new StructType(fields.toArray(new StructField[0])))
            .option("header", "false") // line 1 is skipped below: its names were read by find
            .option("escape", "\"")
            .option("multiLine", "false")
            .option("mode", "PERMISSIVE")
            .csv(source.uri())
            .withColumn(FILE, functions.col("_metadata.file_path"))
            .withColumn(START, functions.col("_metadata.file_block_start"));
    Map<String, Long> before = rowsBefore(df);
    return df.javaRDD().mapPartitions(rows -> numbered(rows, width, before));
  }

  /** Per part of a file ("path@start"): the rows of the file's parts before it, header included. */
  private static Map<String, Long> rowsBefore(Dataset<Row> df) {
    List<Row> counts =
        df.groupBy(functions.col(FILE), functions.col(START))
            .count()
            .orderBy(functions.col(FILE), functions.col(START))
            .collectAsList();
    Map<String, Long> out = new HashMap<>();
    String file = null;
    long rows = 0;
    for (Row r : counts) {
      if (!r.getString(0).equals(file)) {
        file = r.getString(0);
        rows = 0;
      }
      out.put(file + "@" + r.getLong(1), rows);
      rows += r.getLong(2);
    }
    return out;
  }

  /**
   * Numbers a partition's rows: a part's rows follow the rows of the parts before it in its file;
   * the first row of a file is its header (line 1, skipped: its names were read by {@link #find}).
   */
  private static Iterator<Line> numbered(Iterator<Row> rows, int width, Map<String, Long> before) {
    return new Iterator<>() {
      String part;
      long line;
      Line next = advance();

      private Line advance() {
        while (rows.hasNext()) {
          Row r = rows.next();
          String f = r.getString(width + 1);
          long start = r.getLong(width + 2);
          String p = f + "@" + start;
          if (!p.equals(part)) {
            part = p;
            line = before.get(p);
          }
          line++;
          if (line == 1) continue; // the header
          if (line > Integer.MAX_VALUE) throw new IllegalStateException(f + ": too many lines");
          boolean overflow = !r.isNullAt(width);
          String[] cells = new String[overflow ? width + 1 : width];
          for (int i = 0; i < cells.length; i++) cells[i] = r.isNullAt(i) ? "" : r.getString(i);
          return new Line(f, (int) line, cells);
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
    for (Line l : lines) out.add(new TextTable.Row(l.line(), l.cells()));
    return new TextTable(file, source.header(), out);
  }
}
