package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.InProcess.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every data error of issue 7 through {@code compass run --out}: exit code 2, the message with
 * file:line:column on stderr, and no output file (nor a temporary one) left behind. Then the same
 * data with --keep-going.
 */
final class RunDataErrorsTest {
  static final String PLAN =
      """
      plan "Mini" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won, closed_lost

      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date

      component "Commission" for role ae:
        pay 10% of sum of amount
      """;
  static final String PEOPLE = "id,role\nann,ae\nbob,ae\n";
  static final String HEADER = "id,owner,amount,stage,close_date\n";
  static final String GOOD = "d1,ann,100.00,closed_won,2027-01-05\n";

  @TempDir Path dir;

  Outcome run(String deals, String... flags) throws IOException {
    return run(deals.getBytes(StandardCharsets.UTF_8), flags);
  }

  Outcome run(byte[] deals, String... flags) throws IOException {
    Files.writeString(dir.resolve("plan.comp"), PLAN);
    Files.writeString(dir.resolve("people.csv"), PEOPLE);
    Files.write(dir.resolve("deals.csv"), deals);
    return InProcess.runToCsv(dir, flags);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(
            "wrong number of columns",
            HEADER + GOOD + "d2,bob,1,closed_won\n",
            "error[E0503]: line 3 has 4 fields, the header has 5",
            "deals.csv:3:20"),
        Arguments.of(
            "unterminated quote",
            HEADER + GOOD + "d2,\"bob,1,closed_won,2027-01-05\n",
            "error[E0511]: unterminated quote: the quoted cell starting on line 3 never ends",
            "deals.csv:3:4"),
        Arguments.of(
            "thousands separator",
            HEADER + "d1,ann,\"1,000.00\",closed_won,2027-01-05\n",
            "error[E0504]: found `1,000.00` in amount: write numbers without thousands "
                + "separators, with a dot for decimals, e.g. 1000.00",
            "deals.csv:2:8"),
        Arguments.of(
            "decimal comma",
            HEADER + "d1,ann,\"12,50\",closed_won,2027-01-05\n",
            "error[E0504]: found `12,50` in amount: write numbers without thousands separators, "
                + "with a dot for decimals, e.g. 12.50",
            "deals.csv:2:8"),
        Arguments.of(
            "impossible date",
            HEADER + "d1,ann,5,closed_won,2027-02-30\n",
            "error[E0505]: found `2027-02-30` in close_date: no such date",
            "deals.csv:2:21"),
        Arguments.of(
            "unknown stage",
            HEADER + "d1,ann,5,closed-won,2027-01-05\n",
            "error[E0506]: unknown stage `closed-won` in stage",
            "deals.csv:2:10"),
        Arguments.of(
            "owner not in people",
            HEADER + "d1,zed,5,closed_won,2027-01-05\n",
            "error[E0507]: owner zed is not in people",
            "deals.csv:2:4"),
        Arguments.of(
            "duplicate id",
            HEADER + GOOD + "d1,bob,5,closed_won,2027-01-05\n",
            "error[E0508]: duplicate id d1: first seen on line 2",
            "deals.csv:3:1"),
        Arguments.of(
            "required column missing",
            "id,owner,amount,close_date\n",
            "error[E0502]: column `stage` is not in the header of deals.csv",
            "deals.csv:1:1"),
        Arguments.of(
            "empty file",
            "",
            "error[E0509]: deals.csv is empty: expected a header line naming the columns",
            "deals.csv:1:1"),
        Arguments.of(
            "more than 18 digits",
            HEADER + "d1,ann,1234567890123456789.5,closed_won,2027-01-05\n",
            "error[E0514]: found `1234567890123456789.5` in amount: 20 significant digits, at "
                + "most 18 are supported",
            "deals.csv:2:8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void dataErrorStopsTheRunWithExit2AndNoOutput(
      String name, String deals, String message, String position) throws IOException {
    Files.writeString(dir.resolve("out.csv"), "earlier output\n");
    Outcome o = run(deals);
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().contains(message), o.err());
    assertTrue(o.err().contains("--> " + position), o.err());
    assertEquals("earlier output\n", Files.readString(dir.resolve("out.csv")), "left untouched");
    assertOnlyInputsAndOutput();
  }

