package compass.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's command line and output: plan errors before any work (exit 1, rendered as compass
 * renders them), usage errors (exit 2), an existing output kept unless --overwrite, Parquet output
 * holding the CSV's cells exactly, and no temporary file left beside the output.
 */
class OutputTest {
  @TempDir Path tmp;
  final Path dir = LocalSpark.root().resolve("stdlib-plans/plans/clawback");
  final Path plan = dir.resolve("clawback.comp");

  @Test
  void aPlanErrorStopsBeforeAnyWork() throws Exception {
    Path bad = tmp.resolve("bad.comp");
    Files.writeString(bad, Files.readString(plan).replace("currency USD", "currency USD\n  oops"));
    Path out = tmp.resolve("out.csv");
    LocalSpark.Job job = LocalSpark.run(Local.args(bad, dir, out).toArray(new String[0]));
    assertEquals(1, job.exit(), job.err());
    assertTrue(job.err().contains("error[E") && job.err().contains("bad.comp:"), job.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void usageErrors() {
    assertEquals(2, LocalSpark.run(plan.toString(), "--data", dir.toString()).exit());
    assertEquals(2, LocalSpark.run(plan.toString(), "--frobnicate").exit());
    LocalSpark.Job job =
        LocalSpark.run(
            Local.args(plan, dir, tmp.resolve("o.csv"), "--period", "2031-Q9")
                .toArray(new String[0]));
    assertEquals(2, job.exit(), job.err());
    assertTrue(job.err().contains("E0701"), job.err());
  }

  @Test
  void anExistingOutputIsReplacedOnlyWhenTold() throws Exception {
    Path out = tmp.resolve("out.csv");
    Files.writeString(out, "keep me\n");
    LocalSpark.Job job = LocalSpark.run(Local.args(plan, dir, out).toArray(new String[0]));
    assertEquals(2, job.exit(), job.err());
    assertTrue(job.err().contains("--overwrite"), job.err());
    assertEquals("keep me\n", Files.readString(out));
    job = LocalSpark.run(Local.args(plan, dir, out, "--overwrite").toArray(new String[0]));
    assertEquals(0, job.exit(), job.err());
    assertEquals(Local.csv(plan, dir, false), Files.readString(out));
    try (var files = Files.list(tmp)) { // written whole: no temporary name left behind
      assertEquals(List.of("out.csv"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void parquetHoldsTheCsvCellsExactly() throws Exception {
    Path out = tmp.resolve("out.parquet");
    LocalSpark.Job job =
        LocalSpark.run(Local.args(plan, dir, out, "--lines").toArray(new String[0]));
    assertEquals(0, job.exit(), job.err());
    String csv = Local.csv(plan, dir, true);
    List<String> expected = new ArrayList<>(List.of(csv.split("\n")));
    expected.remove(0); // the header: the Parquet file's column names
    List<Row> rows = LocalSpark.session().read().parquet(out.toString()).collectAsList();
    List<String> got = new ArrayList<>();
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.length(); i++)
        cells.add(r.isNullAt(i) ? "" : compass.diag.Csv.quote(r.getString(i)));
      got.add(String.join(",", cells));
    }
    assertEquals(expected, got); // each cell quoted again as the CSV quotes it
    assertEquals(
        List.of(csv.substring(0, csv.indexOf('\n')).split(",")),
        List.of(LocalSpark.session().read().parquet(out.toString()).columns()));
  }
}
