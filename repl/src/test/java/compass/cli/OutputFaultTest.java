package compass.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder becomes unwritable between the outputs of a job (a statement, then its line
 * items): the later write fails with a clear error and exit code 2, the earlier outputs stay byte
 * for byte, and no temporary file is left behind.
 */
final class OutputFaultTest {
  @TempDir Path dir;
  private Path out;
  private UnwritableFolder lock;

  record Outcome(int code, String out, String err) {}

  private Outcome compass(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(args, new PrintWriter(o), new PrintWriter(e));
    return new Outcome(code, o.toString(), e.toString());
  }

  @AfterEach
  void unlock() throws Exception {
    if (lock != null) lock.close();
  }

  @Test
  void laterOutputsFailCleanlyAndEarlierOnesStayIntact() throws Exception {
    Files.writeString(dir.resolve("plan.comp"), RunDataErrorsTest.PLAN);
    Files.writeString(dir.resolve("people.csv"), RunDataErrorsTest.PEOPLE);
    Files.writeString(
        dir.resolve("deals.csv"),
        RunDataErrorsTest.HEADER + RunDataErrorsTest.GOOD + "d2,bob,5,closed_won,2027-04-05\n");
    out = Files.createDirectories(dir.resolve("out"));
    String plan = dir.resolve("plan.comp").toString();
    Path statement = out.resolve("statement.csv");
    Outcome first = compass("run", plan, "--format", "csv", "--out", statement.toString());
    assertEquals(0, first.code(), first.err());
    byte[] statementBytes = Files.readAllBytes(statement);
    assertTrue(new String(statementBytes).startsWith("participant,period,payout"));

    lock = UnwritableFolder.lock(out);
    assumeTrue(lock.locked(), "cannot make a folder unwritable on this machine");

    Path lines = out.resolve("lines.csv");
    Outcome second = compass("run", plan, "--format", "csv", "--lines", "--out", lines.toString());
    assertEquals(2, second.code(), second.err());
    assertTrue(second.err().startsWith("error[E0778]: cannot write " + lines + ": "), second.err());
    assertTrue(
        second.err().contains("permission denied") || second.err().contains("not permitted"),
        second.err());
    assertEquals("", second.out());

    // the statement again (its .csv names the format): it cannot be replaced, so the old one
    // stays whole
    Outcome third = compass("run", plan, "--out", statement.toString());
    assertEquals(2, third.code(), third.err());
    assertTrue(
        third.err().startsWith("error[E0778]: cannot write " + statement + ": "), third.err());
    // --keep-going writes its rejects file first: that fails too, before any output
    Outcome fourth = compass("run", plan, "--keep-going", "--out", statement.toString());
    assertEquals(2, fourth.code(), fourth.err());
    assertTrue(
        fourth
            .err()
            .startsWith("error[E0778]: cannot write " + out.resolve("statement.rejects.csv")),
        fourth.err());
    assertArrayEquals(statementBytes, Files.readAllBytes(statement));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of("statement.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary files");
    }
  }
}
