package compass.diag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/diagnostics.md documents every {@link Code}: one {@code ## ID: title} heading per code, with
 * the title of Code.java, so a new code cannot be added without its documentation.
 */
class DiagnosticsDocTest {
  /** Relative to the interpreter module folder, where Maven runs the tests. */
  private static final Path DOC = Path.of("..", "docs", "diagnostics.md");

  private static final Pattern HEADING = Pattern.compile("^## ([EW]\\d{4}):(.*)$");

  private static List<String> lines() throws IOException {
    assertTrue(Files.isRegularFile(DOC), "missing " + DOC.toAbsolutePath().normalize());
    return Files.readAllLines(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void everyCodeHasAHeadingWithItsTitle() throws IOException {
    List<String> lines = lines();
    List<String> missing = new ArrayList<>();
    for (Code code : Code.values()) {
      String heading = "## " + code.id() + ": " + code.title();
      if (lines.stream().noneMatch(l -> l.strip().equals(heading))) missing.add(heading);
    }
    assertTrue(missing.isEmpty(), DOC + " lacks the section(s):\n" + String.join("\n", missing));
  }

  @Test
  void everyHeadingNamesAnExistingCodeOnce() throws IOException {
    Set<String> ids = EnumSet.allOf(Code.class).stream().map(Code::id).collect(Collectors.toSet());
    List<String> seen = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String line : lines()) {
      Matcher m = HEADING.matcher(line.strip());
      if (!m.matches()) continue;
      String id = m.group(1);
      if (!ids.contains(id)) problems.add(id + " is documented but is not a Code");
      if (seen.contains(id)) problems.add(id + " is documented twice");
      seen.add(id);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}
