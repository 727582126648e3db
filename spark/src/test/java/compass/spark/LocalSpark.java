package compass.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark session in local mode ({@code local[2]}) for every test of the module: starting one
 * takes seconds, running a job on it a fraction of one.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("compass-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.driver.host", "127.0.0.1")
              .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
    }
    return session;
  }

  /** A job's exit code and what it printed on stderr. */
  record Job(int exit, String err) {}

  static Job run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int exit = CompassJob.run(session(), args, err);
    return new Job(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  /** The repository's root (tests run in spark/). */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return here.getFileName().toString().equals("spark") ? here.getParent() : here;
  }
}
