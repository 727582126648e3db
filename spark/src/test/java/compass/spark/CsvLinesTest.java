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
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file on Spark is read as lines and split by compass's own rules: a blank line, a short row,
 * a bad cell after a blank line, an empty quoted cell, CRLF line ends and trailing blank lines give
 * what {@code compass run} gives for the same file, the same diagnostics at the same lines.
 */
class CsvLinesTest {
  @TempDir static Path tmp;
  static final Path B1 = LocalSpark.root().resolve("stdlib-plans/plans/b1");
  static final Path PLAN = B1.resolve("b1.comp");

  /** B1's stdlib data with its deals (lines, header first) changed by edit. */
  private static Path data(String name, UnaryOperator<List<String>> edit) throws IOException {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir);
    Files.copy(B1.resolve("people.csv"), dir.resolve("people.csv"));
    List<String> deals = edit.apply(new ArrayList<>(Files.readAllLines(B1.resolve("deals.csv"))));
    Files.writeString(dir.resolve("deals.csv"), String.join("\n", deals) + "\n");
    return dir;
  }

  /**
   * The job fails with exactly the errors compass run reports for the same data, rendered alike.
   */
  private static String failsAsCompassRun(Path data, int errorCount) {
    RunResult local = Local.run(PLAN, data, null, false, false);
    List<Diagnostic> errors = local.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(errorCount, errors.size(), DiagnosticRenderer.renderAll(local.diagnostics()));
    Path out = tmp.resolve(data.getFileName() + ".csv");
    LocalSpark.Job job = LocalSpark.run(Local.args(PLAN, data, out).toArray(new String[0]));
    assertEquals(2, job.exit(), job.err());
    for (Diagnostic d : errors)
      assertTrue(job.err().contains(DiagnosticRenderer.renderAll(List.of(d))), job.err());
    assertTrue(job.err().endsWith("\n" + errorCount + " error(s)\n"), job.err());
    assertFalse(Files.exists(out), "nothing written");
    return job.err();
  }

  @Test
  void aBlankLineInTheMiddleFailsAsCompassRunSaysIt() throws IOException {
    Path data =
        data(
            "blank",
            d -> {
              d.add(5, ""); // line 6
              return d;
            });
    String err = failsAsCompassRun(data, 1);
    assertTrue(err.contains("error[E0503]: line 6 is blank, the header has 10 fields"), err);
    assertTrue(err.contains("deals.csv:6:1"), err);
  }

  @Test
  void aShortRowFailsAsCompassRunSaysIt() throws IOException {
    // line 9 loses its last three cells (product, account, term_months ... cancel_date)
    Path data =
        data(
            "short",
            d -> {
              String[] cells = d.get(8).split(",", -1);
              d.set(8, String.join(",", List.of(cells).subList(0, 7)));
              return d;
            });
    String err = failsAsCompassRun(data, 1);
    assertTrue(err.contains("error[E0503]: line 9 has 7 fields, the header has 10"), err);
    assertTrue(err.contains("deals.csv:9:"), err);
  }

  @Test
  void aBadCellAfterABlankLineHasItsOwnLine() throws IOException {
    Path data =
        data(
            "after-blank",
            d -> {
              d.add(3, ""); // line 4
              d.set(9, d.get(9).replaceFirst(",([0-9]+)\\.", ",x$1.")); // line 10: the amount
              return d;
            });
    String err = failsAsCompassRun(data, 2);
    assertTrue(err.contains("deals.csv:4:1"), err);
    assertTrue(err.contains("deals.csv:10:"), err);
    // under --keep-going both lines are rejected, as compass run rejects them
    RunResult local = Local.run(PLAN, data, null, false, true);
    assertEquals(2, local.rejects().size());
    Path out = tmp.resolve("after-blank-kept.csv");
    LocalSpark.Job job =
        LocalSpark.run(Local.args(PLAN, data, out, "--keep-going").toArray(new String[0]));
    assertEquals(3, job.exit(), job.err());
    assertEquals(StatementCsv.write(local, false), Files.readString(out));
    String rejects = Files.readString(tmp.resolve("after-blank-kept.rejects.csv"));
    assertEquals(StatementCsv.rejects(local.rejects()), rejects);
    assertTrue(rejects.contains("deals.csv,4,") && rejects.contains("deals.csv,10,"), rejects);
  }

  /**
   * An empty quoted cell ("") is an empty cell, as in compass run: the top manager's optional
   * manager, a deal's cancel_date (a column the plan does not read). CRLF line ends and blank lines
   * at the end of the file (ignored by compass run) change nothing either.
   */
  @Test
  void emptyQuotedCellsCrlfAndTrailingBlankLinesReadAsCompassRun() throws IOException {
    Path data = tmp.resolve("quoted");
    Files.createDirectories(data);
    List<String> people = new ArrayList<>(Files.readAllLines(B1.resolve("people.csv")));
    assertTrue(people.get(1).startsWith("p000000,Person 0,manager,,"), people.get(1));
    people.set(1, people.get(1).replace("manager,,", "manager,\"\","));
    Files.writeString(data.resolve("people.csv"), String.join("\r\n", people) + "\r\n");
    List<String> deals = new ArrayList<>(Files.readAllLines(B1.resolve("deals.csv")));
    assertTrue(deals.get(2).endsWith(","), deals.get(2)); // no cancel_date
    deals.set(2, deals.get(2) + "\"\"");
    deals.add("");
    deals.add(",,,");
    deals.add("  ");
    Files.writeString(data.resolve("deals.csv"), String.join("\r\n", deals) + "\r\n");
    String local = Local.csv(PLAN, data, false);
    assertEquals(Local.csv(PLAN, B1, false), local, "the same payouts as the data unchanged");
    Path out = tmp.resolve("quoted.csv");
    LocalSpark.Job job = LocalSpark.run(Local.args(PLAN, data, out).toArray(new String[0]));
    assertEquals(0, job.exit(), job.err());
    assertEquals(local, Files.readString(out));
  }

  /**
   * A quoted cell over two lines, which compass run reads, is refused on Spark at its opening quote
   * (a line reader cannot join it): never read as two rows.
   */
  @Test
  void aQuotedCellOverTwoLinesIsRefusedWhereItStarts() throws IOException {
    Path data =
        data(
            "multiline",
            d -> {
              String[] cells = d.get(4).split(",", -1); // line 5: its product over two lines
              cells[6] = "\"" + cells[6] + "\nline two\"";
              d.set(4, String.join(",", cells));
              return d;
            });
    RunResult local = Local.run(PLAN, data, null, false, false);
    assertTrue(local.ok(), DiagnosticRenderer.renderAll(local.diagnostics()));
    Path out = tmp.resolve("multiline.csv");
    LocalSpark.Job job = LocalSpark.run(Local.args(PLAN, data, out).toArray(new String[0]));
    assertEquals(2, job.exit(), job.err());
    assertTrue(
        job.err()
            .contains("error[E0511]: the quoted cell starting on line 5 does not end on its line"),
        job.err());
    assertTrue(job.err().contains("deals.csv:5:"), job.err());
  }
}
