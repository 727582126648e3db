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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing (lexing, parsing, building the syntax tree) of a generated plan of about 2,000 lines. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {
  private String text;

  @Setup
  public void setup() {
    text = GeneratedPlan.verifiedText();
  }

  @Benchmark
  public int parse() {
    Diagnostics diags = new Diagnostics();
    int declarations = Phases.parse("generated.comp", text, diags);
    if (declarations < 0) throw new IllegalStateException("parse failed");
    return declarations;
  }
}
