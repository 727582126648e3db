package compass.bench;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.session.Impact;
import compass.session.Session;
import compass.session.WhatIf;
import compass.source.SourceFile;
import compass.source.Span;
import java.nio.file.Path;
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
 * The REPL's answer to "what if p000108 closes 400,000 on 2027-06-20" on B1 with the small data
 * (200 people, 20,000 deals), after the session is loaded: the deals table with the one deal added,
 * crediting again, and the evaluation of the participants the deal reaches only (the owner and the
 * managers above). Each operation applies the what-if and undoes it (undo keeps the state before,
 * so it costs nothing). Paths as in {@link EvaluateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WhatIfBenchmark {
  /** The repository root; empty means the system property compass.root, else the current folder. */
  @Param({""})
  public String root;

  /** The data folder, relative to the root. */
  @Param({"../shared/bench/data-small"})
  public String data;

  private Session session;
  private WhatIf addOneDeal;

  @Setup
  public void setup() {
    B1Files files = B1Files.locate(root, data);
    Path plan = files.plan();
    Path dataDir = files.data();
    Diagnostics diags = new Diagnostics();
    session = Compass.session(plan, dataDir, diags, () -> false);
    if (session == null) throw new IllegalStateException("B1 does not load: " + diags.all());
    String text = "what if p000108 closes 400_000 on 2027-06-20";
    Span at = new Span(new SourceFile("<bench>", text), 0, text.length());
    addOneDeal =
        new WhatIf.AddDeal(
            text,
            List.of(
                new WhatIf.FieldValue(WhatIf.OWNER, "p000108", at),
                new WhatIf.FieldValue(WhatIf.AMOUNT, "400_000", at),
                new WhatIf.FieldValue(WhatIf.DATE, "2027-06-20", at)));
    Impact first = addDeal();
    if (first.changes().isEmpty()) throw new IllegalStateException("the what-if changed nothing");
  }

  @Benchmark
  public Impact addDeal() {
    Diagnostics diags = new Diagnostics();
    Impact impact = session.apply(addOneDeal, diags, () -> false);
    if (impact == null) throw new IllegalStateException(diags.all().toString());
    session.undo(diags, () -> false);
    return impact;
  }
}
