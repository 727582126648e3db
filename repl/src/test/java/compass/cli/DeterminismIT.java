package compass.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 point 4, through the real `./compass`: the same plan and data give byte-identical output
 * whatever the order of the input rows, the number of threads (the loader's chunks, crediting's
 * ranges and the participants all follow the processor count), the locale and the time zone. The
 * data is generated large enough (150,000 deals, over 4 MiB) for the loader to read it in parallel
 * chunks.
 */
class DeterminismIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String PLAN = "stdlib-plans/plans/b1/b1.comp";
  private static final Map<String, String> GERMAN_KIRITIMATI =
      Map.of(
          "LANG",
          "de_DE.UTF-8",
          "TZ",
          "Pacific/Kiritimati",
          // in case the OS lacks the de_DE locale, Java is told directly too
          "COMPASS_JAVA_OPTS",
          "-Duser.language=de -Duser.country=DE -Duser.timezone=Pacific/Kiritimati");

  private static Path work;
  private static Path data;
  private static byte[] baseline;
  private static String baselineErr;

  record Outcome(int exit, byte[] out, String err) {}

  private static Outcome compass(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("compass").toString()));
    command.addAll(List.of(args));
    Path out = work.resolve("stdout");
    Path err = work.resolve("stderr");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().remove("COMPASS_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "compass did not finish");
    // a shell on a machine without the de_DE locale warns about it: not Compass's output
    String errText =
        Files.readString(err, StandardCharsets.UTF_8)
            .replaceAll("(?m)^.*warning: setlocale: .*\n", "");
    return new Outcome(p.exitValue(), Files.readAllBytes(out), errText);
  }

  private static Outcome b1(Map<String, String> env, Path dataDir, String format)
      throws IOException, InterruptedException {
    Outcome o = compass(env, "run", PLAN, "--data", dataDir.toString(), "--format", format);
    assertEquals(0, o.exit(), o.err());
    return o;
  }

  @BeforeAll
  static void generate() throws Exception {
    work = Files.createTempDirectory("compass-determinism");
    data = work.resolve("data");
    Outcome g =
        compass(
            Map.of(),
            "generate",
            "--people",
            "2000",
            "--deals",
            "150000",
            "--seed",
            "7",
            "--out",
            data.toString());
    assertEquals(0, g.exit(), g.err());
    assertTrue(Files.size(data.resolve("deals.csv")) > 2 * (4 << 20), "deals.csv spans blocks");
    Outcome o = b1(Map.of(), data, "json");
    baseline = o.out();
    baselineErr = o.err();
    assertTrue(baselineErr.contains("deals: 150000 read"), baselineErr);
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (work == null) return;
    try (var files = Files.walk(work)) {
      for (Path p : files.sorted(Collections.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  @Test
  void oneThreadGivesTheSameBytes() throws Exception {
    Outcome o =
        b1(
            Map.of(
                "COMPASS_JAVA_OPTS",
                "-XX:ActiveProcessorCount=1 "
                    + "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"),
            data,
            "json");
    assertArrayEquals(baseline, o.out());
    assertEquals(baselineErr, o.err());
  }

  @Test
  void eightThreadsGiveTheSameBytes() throws Exception {
    Outcome o = b1(Map.of("COMPASS_JAVA_OPTS", "-XX:ActiveProcessorCount=8"), data, "json");
    assertArrayEquals(baseline, o.out());
    assertEquals(baselineErr, o.err());
  }

  @Test
  void germanLocaleAndKiritimatiTimeGiveTheSameBytes() throws Exception {
    Outcome o = b1(GERMAN_KIRITIMATI, data, "json");
    assertArrayEquals(baseline, o.out());
    assertEquals(baselineErr, o.err());
    // the table has thousands separators and aligned amounts, where a locale would show; line
    // items carry notes with rates and amounts written out
    String plan = "stdlib-plans/plans/ae-quota/ae-quota.comp";
    assertArrayEquals(
        compass(Map.of(), "run", plan).out(), compass(GERMAN_KIRITIMATI, "run", plan).out());
    Outcome here = compass(Map.of(), "run", plan, "--lines", "--format", "csv");
    Outcome there = compass(GERMAN_KIRITIMATI, "run", plan, "--lines", "--format", "csv");
    assertEquals(0, there.exit(), there.err());
    assertArrayEquals(here.out(), there.out());
    assertEquals(
        new String(
            Files.readAllBytes(ROOT.resolve("stdlib-plans/plans/ae-quota/expected-lines.csv")),
            StandardCharsets.UTF_8),
        new String(there.out(), StandardCharsets.UTF_8));
  }

  @Test
  void shuffledRowsGiveTheSameBytes() throws Exception {
    Path shuffled = Files.createDirectories(work.resolve("shuffled"));
    for (String file : List.of("people.csv", "deals.csv")) {
      List<String> lines = Files.readAllLines(data.resolve(file));
      List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
      Collections.shuffle(rows, new Random(2027));
      rows.add(0, lines.get(0));
      Files.write(shuffled.resolve(file), rows);
    }
    Outcome o = b1(Map.of(), shuffled, "json");
    assertArrayEquals(baseline, o.out());
    assertEquals(baselineErr, o.err());
  }
}
