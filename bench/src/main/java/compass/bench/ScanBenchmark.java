package compass.bench;

import compass.api.Phases;
import compass.diag.Diagnostics;
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
 * A streamed run's reading of B1's data (issue 20), one operation being the whole folder: the
 * people file, then the deals file scanned from its bytes ({@code threads} of them, 1 by default; a
 * run uses every core), each cell typed and checked, each deal credited and merged (through {@link
 * Phases#streamedReader}). Two forks: with the quick compiler alone ({@code
 * -XX:TieredStopAtLevel=1}, what the launcher chooses below 200 MB of data) and with the JVM's
 * default tiered compilers (from 200 MB). The data folder is relative to the repository root
 * ({@code root} as for {@link EvaluateBenchmark}), or absolute: {@code -p
 * data=/tmp/compass-b1-1000000} for a million deals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScanBenchmark {
  /** The repository root; empty means the system property compass.root, else the current folder. */
  @Param({""})
  public String root;

  /** The data folder (people.csv, deals.csv), relative to the root, or absolute. */
  @Param({"../shared/bench/data-small"})
  public String data;

  /** Threads reading the deals file: 1 measures the scanner itself, a run uses every core. */
  @Param({"1"})
  public int threads;

  private B1Files files;
  private Phases.StreamedReader reader;

  @Setup
  public void setup() {
    files = B1Files.locate(root, data);
    Diagnostics diags = new Diagnostics();
    reader = Phases.streamedReader(files.plan(), diags);
    if (reader == null)
      throw new IllegalStateException("the B1 plan does not check: " + diags.all());
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
  public long quickCompiler() {
    return read();
  }

  @Benchmark
  @Fork(1)
  public long tieredCompilers() {
    return read();
  }

  private long read() {
    Diagnostics diags = new Diagnostics();
    long deals = reader.read(files.data(), threads, diags);
    if (deals < 0) throw new IllegalStateException("not streamed: " + diags.all());
    return deals;
  }
}
