package compass.spark;

import compass.api.Batches;
import compass.api.ShippedPlan;
import compass.api.TextTable;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job (issue 21): {@code spark-submit --class compass.spark.CompassJob compass-spark.jar
 * PLAN --data URI --out URI [--period P] [--lines] [--keep-going] [--format csv|parquet]}. The plan
 * is checked here, on the driver, before any cluster work; the small tables (people, quotas, FX
 * rates) are read and checked here too and broadcast; the deals are read, credited and evaluated
 * across the cluster ({@link PartitionedRun}); the statement is written whole by the driver.
 *
 * <p>Exit codes as {@code compass}'s: 0 ok, 1 the plan has errors, 2 a usage, input or output
 * error, 3 completed with rejects (--keep-going), 70 an internal error.
 */
public final class CompassJob {
  static final int OK = 0;
  static final int PLAN = 1;
  static final int USAGE = 2;
  static final int REJECTS = 3;

  /** Problems shown before "... and N more": a hostile file may hold millions. */
  static final int SHOWN = 20;

  private CompassJob() {}

  public static void main(String[] args) {
    int code;
    SparkSession spark = SparkSession.builder().appName("compass").getOrCreate();
    try {
      code = run(spark, args, System.err);
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the job on a session (the tests' local one); the exit code. */
  public static int run(SparkSession spark, String[] args, PrintStream err) {
    JobArgs job;
    try {
      job = JobArgs.parse(List.of(args));
    } catch (JobArgs.Invalid e) {
      err.println("error: " + e.getMessage());
      err.println(JobArgs.USAGE);
      return USAGE;
    }
    try {
      return run(spark, job, err);
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return USAGE;
    }
  }

  private static int run(SparkSession spark, JobArgs job, PrintStream err) throws IOException {
    // 1. the plan, once, on the driver: its errors before any cluster work
    Diagnostics diags = new Diagnostics();
    ShippedPlan plan = ShippedPlan.check(Path.of(job.plan()), diags);
    err.print(DiagnosticRenderer.renderAll(diags.all()));
    if (plan == null) {
      err.println(diags.all().stream().filter(d -> d.isError()).count() + " error(s)");
      return diags.all().stream().anyMatch(d -> d.isError() && d.code().id().equals("E0501"))
          ? USAGE
          : PLAN;
    }
    if (job.period() != null) {
      Diagnostics period = new Diagnostics();
      if (!plan.isPeriod(job.period(), period)) {
        err.print(DiagnosticRenderer.renderAll(period.all()));
        return USAGE;
      }
    }
    if (plan.dealsFile() == null) {
      err.println("error: this plan reads no deals: there is nothing to spread, use compass run");
      return USAGE;
    }
    Output output = new Output(spark, job.out(), job.overwrite(), job.keepGoing());
    String refused = output.refusal();
    if (refused != null) {
      err.println("error: " + refused);
      return USAGE;
    }
    // 2. the small tables, read with Spark, checked on the driver and broadcast
    SparkInputs inputs = new SparkInputs(spark, job.data());
    Map<String, TextTable> shared = new LinkedHashMap<>();
    SparkInputs.Source dealsSource;
    try {
      List<String> small = new ArrayList<>();
      if (plan.peopleFile() != null) small.add(plan.peopleFile());
      small.addAll(plan.otherFiles());
      for (String file : small) shared.put(file, inputs.collect(file, inputs.find(file)));
      dealsSource = inputs.find(plan.dealsFile());
    } catch (SparkInputs.Missing e) {
      err.println("error: " + e.getMessage());
      return USAGE;
    }
    Batches.Reached checked =
        Batches.checkShared(plan, shared, dealsSource.header(), job.keepGoing());
    List<Piece> problems = new ArrayList<>();
    for (var d : checked.diagnostics()) problems.add(PartitionedRun.problem(d, null));
    if (!checked.ok()) return failed(problems, err);
    List<String> rejects = new ArrayList<>();
    for (var r : checked.rejects()) rejects.add(compass.api.StatementCsv.reject(r));
    // 3. the deals, across the cluster
    String why = plan.whyOnePartition();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions =
        why != null
            ? 1
            : job.partitions() > 0
                ? job.partitions()
                : Math.max(sc.defaultParallelism() * 4, inputs.partitionsFor(dealsSource));
    err.println(
        "compass: "
            + (why != null
                ? "one partition: " + why
                : partitions + " partitions by participant (hash of the id)"));
    Broadcast<ShippedPlan> planB = sc.broadcast(plan);
    Broadcast<Map<String, TextTable>> sharedB = sc.broadcast(shared);
    JavaRDD<SparkInputs.Line> deals = inputs.rows(dealsSource);
    List<Piece> pieces =
        PartitionedRun.pieces(
                deals,
                planB,
                sharedB,
                plan.dealsFile(),
                dealsSource.header(),
                partitions,
                new PartitionedRun.Options(job.period(), job.lines(), job.keepGoing(), why != null))
            .collect();
    // 4. the statement in participant order, written whole
    String header = null;
    List<Piece> rows = new ArrayList<>();
    for (Piece p : pieces) {
      switch (p.kind()) {
        case HEADER -> header = p.text();
        case ROW -> rows.add(p);
        case REJECT -> rejects.add(p.text());
        default -> problems.add(p);
      }
    }
    if (problems.stream().anyMatch(p -> p.kind() == Piece.Kind.ERROR)) return failed(problems, err);
    printWarnings(problems, err);
    // statements in participant id order, as the evaluator writes them (String order)
    rows.sort(Comparator.comparing(Piece::participant).thenComparingInt(Piece::seq));
    StringBuilder text = new StringBuilder(header == null ? "" : header);
    for (Piece p : rows) text.append(p.text());
    List<String> distinctRejects = new ArrayList<>(new LinkedHashSet<>(rejects));
    output.write(text.toString(), job.format(), distinctRejects);
    err.println(
        "compass: wrote "
            + rows.size()
            + (job.lines() ? " line items" : " statement rows")
            + " to "
            + job.out());
    if (!job.keepGoing()) return OK;
    err.println(
        "rejected: "
            + (distinctRejects.isEmpty()
                ? "no rows"
                : distinctRejects.size() + " rows, listed in " + output.rejectsUri()));
    return distinctRejects.isEmpty() ? OK : REJECTS;
  }

  /** Prints the errors in file order, the first {@link #SHOWN}; the exit code of bad data. */
  private static int failed(List<Piece> problems, PrintStream err) {
    // the same problem found by two partitions (a repeated id where both rows met, and where
    // their ids met) is said once, with the source line when one of them has it
    Map<String, Piece> once = new LinkedHashMap<>();
    for (Piece p : problems) {
      if (p.kind() != Piece.Kind.ERROR) continue;
      String key = p.line() + " " + p.text().lines().findFirst().orElse("");
      once.merge(key, p, (a, b) -> b.text().length() > a.text().length() ? b : a);
    }
    List<Piece> errors = new ArrayList<>(once.values());
    errors.sort(
        Comparator.comparing((Piece p) -> p.file() == null ? "" : p.file())
            .thenComparingLong(Piece::line));
    for (Piece p : errors.subList(0, Math.min(SHOWN, errors.size()))) err.print(p.text());
    if (errors.size() > SHOWN) err.println("... and " + (errors.size() - SHOWN) + " more");
    err.println(errors.size() + " error(s)");
    return USAGE;
  }

  private static void printWarnings(List<Piece> problems, PrintStream err) {
    Set<String> seen = new LinkedHashSet<>(); // each partition may raise the same warning
    for (Piece p : problems) if (p.kind() == Piece.Kind.WARNING) seen.add(p.text());
    for (String w : seen) err.print(w);
  }
}
