package compass.api;

import compass.check.CheckedPlan;
import compass.data.Table;
import compass.data.TableLoader;
import compass.data.TextColumn;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import compass.stream.DealStream;
import compass.stream.StreamPlan;
import compass.stream.Unstreamable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 20: a run whose deals file is read as a stream ({@link DealStream}) when the plan allows it
 * ({@link StreamPlan}) and the file is large; otherwise, or when the file is not the plain case,
 * the run reads it whole as before, which reports any problem in it. Either way the output is the
 * same. {@code -Dcompass.stream=always|never} overrides the size rule (tests, measurements).
 */
final class StreamedRuns {
  /** From this size of deals file a run streams (about 400,000 B1 deals). */
  static final long FROM_BYTES = 32L << 20;

  private StreamedRuns() {}

  /** Whether a run of this request may stream: no per-deal lines, no rejected rows, no ledger. */
  static boolean allowed(RunRequest request, boolean closedPeriods) {
    return !request.lines() && !request.keepGoing() && !closedPeriods;
  }

  /**
   * The plan's data with its deals streamed, or null when the run reads them whole (nothing is then
   * added to diags: the whole reading reports).
   */
  static LoadedData load(CheckedPlan plan, Path dataDir, Diagnostics diags) {
    return load(plan, dataDir, diags, System.getProperty("compass.stream", "auto"));
  }

  /** As above; {@code mode}: auto (by the file's size), always or never. */
  static LoadedData load(CheckedPlan plan, Path dataDir, Diagnostics diags, String mode) {
    return load(plan, dataDir, diags, mode, Runtime.getRuntime().availableProcessors());
  }

  /** As above, reading the deals file on {@code cores} threads (a benchmark's choice). */
  static LoadedData load(
      CheckedPlan plan, Path dataDir, Diagnostics diags, String mode, int cores) {
    if (mode.equals("never") || plan.deals() == null || !Files.isDirectory(dataDir)) return null;
    Path file = TableLoader.csvFile(plan.deals(), dataDir);
    if (file == null) return null;
    try {
      if (!mode.equals("always") && Files.size(file) < FROM_BYTES) return null;
    } catch (IOException e) {
      return null;
    }
    StreamPlan stream = StreamPlan.of(plan);
    if (stream == null) return null;
    return load(plan, dataDir, diags, stream, people -> new FileRows(file, plan, people, cores));
  }

  /** How the deals' rows are read once the people are known. */
  interface Rows {
    DealStream.RowSource of(List<String> people);
  }

  /** As above, reading the deals through {@code rows} (a test may read a table loaded whole). */
  static LoadedData load(
      CheckedPlan plan, Path dataDir, Diagnostics diags, StreamPlan stream, Rows rows) {
    Diagnostics local = new Diagnostics();
    List<String> people = new ArrayList<>();
    DealStream.Streamed[] streamed = new DealStream.Streamed[1];
    LoadedData data;
    try {
      compass.data.LoadProgress.reset();
      data =
          Compass.loadData(
              plan,
              (schema, options, d) -> {
                if (schema != plan.deals()) {
                  Table t = TableLoader.load(schema, dataDir, options, d);
                  if (schema == plan.people() && t != null) people.addAll(ids(t));
                  return t;
                }
                try {
                  streamed[0] = DealStream.read(stream, people, rows.of(people));
                } catch (Unstreamable | IOException e) {
                  throw new NotStreamed(e.getMessage());
                }
                return streamed[0].lintRows();
              },
              local,
              null);
    } catch (NotStreamed e) {
      if (Boolean.getBoolean("compass.timings"))
        System.err.println("timings: deals read whole: " + e.getMessage());
      return null;
    }
    if (data == null || local.hasErrors() || streamed[0] == null) return null;
    diags.addAll(local.all());
    return new LoadedData(data.people(), data.deals(), data.others(), streamed[0].merged());
  }

  private static List<String> ids(Table people) {
    TextColumn ids = (TextColumn) people.column("id");
    List<String> out = new ArrayList<>(people.rowCount());
    for (int i = 0; i < people.rowCount(); i++) out.add(ids.get(i));
    return out;
  }

  /** Leaves the loading when the deals cannot stream: the run then reads them whole. */
  private static final class NotStreamed extends RuntimeException {
    NotStreamed(String why) {
      super(why, null, false, false);
    }
  }
}
