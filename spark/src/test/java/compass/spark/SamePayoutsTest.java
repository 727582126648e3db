package compass.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every stdlib plan, and B1 small, gives on Spark ({@code local[2]}) exactly the statement of the
 * local engine, byte for byte, read from CSV and from Parquet (written by Spark for the test), with
 * and without {@code --lines}.
 */
class SamePayoutsTest {
  @TempDir static Path tmp;

  /** Every plan of stdlib-plans/plans whose data is CSV (sdr-meetings reads a workbook). */
  static List<Path> plans() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(LocalSpark.root().resolve("stdlib-plans/plans"))) {
      for (Path dir : dirs.sorted().toList()) {
        if (!Files.isDirectory(dir)) continue;
        try (Stream<Path> files = Files.list(dir)) {
          List<Path> all = files.sorted().toList();
          boolean workbook = all.stream().anyMatch(p -> p.toString().endsWith(".xlsx"));
          boolean data = all.stream().anyMatch(p -> p.toString().endsWith(".csv"));
          if (workbook || !data) continue;
          for (Path p : all) if (p.toString().endsWith(".comp")) out.add(p);
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyStdlibPlanFromCsv() throws IOException {
    return plans().stream()
        .map(
            plan ->
                DynamicTest.dynamicTest(
                    plan.getParent().getFileName() + "/" + plan.getFileName(),
                    () -> {
                      same(plan, plan.getParent(), false);
                      same(plan, plan.getParent(), true);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyStdlibPlanFromParquet() throws IOException {
    return plans().stream()
        .map(
            plan ->
                DynamicTest.dynamicTest(
                    plan.getParent().getFileName() + "/" + plan.getFileName(),
                    () -> {
                      Path dir = plan.getParent();
                      Path parquet = tmp.resolve("parquet").resolve(dir.getFileName().toString());
                      if (!Files.exists(parquet)) Local.parquetCopy(dir, parquet);
                      assertEquals(
                          Local.csv(plan, dir, false), spark(plan, parquet, false, "stmt-pq"));
                    }));
  }

  @Test
  void b1SmallFromCsvAndParquetGivesTheExpectedPayouts() throws IOException {
    Path plan = LocalSpark.root().resolve("stdlib-plans/plans/b1/b1.comp");
    Path data = Path.of("/work/shared/bench/data-small");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(data), "no B1 data here");
    String local = Local.csv(plan, data, false);
    String fromCsv = spark(plan, data, false, "b1-csv");
    assertEquals(local, fromCsv);
    Path parquet = Local.parquetCopy(data, tmp.resolve("b1-parquet"));
    assertEquals(local, spark(plan, parquet, false, "b1-pq"));
    // and the payouts are B1's expected ones (participant, period, payout), every row of them
    List<String> expected = Files.readAllLines(data.resolve("expected-payouts.csv"));
    List<String> got = new ArrayList<>();
    for (String line : fromCsv.split("\n")) {
      String[] c = line.split(",");
      got.add(c[0] + "," + c[1] + "," + c[2]);
    }
    assertEquals(expected, got);
  }

  @Test
  void onePeriod() throws IOException {
    Path plan =
        LocalSpark.root().resolve("stdlib-plans/plans/manager-override/manager-override.comp");
    Path out = tmp.resolve("period.csv");
    LocalSpark.Job job =
        LocalSpark.run(
            Local.args(plan, plan.getParent(), out, "--period", "2027-Q2").toArray(new String[0]));
    assertEquals(0, job.exit(), job.err());
    String local =
        compass.api.StatementCsv.write(
            Local.run(plan, plan.getParent(), "2027-Q2", false, false), false);
    assertEquals(local, Files.readString(out));
    assertTrue(local.contains("2027-Q2") && !local.contains("2027-Q1"), local);
  }

  @Test
  void aTeamBudgetIsEvaluatedInOnePartitionWithANote() throws IOException {
    Path plan = LocalSpark.root().resolve("stdlib-plans/plans/sales-budget/sales-budget.comp");
    Path out = tmp.resolve("budget.csv");
    LocalSpark.Job job =
        LocalSpark.run(Local.args(plan, plan.getParent(), out).toArray(new String[0]));
    assertEquals(0, job.exit(), job.err());
    assertTrue(
        job.err().contains("one partition: a pool or a team budget shares amounts"), job.err());
    assertEquals(Local.csv(plan, plan.getParent(), false), Files.readString(out));
    job =
        LocalSpark.run(
            Local.args(
                    plan.resolveSibling("../b1/b1.comp").normalize(),
                    LocalSpark.root().resolve("stdlib-plans/plans/b1"),
                    tmp.resolve("b1-note.csv"))
                .toArray(new String[0]));
    assertTrue(job.err().contains("3 partitions by participant"), job.err());
  }

  private static int runs;

  /** The job's CSV output for this plan and data. */
  static String spark(Path plan, Path data, boolean lines, String name) throws IOException {
    Path out = tmp.resolve(name + "-" + (++runs) + ".csv");
    List<String> args = Local.args(plan, data, out);
    if (lines) args.add("--lines");
    LocalSpark.Job job = LocalSpark.run(args.toArray(new String[0]));
    assertEquals(0, job.exit(), job.err());
    return Files.readString(out);
  }

  private static void same(Path plan, Path data, boolean lines) throws IOException {
    assertEquals(
        Local.csv(plan, data, lines),
        spark(plan, data, lines, lines ? "lines" : "stmt"),
        (lines ? "--lines of " : "statement of ") + plan);
  }
}
