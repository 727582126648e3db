package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/trust.md names, for each guarantee, the test that proves it: every name must be a test
 * method that exists, so a renamed or deleted test cannot leave a guarantee unproven on paper.
 */
final class TrustDocTest {
  private static final Path ROOT = CompassProcess.ROOT;
  private static final Pattern REFERENCE =
      Pattern.compile("\\b([A-Z][A-Za-z0-9]*(?:Test|IT))#([a-zA-Z0-9_]+)");

  @Test
  void everyGuaranteeNamesATestThatExists() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/trust.md"));
    List<String> missing = new ArrayList<>();
    int guarantees = 0;
    for (String line : doc.lines().toList()) {
      if (!line.startsWith("- ")) continue;
      guarantees++;
      Matcher m = REFERENCE.matcher(line);
      boolean any = false;
      while (m.find()) {
        any = true;
        if (!declares(m.group(1), m.group(2))) missing.add(m.group());
      }
      if (!any) missing.add("no test named in: " + line);
    }
    assertTrue(guarantees >= 60, "docs/trust.md lists " + guarantees + " guarantees");
    assertEquals(List.of(), missing);
  }

  @Test
  void theReadmeLinksIt() throws IOException {
    assertTrue(Files.readString(ROOT.resolve("README.md")).contains("docs/trust.md"));
  }

  private static boolean declares(String testClass, String method) {
    String source = TEST_SOURCES.get(testClass);
    return source != null && Pattern.compile("[\\w>]\\s+" + method + "\\(").matcher(source).find();
  }

  /** Every test class of the build by simple name, with its source. */
  private static final Map<String, String> TEST_SOURCES = testSources();

  private static Map<String, String> testSources() {
    Map<String, String> sources = new HashMap<>();
    for (String module : List.of("interpreter", "stdlib-plans", "repl")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/test/java"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String name = f.getFileName().toString();
          sources.merge(name.substring(0, name.length() - 5), Files.readString(f), String::concat);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }
}
