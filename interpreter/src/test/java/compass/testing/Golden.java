package compass.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * The one way a test compares its output with a golden file (shared through the interpreter's
 * test-jar by stdlib-plans and repl). A golden file holds output someone read and checked, so a
 * missing one fails: a test that wrote its own expectation and passed would check nothing. With
 * {@code -Dgolden.update=true} the file is written (created or replaced) from the output; review
 * the change in git diff before committing it.
 */
public final class Golden {
  /** {@code -Dgolden.update=true}: write the golden files from the output instead of failing. */
  public static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /** Asserts that {@code actual} equals the text of {@code file} (UTF-8). */
  public static void assertMatches(Path file, String actual) {
    assertMatches(file, actual, UPDATE);
  }

  static void assertMatches(Path file, String actual, boolean update) {
    try {
      if (update) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } else if (!Files.exists(file)) {
        throw new AssertionFailedError(
            "golden file "
                + file
                + " is missing: write it with"
                + " -Dgolden.update=true, then review it before committing");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
