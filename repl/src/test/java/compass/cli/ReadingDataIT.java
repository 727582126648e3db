package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12.1 end to end, through the real {@code ./compass} on a copy of the ae-quota example: a
 * file with CR-only line ends reads every row; a header naming a column twice, a control character
 * in a cell and a year that is not four digits stop the run with exit 2 and file:line:col; the ESC
 * of a hostile cell reaches the terminal escaped.
 */
class ReadingDataIT {
  private static final Path EXAMPLE = CompassProcess.ROOT.resolve("stdlib-plans/plans/ae-quota");

  @TempDir Path dir;

  private String deals() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
    return Files.readString(dir.resolve("deals.csv"), StandardCharsets.UTF_8);
  }

  private CompassProcess.Outcome run(String deals, String... flags) throws Exception {
    Files.writeString(dir.resolve("deals.csv"), deals, StandardCharsets.UTF_8);
    String[] args =
        Stream.concat(Stream.of("run", "ae-quota.comp", "--format", "csv"), Stream.of(flags))
            .toArray(String[]::new);
    return CompassProcess.run(dir, Map.of(), args);
  }

  @Test
  void crOnlyLineEndsReadEveryRowAndPayAsLf() throws Exception {
    String lf = deals();
    CompassProcess.Outcome expected = run(lf);
    CompassProcess.Outcome cr = run(lf.replace("\n", "\r"));
    assertEquals(0, cr.exit(), cr.err());
    assertEquals(expected.out(), cr.out());
    // the example's reconciliation: 16 deals, 12 credited, 4 excluded (README)
    assertTrue(cr.err().startsWith("deals: 16 read, 12 credited, 4 excluded\n"), cr.err());
  }

  @Test
  void aHeaderNamingAColumnTwiceStopsWithExitTwo() throws Exception {
    String lf = deals();
    String twice = lf.replaceFirst("\n", ",Amount\n");
    CompassProcess.Outcome r = run(twice.replace("\n", "\r\n"), "--keep-going");
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .startsWith(
                "error[E0517]: column `Amount` is named twice in the header of "
                    + "deals.csv (the 3rd and the 8th column)\n --> deals.csv:1:80\n"),
        r.err());
  }

  @Test
  void anEscapeSequenceInACellIsAnErrorShownEscaped() throws Exception {
    String lf = deals();
    CompassProcess.Outcome r = run(lf.replaceFirst(",ann,", ",a\u001b[2Jnn,"));
    assertEquals(2, r.exit(), r.err());
    assertFalse(r.err().contains("\u001b"), "a raw ESC reached the terminal");
    // "O-1001,a" is 8 characters, so the ESC is at column 9 of line 2
    assertTrue(
        r.err()
            .startsWith(
                "error[E0518]: control character U+001B (ESC) in owner: a value "
                    + "must hold only printable characters\n --> deals.csv:2:9 (field owner)\n  |\n"
                    + "2 | O-1001,a\\u001B[2Jnn,60000.00,closed_won,2027-01-10,12,Acme\n"
                    + "  |         ^\n"),
        r.err());
  }

  @Test
  void aSignedYearIsRefusedAndKeepGoingRejectsItsRow() throws Exception {
    String lf = deals();
    String signed = lf.replaceFirst(",2027-02-03,", ",-2027-02-03,");
    CompassProcess.Outcome r = run(signed);
    assertEquals(2, r.exit(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "error[E0505]: found `-2027-02-03` in close_date: the year must "
                    + "have four digits and no sign, e.g. 2027-02-03\n --> deals.csv:3:32 (field close_date)"),
        r.err());
    CompassProcess.Outcome kept = run(signed, "--keep-going");
    assertEquals(3, kept.exit(), kept.err());
    // O-1002 (70,000, closed won) is rejected: 16 read = 11 credited + 4 excluded + 1 rejected
    assertTrue(
        kept.err().startsWith("deals: 16 read, 11 credited, 4 excluded, 1 rejected\n"), kept.err());
    assertTrue(
        kept.err().contains("deals.csv:3:32 E0505 found `-2027-02-03` in close_date"), kept.err());
  }
}
