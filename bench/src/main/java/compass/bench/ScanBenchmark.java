package compass.bench;

import compass.api.Compass;
import compass.check.CheckedPlan;
import compass.data.FastScan;
import compass.data.FieldSpec;
import compass.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The byte scanner of streamed runs ({@code FastScan}, issue 20) over B1's deals file on one
 * thread: every cell typed and checked, the fields B1 reads kept, each row handed to a sink that
 * adds up one cell. Two forks: with the quick compiler alone ({@code -XX:TieredStopAtLevel=1}, what
 * the launcher chooses below 200 MB of data) and with the JVM's default tiered compilers (from 200
 * MB). The data folder is relative to the repository root ({@code root} as for {@link
 * EvaluateBenchmark}), or absolute: {@code -p data=/tmp/compass-b1-1000000} for a million deals.
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

  private Path deals;
  private CheckedPlan plan;
  private boolean[] keep;
  private List<String> people;
  private int amount;
  private long sum;

  @Setup
  public void setup() throws IOException {
    B1Files files = B1Files.locate(root, data);
    Diagnostics diags = new Diagnostics();
    plan = Compass.load(files.plan(), diags);
    if (plan == null) throw new IllegalStateException("the B1 plan does not check: " + diags.all());
    deals = files.data().resolve("deals.csv");
    List<FieldSpec> fields = plan.deals().fields();
    keep = new boolean[fields.size()];
    for (int i = 0; i < keep.length; i++) {
      keep[i] = !fields.get(i).name().equals("id");
      if (fields.get(i).name().equals("amount")) amount = i;
    }
    people = new ArrayList<>();
    List<String> lines = Files.readAllLines(files.data().resolve("people.csv"));
    for (String line : lines.subList(1, lines.size())) people.add(line.split(",", 2)[0]);
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
  public long quickCompiler() throws Exception {
    return scan();
  }

  @Benchmark
  @Fork(1)
  public long tieredCompilers() throws Exception {
    return scan();
  }

  private long scan() throws Exception {
    FastScan.Result r =
        FastScan.scan(
            deals,
            plan.deals(),
            keep,
            people,
            plan.stages(),
            4,
            1,
            1,
            k -> cells -> sum += cells[amount]);
    return r.rows() + sum;
  }
}