  @Test
  void notUtf8StopsTheRunWithExit2() throws IOException {
    byte[] latin1 =
        (HEADER + "d1,ann,5,closed_won,2027-01-05\nd2,Ren\u00e9,5,closed_won,2027-01-05\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Outcome o = run(latin1);
    assertEquals(2, o.code(), o.err());
    assertTrue(
        o.err().contains("error[E0510]: deals.csv is not UTF-8: unexpected byte 0xE9 on line 3"),
        o.err());
    assertTrue(o.err().contains("--> deals.csv:3:7"), o.err());
    assertFalse(Files.exists(dir.resolve("out.csv")));
  }

  @Test
  void byteOrderMarkAndCrlfJustWork() throws IOException {
    Outcome o = run("\uFEFF" + (HEADER + GOOD).replace("\n", "\r\n"));
    assertEquals(0, o.code(), o.err());
    assertTrue(Files.readString(dir.resolve("out.csv")).contains("ann,2027-Q1,10.00,"));
  }

  @Test
  void keepGoingSkipsBadRowsListsThemAndExits3() throws IOException {
    Outcome o =
        run(
            HEADER
                + GOOD
                + "d2,bob,\"1,000.00\",closed_won,2027-01-05\n"
                + "d3,zed,5,closed_won,2027-01-05\n"
                + "d4,bob,50,open,2027-01-05\n"
                + "d5,bob,20,closed_won,2027-02-30\n",
            "--keep-going");
    assertEquals(3, o.code(), o.err());
    assertTrue(o.err().contains("deals: 5 read, 1 credited, 1 excluded, 3 rejected\n"), o.err());
    assertTrue(
        o.err()
            .contains("rejected: 3 rows of deals.csv, listed in " + dir.resolve("out.rejects.csv")),
        o.err());
    assertTrue(Files.readString(dir.resolve("out.csv")).contains("ann,2027-Q1,10.00,"));
    assertEquals(
        RejectsFile.HEADER
            + "deals.csv,3,8,E0504,\"E0504 found `1,000.00` in amount: write numbers without "
            + "thousands separators, with a dot for decimals, e.g. 1000.00\","
            + "\"d2,bob,\"\"1,000.00\"\",closed_won,2027-01-05\"\n"
            + "deals.csv,4,4,E0507,E0507 owner zed is not in people,\"d3,zed,5,closed_won,2027-01-05\"\n"
            + "deals.csv,6,22,E0505,E0505 found `2027-02-30` in close_date: no such date,"
            + "\"d5,bob,20,closed_won,2027-02-30\"\n",
        Files.readString(dir.resolve("out.rejects.csv")));
  }

  @Test
  void keepGoingWithoutRejectsExits0AndWritesAnEmptyRejectsFile() throws IOException {
    Files.writeString(dir.resolve("out.rejects.csv"), "stale\n");
    Outcome o = run(HEADER + GOOD, "--keep-going");
    assertEquals(0, o.code(), o.err());
    assertEquals(RejectsFile.HEADER, Files.readString(dir.resolve("out.rejects.csv")));
    assertTrue(o.err().endsWith("rejected: no rows\n"), o.err());
  }

  @Test
  void keepGoingStillStopsOnProblemsOfTheWholeFile() throws IOException {
    Outcome o = run("id,owner,amount,close_date\n" + "d1,ann,5,2027-01-05\n", "--keep-going");
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().contains("error[E0502]"), o.err());
    assertFalse(Files.exists(dir.resolve("out.csv")));
    assertFalse(Files.exists(dir.resolve("out.rejects.csv")));
  }

  @Test
  void aRejectedPersonTakesTheirDealsAlong() throws IOException {
    Files.writeString(dir.resolve("plan.comp"), PLAN);
    Outcome o = run(HEADER + GOOD + "d2,bob,5,closed_won,2027-01-05\n", "--keep-going");
    assertEquals(0, o.code(), o.err()); // sanity: all good
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\nbob,ae,extra\n");
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {
              "run",
              dir.resolve("plan.comp").toString(),
              "--keep-going",
              "--out",
              dir.resolve("out.csv").toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(3, code, err.toString());
    assertTrue(
        err.toString().contains("rejected: 1 row of people.csv, 1 row of deals.csv"),
        err.toString());
    assertTrue(
        err.toString().contains("deals: 2 read, 1 credited, 0 excluded, 1 rejected"),
        err.toString());
  }

  @Test
  void rejectsFileNames() {
    assertEquals(Path.of("out", "pay.rejects.csv"), RejectsFile.beside(Path.of("out", "pay.csv")));
    assertEquals(Path.of("pay.rejects.csv"), RejectsFile.beside(Path.of("pay")));
    assertEquals(Path.of("rejects.csv"), RejectsFile.beside(null));
  }

  private void assertOnlyInputsAndOutput() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of("deals.csv", "out.csv", "people.csv", "plan.comp"), names);
    }
  }
}
