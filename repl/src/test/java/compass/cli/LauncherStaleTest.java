package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher's staleness rule (the {@code compass} script's {@code stale}), on a copy of the
 * script in a scratch checkout whose {@code mvn} and {@code java} are stand-ins that only record
 * being called: which edited file rebuilds the jar, and that the standard plans are read from the
 * checkout.
 */
class LauncherStaleTest {
  private static final Path SCRIPT = Path.of("..", "compass").toAbsolutePath().normalize();
  private static final FileTime BUILT = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path root;
  private Path bin;

  @BeforeEach
  void checkout() throws IOException {
    Files.copy(SCRIPT, root.resolve("compass"));
    executable(root.resolve("compass"));
    bin = Files.createDirectories(root.resolve("fake-bin"));
    write(
        bin.resolve("mvn"), "#!/bin/sh\ntouch \"$FAKE_LOG.mvn\"\ntouch repl/target/compass.jar\n");
    write(bin.resolve("java"), "#!/bin/sh\necho \"$@\" >> \"$FAKE_LOG.java\"\n");
    executable(bin.resolve("mvn"));
    executable(bin.resolve("java"));
    for (String file :
        List.of(
            "pom.xml",
            "repl/pom.xml",
            "grammar/src/main/antlr4/compass/grammar/CompassLexer.g4",
            "interpreter/src/main/java/compass/api/Compass.java",
            "interpreter/src/test/java/compass/api/CompassTest.java",
            "web/src/main/jte/statement.jte",
            "repl/src/main/resources/compass/cli/version.properties",
            "stdlib-plans/plans/ae-quota/ae-quota.comp",
            "stdlib-plans/plans/ae-quota/deals.csv",
            "stdlib-plans/src/test/java/compass/stdlib/ExamplePlansTest.java",
            "bench/src/main/java/compass/bench/B1.java")) {
      Path p = root.resolve(file);
      Files.createDirectories(p.getParent());
      write(p, "x\n");
      Files.setLastModifiedTime(p, FileTime.fromMillis(BUILT.toMillis() - 60_000));
    }
    Path jar = root.resolve("repl/target/compass.jar");
    Files.createDirectories(jar.getParent());
    write(jar, "");
    // folders too: a file added to or removed from a source folder is a change
    try (var all = Files.walk(root)) {
      for (Path p : all.filter(Files::isDirectory).toList())
        Files.setLastModifiedTime(p, FileTime.fromMillis(BUILT.toMillis() - 60_000));
    }
    Files.setLastModifiedTime(jar, BUILT);
  }

  @ParameterizedTest(name = "editing {0} rebuilds: {1}")
  @CsvSource({
    "stdlib-plans/plans/ae-quota/ae-quota.comp, false",
    "stdlib-plans/plans/ae-quota/deals.csv, false",
    "interpreter/src/test/java/compass/api/CompassTest.java, false",
    "stdlib-plans/src/test/java/compass/stdlib/ExamplePlansTest.java, false",
    "bench/src/main/java/compass/bench/B1.java, false",
    "interpreter/src/main/java/compass/api/Compass.java, true",
    "grammar/src/main/antlr4/compass/grammar/CompassLexer.g4, true",
    "web/src/main/jte/statement.jte, true",
    "repl/src/main/resources/compass/cli/version.properties, true",
    "pom.xml, true",
    "repl/pom.xml, true",
  })
  void onlyWhatGoesIntoTheJarRebuildsIt(String edited, boolean rebuilds) throws Exception {
    Files.setLastModifiedTime(root.resolve(edited), FileTime.fromMillis(BUILT.toMillis() + 60_000));
    assertEquals(0, launch("--version"));
    assertEquals(rebuilds, Files.exists(root.resolve("log.mvn")), edited);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"--version"})
  void theStandardPlansAreReadFromTheCheckout(String arg) throws Exception {
    assertEquals(0, launch(arg));
    String calls = Files.readString(root.resolve("log.java"), StandardCharsets.UTF_8);
    String last = calls.lines().reduce((a, b) -> b).orElse("");
    assertTrue(
        last.contains("-Dcompass.stdlib.dir=" + root.toRealPath().resolve("stdlib-plans/plans")),
        last);
    assertTrue(last.endsWith(" " + arg), last);
  }

  private int launch(String arg) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(root.resolve("compass").toString(), arg)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("output.txt").toFile());
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("FAKE_LOG", root.resolve("log").toString());
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
    return p.exitValue();
  }

  private static void write(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static void executable(Path p) throws IOException {
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
