package compass.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The very first parse and check of the generated 2,000-line plan in a fresh JVM (classes still to
 * load, code interpreted): what one `compass check` pays after JVM start-up. One call in each of 5
 * forked JVMs. The setup only generates the text: verifying it would warm the code up; the
 * benchmark fails anyway if the plan has errors. The forks run with the JIT and collector settings
 * the `compass` launcher gives batch commands (the quick compiler alone, the serial collector), so
 * the figure is what `compass check` pays; `-jvmArgs` on the JMH command line can compare others.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(
    value = 5,
    jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class ColdCheckBenchmark {
  private String text;

  @Setup
  public void setup() {
    text = PlanGenerator.generate(GeneratedPlan.LINES);
  }

  @Benchmark
  public Object parseAndCheck() {
    return CheckBenchmark.parseAndCheck(text);
  }
}
