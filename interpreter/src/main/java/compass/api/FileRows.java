package compass.api;

import compass.check.CheckedPlan;
import compass.data.FastScan;
import compass.stream.DealStream;
import compass.stream.Unstreamable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The deals file's rows as {@link FastScan} types them, for a streamed run (issue 20): read in
 * parts on every core; anything but the plain case of a CSV file leaves the stream.
 */
final class FileRows implements DealStream.RowSource {
  /** Parts per core: parts of unequal cost even out. */
  private static final int PARTS_PER_CORE = 2;

  private final Path file;
  private final CheckedPlan plan;
  private final List<String> people;
  private final int cores;

  FileRows(Path file, CheckedPlan plan, List<String> people) {
    this(file, plan, people, Runtime.getRuntime().availableProcessors());
  }

  /** As above, on {@code cores} threads (a benchmark's choice). */
  FileRows(Path file, CheckedPlan plan, List<String> people, int cores) {
    this.file = file;
    this.plan = plan;
    this.people = people;
    this.cores = Math.max(1, cores);
  }

  @Override
  public DealStream.Scanned scan(
      boolean[] keep, java.util.function.IntFunction<DealStream.CellRows> sinks)
      throws Unstreamable, IOException {
    try {
      FastScan.Result r =
          FastScan.scan(
              file,
              plan.deals(),
              keep,
              people,
              plan.stages(),
              DealStream.SCALE,
              cores * PARTS_PER_CORE,
              cores,
              k -> {
                DealStream.CellRows rows = sinks.apply(k);
                return cells -> {
                  try {
                    rows.row(cells);
                  } catch (Unstreamable e) {
                    throw new FastScan.NotSimple(e.getMessage());
                  }
                };
              });
      return new DealStream.Scanned(r.rows(), r.texts());
    } catch (FastScan.NotSimple e) {
      throw new Unstreamable(e.getMessage());
    }
  }
}
