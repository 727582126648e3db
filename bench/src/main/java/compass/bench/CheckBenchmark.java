package compass.bench;

import compass.api.Compass;
import compass.diag.Diagnostics;
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
 * Parse and check of a generated plan of about 2,000 lines: what `compass check` does after the JVM
 * has started (the target is under 200 ms), warm: the average after 10 s of warm-up, when
 * the JIT has compiled the hot code. {@link ColdCheckBenchmark} measures the first one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckBenchmark {
  private String text;

  @Setup
  public void setup() {
    text = GeneratedPlan.verifiedText();
  }

  @Benchmark
  public Object parseAndCheck() {
    return parseAndCheck(text);
  }

  /** The checked plan (as an Object: JMH consumes it; its type is the checker's business). */
  static Object parseAndCheck(String text) {
    Diagnostics diags = new Diagnostics();
    Object checked = Compass.checkText("generated.comp", text, diags); // parse, then check
    if (checked == null || diags.hasErrors()) throw new IllegalStateException("check failed");
    return checked;
  }
}
