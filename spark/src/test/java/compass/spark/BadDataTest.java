package compass.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.RunResult;
import compass.api.StatementCsv;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile data on Spark: a bad row fails the job with its file, line and column, rendered as {@code
 * compass run} renders it; under {@code --keep-going} it is rejected into the rejects file beside
 * the output, which holds what compass run's holds, and the statement is the local one.
 */
class BadDataTest {
  @TempDir static Path tmp;
  static Path plan;
  static Path data;

  /** B1's stdlib data with two bad deal rows: an amount that is no number, an unknown owner. */
  @BeforeAll
  static void hostile() throws IOException {
    Path b1 = LocalSpark.root().resolve("stdlib-plans/plans/b1");
    plan = b1.resolve("b1.comp");
    data = tmp.resolve("data");
    Files.createDirectories(data);
    Files.copy(b1.resolve("people.csv"), data.resolve("people.csv"));
    List<String> deals = new ArrayList<>(Files.readAllLines(b1.resolve("deals.csv")));
    // line 4 (index 3): the amount; line 7 (index 6): the owner, someone the people file lacks
    deals.set(3, replaceCell(deals.get(3), 2, "12O00.00"));
    deals.set(6, replaceCell(deals.get(6), 1, "nobody"));
    Files.write(data.resolve("deals.csv"), deals);
  }

  private static String replaceCell(String line, int cell, String value) {
    String[] cells = line.split(",", -1);
    cells[cell] = value;
    return String.join(",", cells);
  }

  @Test
  void aBadRowFailsTheJobWithItsFileAndLineAsCompassRunSaysIt() {
    RunResult local = Local.run(plan, data, null, false, false);
    List<Diagnostic> errors = local.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(2, errors.size(), DiagnosticRenderer.renderAll(local.diagnostics()));
    Path out = tmp.resolve("failed.csv");
    LocalSpark.Job job = LocalSpark.run(Local.args(plan, data, out).toArray(new String[0]));
    assertEquals(2, job.exit(), job.err());
    for (Diagnostic d : errors)
      assertTrue(job.err().contains(DiagnosticRenderer.renderAll(List.of(d))), job.err());
    assertTrue(job.err().contains("deals.csv:4:"), job.err());
    assertTrue(job.err().contains("deals.csv:7:"), job.err());
    assertTrue(job.err().endsWith("2 error(s)\n"), job.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  /**
   * A file Spark reads in parts (64 KB each here): the line of a bad row deep in it is still exact,
   * and so are the statements.
   */
  @Test
  void aFileReadInPartsKeepsItsLineNumbers() throws IOException {
    Path small = Path.of("/work/shared/bench/data-small");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(small), "no B1 data here");
    Path parts = tmp.resolve("parts");
    Files.createDirectories(parts);
    Files.copy(small.resolve("people.csv"), parts.resolve("people.csv"));
    List<String> deals = new ArrayList<>(Files.readAllLines(small.resolve("deals.csv")));
    deals.set(14_999, replaceCell(deals.get(14_999), 2, "1.2.3")); // line 15,000
    Files.write(parts.resolve("deals.csv"), deals);
    var conf = LocalSpark.session().conf();
    conf.set("spark.sql.files.maxPartitionBytes", "65536");
    try {
      RunResult local = Local.run(plan, parts, null, false, true);
      Path out = tmp.resolve("parts.csv");
      LocalSpark.Job job =
          LocalSpark.run(Local.args(plan, parts, out, "--keep-going").toArray(new String[0]));
      assertEquals(3, job.exit(), job.err());
      assertEquals(StatementCsv.write(local, false), Files.readString(out));
      String rejects = Files.readString(tmp.resolve("parts.rejects.csv"));
      assertEquals(StatementCsv.rejects(local.rejects()), rejects);
      assertTrue(rejects.contains("deals.csv,15000,"), rejects);
    } finally {
      conf.unset("spark.sql.files.maxPartitionBytes");
    }
  }

  /** An id repeated far apart (batches of 50,000 rows check their own): found across them. */
  @Test
  void aDuplicateIdAcrossBatchesFailsAsCompassRunSaysIt() throws IOException {
    Path small = Path.of("/work/shared/bench/data-small");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(small), "no B1 data here");
    Path twice = tmp.resolve("twice");
    Files.createDirectories(twice);
    Files.copy(small.resolve("people.csv"), twice.resolve("people.csv"));
    List<String> deals = new ArrayList<>(Files.readAllLines(small.resolve("deals.csv")));
    List<String> more = new ArrayList<>(deals);
    for (int i = 1; more.size() < 60_000; i = i % (deals.size() - 1) + 1) // ids made unique
    more.add(deals.get(i).replaceFirst("^d", "x" + more.size() + "d"));
    more.add(deals.get(5)); // line 60,001 (a header and 59,999 rows before it): line 6's id
    Files.write(twice.resolve("deals.csv"), more);
    RunResult local = Local.run(plan, twice, null, false, false);
    List<Diagnostic> errors = local.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), DiagnosticRenderer.renderAll(local.diagnostics()));
    assertTrue(errors.get(0).message().contains("first seen on line 6"), errors.toString());
    LocalSpark.Job job =
        LocalSpark.run(Local.args(plan, twice, tmp.resolve("twice.csv")).toArray(new String[0]));
    assertEquals(2, job.exit(), job.err());
    assertTrue(job.err().contains("error[E0508]: " + errors.get(0).message()), job.err());
    assertTrue(job.err().contains("deals.csv:60001"), job.err());
    assertTrue(job.err().endsWith("\n1 error(s)\n"), job.err()); // found twice, said once
  }

  @Test
  void keepGoingRejectsTheBadRowsBesideTheOutput() throws IOException {
    RunResult local = Local.run(plan, data, null, false, true);
    assertEquals(2, local.rejects().size());
    Path out = tmp.resolve("kept.csv");
    LocalSpark.Job job =
        LocalSpark.run(Local.args(plan, data, out, "--keep-going").toArray(new String[0]));
    assertEquals(3, job.exit(), job.err());
    assertEquals(StatementCsv.write(local, false), Files.readString(out));
    assertEquals(
        StatementCsv.rejects(local.rejects()), Files.readString(tmp.resolve("kept.rejects.csv")));
    assertTrue(job.err().contains("rejected: 2 rows"), job.err());
  }
}
