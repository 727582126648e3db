package compass.cli;

import static compass.cli.Results.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.RunResult;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Severity;
import compass.source.DataLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code compass run} prints and returns for hand-made results (no plan is evaluated). */
final class RunReportTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int report(RunResult result, Format format, Path outFile) {
    return RunCommand.report(
        result, format, false, outFile, new PrintWriter(out), new PrintWriter(err));
  }

  private static RunResult failed(Code... codes) {
    List<Diagnostic> all = new java.util.ArrayList<>();
    for (Code c : codes) all.add(Diagnostic.error(c, DataLocation.ofFile("deals.csv"), "broken"));
    return new RunResult(all, List.of(), List.of(), null, "P", "USD");
  }

  @Test
  void planErrorsExit1() {
    assertEquals(1, report(failed(Code.E0301), Format.TABLE, null));
    assertTrue(err.toString().contains("error[E0301]: broken"), err.toString());
    assertTrue(err.toString().endsWith("1 error(s)\n"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void dataErrorsExit2() {
    assertEquals(2, report(failed(Code.E0301, Code.E0504), Format.CSV, null));
    assertTrue(err.toString().endsWith("2 error(s)\n"), err.toString());
  }

  @Test
  void warningsThenStatementThenReconciliation() {
    Diagnostic warning =
        new Diagnostic(Severity.WARNING, Code.E0512, null, "empty cell", null, List.of());
    RunResult r =
        new RunResult(
            List.of(warning),
            List.of(row("ann", "2027-Q1", "1.00", "1.00", "USD")),
            List.of(),
            Results.reconciliation(),
            "P",
            "USD");
    assertEquals(0, report(r, Format.CSV, null));
    assertEquals(
        "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\nann,2027-Q1,1.00,1.00,USD,1.00,1.00,0.00,0.00,0.00\n",
        out.toString());
    assertEquals(
        "warning[E0512]: empty cell\n" + ReconciliationPrinter.print(Results.reconciliation()),
        err.toString());
  }

  @Test
  void outWritesTheFileAndNothingToStdout() throws Exception {
    Path file = dir.resolve("statement.csv");
    Files.writeString(file, "old");
    assertEquals(
        0, report(Results.summary(row("ann", "2027-Q1", "1.00", "1.00", "USD")), Format.CSV, file));
    assertEquals("", out.toString());
    assertEquals(
        "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\nann,2027-Q1,1.00,1.00,USD,1.00,1.00,0.00,0.00,0.00\n",
        Files.readString(file, StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList()); // no temporary file left behind
    }
  }

  @Test
  void unwritableOutExits2WithAMessage() {
    Path file = dir.resolve("missing-folder").resolve("statement.csv");
    assertEquals(2, report(Results.summary(), Format.CSV, file));
    assertEquals(
        "error[E0778]: cannot write " + file + ": the folder does not exist\n", err.toString());
    assertEquals(2, report(Results.summary(), Format.CSV, dir));
    assertTrue(err.toString().endsWith(": is a folder\n"), err.toString());
  }
}
