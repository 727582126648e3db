package compass.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 4, end to end through the real {@code ./compass}: an output never destroys an
 * input. {@code --out}, the rejects file, {@code diff --out}, {@code fmt} and the REPL's {@code
 * save} refuse the plan, a plan file it extends, a data file (by another name too: a hard or
 * symbolic link), a folder, a device and a FIFO, with one diagnostic and exit 2; every file of the
 * folder is byte for byte as before, and no other file appears. Each test works on its own copy of
 * {@code stdlib-plans/plans/ae-quota}, run from inside it so the messages name the files as the
 * user typed them.
 */
class OutputSafetyIT {
  private static final Path PLANS = CompassProcess.ROOT.resolve("stdlib-plans/plans");
  private static final String HINT_OUT =
      "   = hint: name a new file, e.g. --out payouts.csv; without --out the output goes to stdout\n";

  private Path work;

  @BeforeEach
  void copyThePlan() throws IOException {
    work = Files.createTempDirectory("compass-output-safety");
    copy(PLANS.resolve("ae-quota"), work);
  }

  @AfterEach
  void cleanUp() throws IOException {
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.sorted(Collections.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  @Test
  void runRefusesToWriteOntoThePlan() throws Exception {
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0710]: refusing to write the output to ae-quota.comp: it is the plan, which would be lost\n"
                + HINT_OUT
                + "1 error(s)\n"),
        "run",
        "ae-quota.comp",
        "--out",
        "ae-quota.comp");
  }

  @Test
  void runRefusesToWriteOntoADataFileByAnyName() throws Exception {
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0711]: refusing to write the output to deals.csv: it is the data file of input `deals`, which would be lost\n"
                + HINT_OUT
                + "1 error(s)\n"),
        "run",
        "ae-quota.comp",
        "--out",
        "deals.csv",
        "--format",
        "csv");
    // a hard link is the same file under another name; so is a symbolic link
    Files.createLink(work.resolve("hard.csv"), work.resolve("deals.csv"));
    Files.createSymbolicLink(work.resolve("soft.csv"), work.resolve("people.csv"));
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0711]: refusing to write the output to hard.csv: it is the data file of input `deals` ("
                + work.toRealPath().resolve("deals.csv")
                + "), which would be lost\n"
                + HINT_OUT
                + "1 error(s)\n"),
        "run",
        work.toRealPath().resolve("ae-quota.comp").toString(),
        "--out",
        "hard.csv");
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0711]: refusing to write the output to soft.csv: it is the data file of input `people` ("
                + work.toRealPath().resolve("people.csv")
                + "), which would be lost\n"
                + HINT_OUT
                + "1 error(s)\n"),
        "run",
        work.toRealPath().resolve("ae-quota.comp").toString(),
        "--out",
        "soft.csv");
  }

  @Test
  void runRefusesToWriteOntoThePlanItExtends() throws Exception {
    Path team = Files.createDirectory(work.resolve("team"));
    copy(PLANS.resolve("multi-role"), team);
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0710]: refusing to write the output to team/multi-role.comp: it is a plan file that the plan "
                + "imports or extends, which would be lost\n"
                + HINT_OUT
                + "1 error(s)\n"),
        "run",
        work.toRealPath().resolve("team/multi-role-emea.comp").toString(),
        "--out",
        "team/multi-role.comp");
  }

  @Test
  void runRefusesADeviceAFifoAndAFolder() throws Exception {
    String notRegular =
        ": it is not a regular file but a device (such as /dev/null), a FIFO or a socket\n";
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0713]: refusing to write the output to /dev/null"
                + notRegular
                + HINT_OUT
                + "1 error(s)\n"),
        "run",
        "ae-quota.comp",
        "--out",
        "/dev/null");
    assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still the device");

    mkfifo(work.resolve("pipe"));
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0713]: refusing to write the output to pipe"
                + notRegular
                + HINT_OUT
                + "1 error(s)\n"),
        "run",
        "ae-quota.comp",
        "--out",
        "pipe");
    assertFalse(Files.isRegularFile(work.resolve("pipe")), "still the FIFO");

    Files.createDirectory(work.resolve("out"));
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0712]: refusing to write the output to out: it is a folder\n"
                + HINT_OUT
                + "1 error(s)\n"),
        "run",
        "ae-quota.comp",
        "--out",
        "out");
  }

  @Test
  void keepGoingRefusesARejectsFileThatCannotBeReplacedAndWritesNoOutput() throws Exception {
    Files.createDirectory(work.resolve("pay.rejects.csv"));
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0712]: refusing to write the rejects file to pay.rejects.csv: it is a folder\n"
                + "   = hint: the rejects file goes beside --out FILE as FILE.rejects.csv, or without --out to rejects.csv "
                + "in the current folder: choose another --out, or run from another folder\n1 error(s)\n"),
        "run",
        "ae-quota.comp",
        "--keep-going",
        "--out",
        "pay.csv");
  }

  @Test
  void aFailedRunLeavesTheEarlierOutputAndRejectsUntouched() throws Exception {
    // one bad amount, so the rejects file has a row: the earlier pair is worth keeping
    Files.writeString(
        work.resolve("deals.csv"),
        "O-1999,ann,12x,closed_won,2027-01-10,12,Acme\n",
        java.nio.file.StandardOpenOption.APPEND);
    CompassProcess.Outcome first =
        CompassProcess.run(
            work,
            Map.of(),
            "run",
            "ae-quota.comp",
            "--keep-going",
            "--format",
            "csv",
            "--out",
            "pay.csv");
    assertEquals(3, first.exit(), first.err());
    // the plan now has an error: exit 1, and nothing is written
    Files.writeString(
        work.resolve("broken.comp"),
        Files.readString(work.resolve("ae-quota.comp"))
            .replace("attainment = bookings / quota", "attainment = bookings / quotaa"));
    CompassProcess.Outcome broken =
        CompassProcess.run(
            work,
            Map.of(),
            "run",
            "broken.comp",
            "--keep-going",
            "--format",
            "csv",
            "--out",
            "pay.csv");
    assertEquals(1, broken.exit(), broken.err());
    Map<String, byte[]> before = contents(work);
    // a command-line error (exit 2) writes nothing either
    assertRefused(
        before,
        CompassProcess.run(
            work,
            Map.of(),
            "run",
            "ae-quota.comp",
            "--keep-going",
            "--format",
            "csv",
            "--out",
            "pay.csv",
            "--period",
            "2099-Q1"),
        2);
    assertTrue(
        new String(before.get("pay.rejects.csv"), StandardCharsets.UTF_8)
            .contains("O-1999,ann,12x"));
  }

  @Test
  void diffRefusesToWriteOntoEitherPlan() throws Exception {
    Files.copy(work.resolve("ae-quota.comp"), work.resolve("b.comp"));
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0710]: refusing to write the output to b.comp: it is the plan, which would be lost\n"
                + "   = hint: name a new file, e.g. --out diff.csv; without --out the output goes to stdout\n1 error(s)\n"),
        "diff",
        "ae-quota.comp",
        "b.comp",
        "--out",
        "b.comp");
  }

  @Test
  void fmtOnASymbolicLinkRewritesTheFileItPointsToAndKeepsTheLink() throws Exception {
    Path format = CompassProcess.ROOT.resolve("interpreter/src/test/resources/format");
    Path real = Files.createDirectory(work.resolve("plans")).resolve("messy.comp");
    Files.copy(format.resolve("messy.comp"), real);
    Path link = Files.createSymbolicLink(work.resolve("link.comp"), Path.of("plans/messy.comp"));
    CompassProcess.Outcome fmt = CompassProcess.run(work, Map.of(), "fmt", "link.comp");
    assertEquals(new CompassProcess.Outcome(0, "formatted: link.comp\n", ""), fmt);
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals(Path.of("plans/messy.comp"), Files.readSymbolicLink(link));
    assertEquals(Files.readString(format.resolve("messy.expected")), Files.readString(real));
    try (Stream<Path> files = Files.list(real.getParent())) {
      assertEquals(1, files.count(), "no temporary file left beside the plan");
    }
  }

  @Test
  void fmtRefusesAFifo() throws Exception {
    mkfifo(work.resolve("pipe.comp"));
    assertRefused(
        new CompassProcess.Outcome(
            2,
            "",
            "error[E0713]: refusing to write the formatted plan to pipe.comp: "
                + "it is not a regular file but a device (such as /dev/null), a FIFO or a socket\n"
                + "   = hint: name the plan file itself (a symbolic link to it is fine)\n1 error(s)\n"),
        "fmt",
        "pipe.comp");
  }

  @Test
  void replSaveRefusesAnExistingFileWithoutForceAndThePlanAlways() throws Exception {
    Files.writeString(work.resolve("old.repl"), "# an earlier script\n");
    Files.writeString(
        work.resolve("session.repl"),
        "what if quota = 300_000 USD per quarter\n"
            + "save old.repl\nsave ae-quota.comp --force\nsave deals.csv\n");
    Map<String, byte[]> before = contents(work);
    CompassProcess.Outcome r =
        CompassProcess.run(work, Map.of(), "repl", "ae-quota.comp", "--script", "session.repl");
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                "compass> save old.repl\n"
                    + "error[E0714]: old.repl already exists\n"
                    + " --> session.repl:2:6\n"
                    + "  |\n"
                    + "2 | save old.repl\n"
                    + "  |      ^^^^^^^^\n"
                    + "  = hint: `save old.repl --force` replaces it; or save to a new file\n"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "compass> save ae-quota.comp --force\n"
                    + "error[E0710]: refusing to write the what-if script to ae-quota.comp: it is the plan, which would be lost\n"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "compass> save deals.csv\n"
                    + "error[E0711]: refusing to write the what-if script to deals.csv: it is the data file of input `deals`, "
                    + "which would be lost\n"),
        r.out());
    assertEquals(before.keySet(), contents(work).keySet());
    for (String name : before.keySet())
      assertArrayEquals(before.get(name), contents(work).get(name), name);

    Files.writeString(
        work.resolve("session.repl"),
        "what if quota = 300_000 USD per quarter\nsave old.repl --force\n");
    CompassProcess.Outcome forced =
        CompassProcess.run(work, Map.of(), "repl", "ae-quota.comp", "--script", "session.repl");
    assertEquals(0, forced.exit(), forced.out());
    assertTrue(
        forced.out().endsWith("compass> save old.repl --force\nsaved 1 what-if(s) to old.repl\n"),
        forced.out());
    assertTrue(
        Files.readString(work.resolve("old.repl"))
            .endsWith("\nwhat if quota = 300_000 USD per quarter\n"));
  }

  /**
   * Runs compass in the work folder and checks the outcome, and that no file changed or appeared.
   */
  private void assertRefused(CompassProcess.Outcome expected, String... args) throws Exception {
    Map<String, byte[]> before = contents(work);
    CompassProcess.Outcome r = CompassProcess.run(work, Map.of(), args);
    assertEquals(expected, r);
    Map<String, byte[]> after = contents(work);
    assertEquals(before.keySet(), after.keySet(), "no file written");
    for (String name : before.keySet()) assertArrayEquals(before.get(name), after.get(name), name);
  }

  private void assertRefused(Map<String, byte[]> before, CompassProcess.Outcome r, int exit)
      throws Exception {
    assertEquals(exit, r.exit(), r.err());
    assertEquals("", r.out());
    Map<String, byte[]> after = contents(work);
    assertEquals(before.keySet(), after.keySet(), "no file written");
    for (String name : before.keySet()) assertArrayEquals(before.get(name), after.get(name), name);
  }

  /** Every regular file under the folder (links followed), by relative path, with its bytes. */
  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.toList()) {
        String name = folder.relativize(p).toString();
        if (Files.isRegularFile(p)) out.put(name, Files.readAllBytes(p));
        else if (!Files.isDirectory(p)) out.put(name, new byte[0]); // a FIFO: present, not read
        else if (!p.equals(folder)) out.put(name + "/", new byte[0]);
      }
    }
    return out;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f))
          Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * mkfifo(1) is in coreutils, on every machine this builds on: a FIFO that cannot be made fails
   * the test.
   */
  private static void mkfifo(Path path) throws Exception {
    Process p = new ProcessBuilder("mkfifo", path.toString()).start();
    assertTrue(p.waitFor(10, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), "mkfifo failed");
  }
}
