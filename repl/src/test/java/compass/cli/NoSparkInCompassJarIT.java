package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the Spark job is a module of its own that nothing depends on, so the {@code compass}
 * jar carries neither Spark nor Scala, and the CLI's build does not list the spark module.
 */
class NoSparkInCompassJarIT {
  private static final Path ROOT = CompassProcess.ROOT;

  @Test
  void theCompassJarHasNoSpark() throws Exception {
    Path jar = ROOT.resolve("repl/target/compass.jar");
    assertTrue(Files.exists(jar), "built before the integration tests: " + jar);
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> spark =
          file.stream()
              .map(e -> e.getName())
              .filter(
                  n ->
                      n.startsWith("org/apache/spark/")
                          || n.startsWith("scala/")
                          || n.startsWith("compass/spark/"))
              .limit(5)
              .toList();
      assertEquals(List.of(), spark);
    }
  }

  @Test
  void noModuleButSparkItselfNamesSpark() throws Exception {
    for (String module : List.of("grammar", "interpreter", "stdlib-plans", "web", "repl")) {
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      assertTrue(!pom.contains("org.apache.spark") && !pom.contains("compass-spark"), module);
    }
  }
}
