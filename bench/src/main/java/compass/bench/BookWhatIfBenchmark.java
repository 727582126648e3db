package compass.bench;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.session.Impact;
import compass.session.Session;
import compass.session.WhatIf;
import compass.source.SourceFile;
import compass.source.Span;
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
 * The REPL's what-ifs on a big book (issue 20: B1 with 1,000,000 deals and 2,000 people, {@code -p
 * data=DIR} made by {@code gen.py DIR 2000 1000000 42}), once the session is loaded: add a deal,
 * change a deal's amount, change one participant's quota (an override for them), change a rate for
 * everyone (the commission's top band). Each operation applies the what-if and undoes it (undo
 * keeps the state before, so it costs nothing). Loading the book is {@link BookLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g"})
public class BookWhatIfBenchmark {
  /** The repository root; empty means the system property compass.root, else the current folder. */
  @Param({""})
  public String root;

  /** The data folder, relative to the root or absolute. */
  @Param({"/tmp/compass-b1-1000000"})
  public String data;

  private Session session;
  private WhatIf addDeal;
  private WhatIf changeDeal;
  private WhatIf changeQuota;
  private WhatIf changeRate;
  private WhatIf removeDeal;

  @Setup
  public void setup() {
    B1Files files = B1Files.locate(root, data);
    Diagnostics diags = new Diagnostics();
    session = Compass.session(files.plan(), files.data(), diags, () -> false);
    if (session == null) throw new IllegalStateException("B1 does not load: " + diags.all());
    String participant = session.participants().get(session.participants().size() / 2 + 8);
    String add = "what if " + participant + " closes 400_000 on 2027-06-20";
    Span at = span(add);
    addDeal =
        new WhatIf.AddDeal(
            add,
            List.of(
                new WhatIf.FieldValue(WhatIf.OWNER, participant, at),
                new WhatIf.FieldValue(WhatIf.AMOUNT, "400_000", at),
                new WhatIf.FieldValue(WhatIf.DATE, "2027-06-20", at)));
    String deal = "d00500004"; // closed_won, credited
    String change = "what if deal " + deal + " has amount = 90_000";
    changeDeal =
        new WhatIf.ChangeDeal(
            change,
            new WhatIf.FieldValue("id", deal, span(change)),
            List.of(new WhatIf.FieldValue("amount", "90_000", span(change))));
    String remove = "what if deal " + deal + " is removed";
    removeDeal = new WhatIf.RemoveDeal(remove, new WhatIf.FieldValue("id", deal, span(remove)));
    changeQuota = redefine("override quota for " + participant + " = 300_000 per quarter");
    changeRate =
        redefine(
            "component \"Commission\" for role ae cumulative over year:\n"
                + "  marginal tiers on bookings\n"
                + "    from 0% pay 5%\n"
                + "    from 50% pay 8%\n"
                + "    from 100% pay 14%\n"
                + "  cap 2 x target_incentive per year\n");
    for (WhatIf w : List.of(addDeal, changeDeal, removeDeal, changeQuota, changeRate)) {
      if (apply(w).changes().isEmpty())
        throw new IllegalStateException("the what-if changed nothing: " + w.command());
    }
  }

  private static Span span(String text) {
    return new Span(new SourceFile("<bench>", text), 0, text.length());
  }

  private static WhatIf redefine(String text) {
    return new WhatIf.Redefine("what if " + text, new SourceFile("<what-if>", text));
  }

  private Impact apply(WhatIf w) {
    Diagnostics diags = new Diagnostics();
    Impact impact = session.apply(w, diags, () -> false);
    if (impact == null) throw new IllegalStateException(diags.all().toString());
    session.undo(diags, () -> false);
    return impact;
  }

  @Benchmark
  public Impact addDeal() {
    return apply(addDeal);
  }

  @Benchmark
  public Impact changeDeal() {
    return apply(changeDeal);
  }

  @Benchmark
  public Impact changeQuota() {
    return apply(changeQuota);
  }

  @Benchmark
  public Impact changeRate() {
    return apply(changeRate);
  }

  @Benchmark
  public Impact removeDeal() {
    return apply(removeDeal);
  }
}
