package compass.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: the output folder becomes unwritable in the middle of a run of the real {@code
 * ./compass} (after the deals were read, before any output is written). The run stops with exit
 * code 2 and one clear line naming the file, no stack trace; the files already in the folder stay
 * byte for byte and no temporary or partial file is left.
 *
 * <p>The moment is made exact rather than guessed: with {@code -Dcompass.timings=true} compass
 * prints {@code timings: JVM up ..., deals loaded in ...} once the deals are read; at that line the
 * process is paused (SIGSTOP), the folder locked, and the process continued (SIGCONT), so a busy
 * machine cannot let the run finish its writes before the lock.
 */
class OutputFaultIT {
  private static final Path ROOT = CompassProcess.ROOT;
  private static final String PLAN = "stdlib-plans/plans/b1/b1.comp";
  private static final String MARKER = "timings: JVM up ";

  private static Path work;
  private static Path data;

  /** Last quarter's statement, as an earlier run left it: different bytes from this run's. */
  private static byte[] q4Statement;

  record Outcome(int exit, String out, String err) {}

  @BeforeAll
  static void generate() throws Exception {
    work = Files.createTempDirectory("compass-output-fault");
    data = work.resolve("data");
    // 300,000 deals (22 MB): the run takes seconds, the part after loading about half a second
    CompassProcess.Outcome g =
        CompassProcess.run(
            "generate",
            "--people",
            "500",
            "--deals",
            "300000",
            "--seed",
            "7",
            "--out",
            data.toString());
    assertEquals(0, g.exit(), g.err());
    Path q4 = work.resolve("q4.csv");
    CompassProcess.Outcome first =
        CompassProcess.run(
            "run",
            PLAN,
            "--data",
            data.toString(),
            "--period",
            "2027-Q4",
            "--format",
            "csv",
            "--out",
            q4.toString());
    assertEquals(0, first.exit(), first.err());
    q4Statement = Files.readAllBytes(q4);
    assertTrue(
        new String(q4Statement, StandardCharsets.UTF_8)
            .startsWith(
                "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\n"
                    + "p000000,2027-Q4,"),
        "an earlier statement");
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (work == null) return;
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.sorted(Collections.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  @Test
  void theStatementCannotBeWrittenAndTheEarlierFilesStay() throws Exception {
    Path out = Files.createDirectories(work.resolve("plain"));
    Path pay = out.resolve("pay.csv");
    Files.write(pay, q4Statement);
    Files.writeString(out.resolve("notes.txt"), "Q4 approved by finance on 2028-01-09\n");
    Map<String, byte[]> earlier = contents(out);

    Outcome o =
        runLockingAt(
            out,
            "run",
            PLAN,
            "--data",
            data.toString(),
            "--format",
            "csv",
            "--out",
            pay.toString());

    assertFault(o, pay, out, earlier);
  }

  @Test
  void withKeepGoingTheRejectsFileCannotBeWrittenAndTheEarlierFilesStay() throws Exception {
    Path out = Files.createDirectories(work.resolve("keep-going"));
    Path pay = out.resolve("pay.csv");
    Files.write(pay, q4Statement);
    Files.writeString(
        out.resolve("pay.rejects.csv"),
        RejectsFile.HEADER
            + "deals.csv,7,3,E0502,\"amount: not a number\",\"d7,ann,12O0,closed_won,2027-11-02\"\n");
    Files.writeString(out.resolve("notes.txt"), "Q4 approved by finance on 2028-01-09\n");
    Map<String, byte[]> earlier = contents(out);

    Outcome o =
        runLockingAt(
            out,
            "run",
            PLAN,
            "--data",
            data.toString(),
            "--format",
            "csv",
            "--keep-going",
            "--out",
            pay.toString());

    // the rejects file is written first (no output without its rejects): that write fails
    assertFault(o, out.resolve("pay.rejects.csv"), out, earlier);
  }

  /** Exit code 2, one line naming the file and why, nothing else changed in the folder. */
  private static void assertFault(Outcome o, Path file, Path out, Map<String, byte[]> earlier)
      throws IOException {
    assertEquals(2, o.exit(), o.err());
    assertEquals("", o.out());
    assertTrue(o.err().contains(MARKER), "the fault came after loading: " + o.err());
    List<String> messages = o.err().lines().filter(l -> !l.startsWith("timings: ")).toList();
    assertEquals(1, messages.size(), o.err());
    String message = messages.get(0);
    assertTrue(
        message.equals("error[E0778]: cannot write " + file + ": permission denied")
            || message.equals("error[E0778]: cannot write " + file + ": Operation not permitted"),
        message);
    assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace");
    Map<String, byte[]> now = contents(out);
    assertEquals(earlier.keySet(), now.keySet(), "no temporary or partial file");
    for (String name : earlier.keySet()) assertArrayEquals(earlier.get(name), now.get(name), name);
  }

  /** Every file of the folder by name, with its bytes. */
  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.toList()) files.put(p.getFileName().toString(), Files.readAllBytes(p));
    }
    return files;
  }

  /**
   * Runs compass with its timings on; when the deals are loaded, pauses it, makes {@code out}
   * unwritable, and lets it go on. The folder is writable again afterwards, whatever happens.
   */
  private static Outcome runLockingAt(Path out, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("compass").toString()));
    command.addAll(List.of(args));
    Path stdout = work.resolve("stdout");
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(ROOT.toFile()).redirectOutput(stdout.toFile());
    pb.environment().put("COMPASS_JAVA_OPTS", "-Dcompass.timings=true");
    Set<String> before = contents(out).keySet();
    Process p = pb.start();
    // what follows the loading takes only a few hundred ms: the pause must come within that, so
    // a shell is ready and waiting for its cue rather than started when the line appears (the
    // launcher execs java, so the process's id is the JVM's)
    Process pauser =
        new ProcessBuilder("bash", "-c", "read -r _ && kill -STOP " + p.pid())
            .redirectErrorStream(true)
            .start();
    CountDownLatch loaded = new CountDownLatch(1);
    CompletableFuture<String> stderr =
        CompletableFuture.supplyAsync(
            () -> {
              StringBuilder text = new StringBuilder();
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  text.append(line).append('\n');
                  if (line.startsWith(MARKER) && loaded.getCount() > 0) {
                    pauser.getOutputStream().write('\n');
                    pauser.getOutputStream().flush();
                    loaded.countDown();
                  }
                }
              } catch (IOException e) {
                text.append("(reading stderr failed: ").append(e).append(")\n");
              }
              return text.toString();
            });
    UnwritableFolder lock = null;
    boolean paused = false;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!loaded.await(50, TimeUnit.MILLISECONDS) && p.isAlive()) {
        assertTrue(System.nanoTime() < deadline, "compass did not load its data");
      }
      assertTrue(p.isAlive(), () -> "compass ended before the fault: " + stderr.join());
      paused = pauser.waitFor(10, TimeUnit.SECONDS) && pauser.exitValue() == 0;
      assertTrue(paused, () -> "could not pause compass: " + output(pauser));
      assertTrue(stopped(p.pid()), () -> "could not pause compass: " + state(p.pid()));
      assertEquals(before, contents(out).keySet(), "nothing written yet when the folder is locked");
      lock = UnwritableFolder.lock(out);
      assumeTrue(lock.locked(), "cannot make a folder unwritable on this machine");
      signal("CONT", p.pid());
      paused = false;
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "compass did not finish");
      String err =
          stderr
              .get(10, TimeUnit.SECONDS)
              .replace("\u001B[0m", "")
              .replaceFirst("^building compass\\.\\.\\.\n", "");
      return new Outcome(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), err);
    } finally {
      pauser.destroyForcibly();
      if (paused) signal("CONT", p.pid());
      if (p.isAlive() && !p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
      if (lock != null) lock.close();
    }
  }

  private static boolean signal(String name, long pid) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + name, Long.toString(pid))
            .redirectErrorStream(true)
            .start();
    String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ok = kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
    if (!ok) System.err.println("kill -" + name + " " + pid + ": " + said);
    return ok;
  }

  private static String output(Process p) {
    try {
      return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static String state(long pid) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Whether the process has stopped (state T in /proc), waiting for it a little. */
  private static boolean stopped(long pid) throws IOException, InterruptedException {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    for (int i = 0; i < 500; i++) {
      if (!Files.exists(stat)) return true; // no /proc here: kill's success is all there is
      String s = Files.readString(stat);
      if (s.substring(s.lastIndexOf(')') + 2).startsWith("T")) return true;
      Thread.sleep(10);
    }
    return false;
  }
}
