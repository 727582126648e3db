package compass.bench;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.session.Session;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a REPL session on a big book (issue 20: B1 with 1,000,000 deals, {@code -p data=DIR}):
 * read and check the plan, load both CSV files, credit, evaluate everyone with the trace kept for
 * explanations. One call per iteration (a load is seconds, not a hot loop).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g"})
public class BookLoadBenchmark {
  /** The repository root; empty means the system property compass.root, else the current folder. */
  @Param({""})
  public String root;

  /** The data folder, relative to the root or absolute. */
  @Param({"/tmp/compass-b1-1000000"})
  public String data;

  @Benchmark
  public Session load() {
    B1Files files = B1Files.locate(root, data);
    Diagnostics diags = new Diagnostics();
    Session session = Compass.session(files.plan(), files.data(), diags, () -> false);
    if (session == null) throw new IllegalStateException("B1 does not load: " + diags.all());
    return session;
  }
}
