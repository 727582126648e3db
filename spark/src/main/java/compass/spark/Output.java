package compass.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the statement (and the rejects file of --keep-going, {@code OUT.rejects.csv} beside it)
 * whole: to a temporary name in the same folder, then renamed, so a reader never sees half a file.
 * An existing output is replaced only with {@code --overwrite}. Parquet: the CSV's columns, each as
 * the exact text of the CSV (amounts as plain decimals), written by Spark as one file.
 */
final class Output {
  private final SparkSession spark;
  private final Path out;
  private final Path rejects;
  private final boolean overwrite;
  private final FileSystem fs;

  Output(SparkSession spark, String uri, boolean overwrite, boolean keepGoing) throws IOException {
    this.spark = spark;
    this.out = new Path(uri);
    this.overwrite = overwrite;
    FileSystem any = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
    // the local disk without Hadoop's .crc files beside the output
    this.fs = any instanceof org.apache.hadoop.fs.LocalFileSystem local ? local.getRaw() : any;
    this.rejects = keepGoing ? beside(out) : null;
  }

  /** {@code payouts.csv} gives {@code payouts.rejects.csv}, as compass run names it. */
  static Path beside(Path out) {
    String name = out.getName();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return new Path(out.getParent(), stem + ".rejects.csv");
  }

  String rejectsUri() {
    return rejects == null ? null : rejects.toString();
  }

  /** Why nothing may be written there, found before the job runs; null when it may. */
  String refusal() throws IOException {
    for (Path p : rejects == null ? List.of(out) : List.of(out, rejects)) {
      if (!fs.exists(p)) continue;
      if (fs.getFileStatus(p).isDirectory() && p.equals(out) && !overwrite)
        return p + " is a folder: name a new file with --out";
      if (!overwrite) return p + " exists: pass --overwrite to replace it, or name a new file";
    }
    if (out.getParent() != null && !fs.exists(out.getParent()))
      return "the folder of " + out + " does not exist";
    return null;
  }

  void write(String csv, String format, List<String> rejectLines) throws IOException {
    if (rejects != null) {
      StringBuilder text = new StringBuilder(compass.api.StatementCsv.REJECTS_HEADER);
      for (String r : rejectLines) text.append(r);
      replace(rejects, temporary(rejects, text.toString()));
    }
    Path written;
    if (format.equals("parquet")) {
      // the CSV's lines parsed by Spark's CSV reader (the same quoting), written as one file
      Path folder =
          new Path(out.getParent(), "." + out.getName() + ".parquet-" + UUID.randomUUID());
      List<String> lines = List.of(csv.split("\n"));
      spark
          .read()
          .option("header", "true")
          .option("escape", "\"")
          .option("inferSchema", "false")
          .csv(spark.createDataset(lines, org.apache.spark.sql.Encoders.STRING()))
          .coalesce(1)
          .write()
          .parquet(folder.toString());
      written = folder;
    } else {
      written = temporary(out, csv);
    }
    replace(out, written);
  }

  private Path temporary(Path target, String text) throws IOException {
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp-" + UUID.randomUUID());
    try (OutputStream o = fs.create(tmp, false)) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return tmp;
  }

  private void replace(Path target, Path written) throws IOException {
    if (fs.exists(target)) fs.delete(target, true); // only with --overwrite (refusal said so)
    if (!fs.rename(written, target)) {
      fs.delete(written, true);
      throw new IOException("cannot write " + target + ": the rename failed");
    }
  }
}
