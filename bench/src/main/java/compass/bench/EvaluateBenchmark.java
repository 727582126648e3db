package compass.bench;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark B1 in process: load the plan, read people.csv and deals.csv (20,000 deals in
 * ../shared/bench/data-small) and evaluate every participant, as {@link Compass#run} does, with or
 * without line items ({@code lines}). Paths are relative to the repository root: the {@code root}
 * parameter ({@code -p root=DIR}), else the system property {@code compass.root}, else the current
 * folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluateBenchmark {
  /** The repository root; empty means the system property compass.root, else the current folder. */
  @Param({""})
  public String root;

  /** The data folder, relative to the root. */
  @Param({"../shared/bench/data-small"})
  public String data;

  /**
   * false: a plain run, as `compass run` does (no trace is recorded); true: with every line item
   * and its note, as `run --lines` (the evaluator records its trace and writes the notes from it).
   */
  @Param({"false", "true"})
  public boolean lines;

  private RunRequest request;

  @Setup
  public void setup() {
    B1Files files = B1Files.locate(root, data);
    Path plan = files.plan();
    Path dataDir = files.data();
    request = new RunRequest(plan, dataDir, null, lines);
    RunResult first = Compass.run(request);
    if (!first.ok()) throw new IllegalStateException("B1 does not run: " + first.diagnostics());
  }

  @Benchmark
  public RunResult run() {
    return Compass.run(request);
  }
}
