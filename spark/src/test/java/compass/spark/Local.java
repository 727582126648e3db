package compass.spark;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.api.StatementCsv;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** The local engine's answers, as {@code compass run --format csv} writes them, to compare with. */
final class Local {
  private Local() {}

  /** {@code compass run PLAN --data DIR --format csv [--lines] [--keep-going] --ignore-ledger}. */
  static RunResult run(Path plan, Path data, String period, boolean lines, boolean keepGoing) {
    return Compass.run(new RunRequest(plan, data, period, lines, keepGoing, null, true));
  }

  static String csv(Path plan, Path data, boolean lines) {
    RunResult r = run(plan, data, null, lines, false);
    if (!r.ok()) throw new AssertionError(DiagnosticRenderer.renderAll(r.diagnostics()));
    return StatementCsv.write(r, lines);
  }

  /**
   * A copy of a data folder with every CSV file as Parquet, written by Spark (every column text).
   */
  static Path parquetCopy(Path data, Path into) throws IOException {
    SparkSession spark = LocalSpark.session();
    Files.createDirectories(into);
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        String name = f.getFileName().toString();
        String stem = name.substring(0, name.length() - 4);
        spark
            .read()
            .option("header", "true")
            .option("escape", "\"")
            .csv(f.toString())
            .coalesce(1)
            .write()
            .parquet(into.resolve(stem + ".parquet").toString());
      }
    }
    return into;
  }

  static List<String> args(Path plan, Path data, Path out, String... more) {
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                plan.toString(),
                "--data",
                data.toString(),
                "--out",
                out.toString(),
                "--partitions", // a few: every partition is a task, and the tests run many jobs
                "3"));
    all.addAll(List.of(more));
    return all;
  }
}
