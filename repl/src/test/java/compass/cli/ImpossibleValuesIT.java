package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the real {@code ./compass} (issue 12, point 2): a target incentive of 0 and an
 * FX rate of 0 in copies of the standard plans' data stop the run with exit code 2, the error at
 * the cell on stderr and nothing on stdout, where they used to pay a wrong number with exit 0.
 */
class ImpossibleValuesIT {
  @TempDir Path dir;

  /** A copy of a standard plan's folder, with one line of one data file replaced. */
  private Path copy(String plan, String file, String line, String replacement) throws IOException {
    Path from = CompassProcess.ROOT.resolve("stdlib-plans/plans").resolve(plan);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, dir.resolve(f.getFileName()));
    }
    Path data = dir.resolve(file);
    String text = Files.readString(data);
    assertTrue(text.contains(line), line);
    Files.writeString(data, text.replace(line, replacement));
    return dir.resolve(plan + ".comp");
  }

  @Test
  void aTargetIncentiveOfZeroStopsTheRun() throws Exception {
    // before issue 12: exit 0, and ann paid 1,000 (her SPIF) with a cap of 2 x 0
    copy("ae-quota", "people.csv", "ann,Ann Archer,ae,40000", "ann,Ann Archer,ae,0");
    Outcome r = CompassProcess.run(dir, Map.of(), "run", "ae-quota.comp");
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals(
        """
        error[E0523]: target_incentive of ann is 0: a target incentive must be more than 0
         --> people.csv:2:19 (field target_incentive)
          |
        2 | ann,Ann Archer,ae,0
          |                   ^
          = hint: correct the value; for someone with no target incentive, leave the cell empty and declare the field `optional` (a plan that then uses it for them stops with E0512)
        1 error(s)
        """,
        r.err());
  }

  @Test
  void anFxRateOfZeroStopsTheRunAndWritesNoOutputFile() throws Exception {
    copy("multi-currency", "fx.csv", "EUR,2027-01-01,1.08", "EUR,2027-01-01,0");
    Outcome r = CompassProcess.run(dir, Map.of(), "run", "multi-currency.comp", "--out", "pay.csv");
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(dir.resolve("pay.csv")));
    assertEquals(
        """
        error[E0525]: the FX rate of EUR on 2027-01-01 is 0: a rate must be more than 0
         --> fx.csv:2:16 (field rate)
          |
        2 | EUR,2027-01-01,0
          |                ^
          = hint: write the rate of one EUR in the plan currency, e.g. 1.08
        1 error(s)
        """,
        r.err());
  }

  @Test
  void keepGoingRejectsASecondFxRateForTheSameDay() throws Exception {
    copy(
        "multi-currency",
        "fx.csv",
        "EUR,2027-04-01,1.12",
        "EUR,2027-04-01,1.12\nEUR,2027-04-01,9.99");
    Outcome r =
        CompassProcess.run(
            dir,
            Map.of(),
            "run",
            "multi-currency.comp",
            "--keep-going",
            "--format",
            "csv",
            "--out",
            "pay.csv");
    assertEquals(3, r.exit(), r.err()); // completed with rejects
    // the rate kept is the first, so the payouts are the plan's expected ones
    assertEquals(
        Files.readString(dir.resolve("expected-statement.csv")),
        Files.readString(dir.resolve("pay.csv")));
    assertEquals(
        """
        file,line,column,code,error,row
        fx.csv,5,5,E0526,E0526 a second FX rate for EUR on 2027-04-01 (first on line 4),"EUR,2027-04-01,9.99"
        """,
        Files.readString(dir.resolve("pay.rejects.csv")));
  }
}
