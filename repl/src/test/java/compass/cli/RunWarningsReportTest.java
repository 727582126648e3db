package compass.cli;

import static compass.cli.Results.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * Where {@code compass run} prints its warnings (issue 12, point 3) and what {@code --strict} does
 * with them, on hand-made results: W0107 and W0108 are one line each after the reconciliation;
 * under --strict any warning exits 1 and nothing is written.
 */
final class RunWarningsReportTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final Diagnostic UNCREDITED =
      new Diagnostic(
          Severity.WARNING,
          Code.W0108,
          DataLocation.ofFile("plan.comp"),
          "none of the 3 rows of deals.csv is credited",
          "a hint",
          List.of());
  private static final Diagnostic LITERAL =
      new Diagnostic(
          Severity.WARNING,
          Code.W0106,
          null,
          "no row of deals.csv has product \"GTX Pro\", so this condition never holds",
          null,
          List.of());

  private int report(List<Diagnostic> warnings, Path outFile, boolean strict) {
    RunResult r =
        new RunResult(
            warnings,
            List.of(row("ann", "2027-Q1", "1.00", "1.00", "USD")),
            List.of(),
            Results.reconciliation(),
            "P",
            "USD");
    return RunCommand.report(
        r, Format.CSV, false, outFile, false, strict, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void summaryWarningsComeAfterTheReconciliationOneLineEach() {
    assertEquals(0, report(List.of(UNCREDITED, LITERAL), null, false));
    assertEquals(
        "warning[W0106]: no row of deals.csv has product \"GTX Pro\", so this condition never holds\n"
            + ReconciliationPrinter.print(Results.reconciliation())
            + "plan.comp: warning[W0108]: none of the 3 rows of deals.csv is credited\n",
        err.toString());
  }

  @Test
  void strictExitsOneAndLeavesTheOutputFileAsItWas() throws Exception {
    Path file = dir.resolve("pay.csv");
    Files.writeString(file, "an earlier run\n");
    assertEquals(1, report(List.of(UNCREDITED), file, true));
    assertEquals("", out.toString());
    assertEquals("an earlier run\n", Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(
        ReconciliationPrinter.print(Results.reconciliation())
            + "plan.comp: warning[W0108]: none of the 3 rows of deals.csv is credited\n"
            + "1 warning(s), denied by --strict\n",
        err.toString());
  }

  @Test
  void strictWithoutWarningsWritesAsUsual() {
    assertEquals(0, report(List.of(), null, true));
    assertEquals(
        "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\n"
            + "ann,2027-Q1,1.00,1.00,USD,1.00,1.00,0.00,0.00,0.00\n",
        out.toString());
  }
}
