package compass.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenTest {
  @TempDir Path dir;

  @Test
  void aMissingGoldenFileFailsAndIsNotWritten() {
    Path file = dir.resolve("plan.out");
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class, () -> Golden.assertMatches(file, "1 passed\n", false));
    assertEquals(
        "golden file "
            + file
            + " is missing: write it with -Dgolden.update=true, then review it"
            + " before committing",
        e.getMessage());
    assertFalse(
        Files.exists(file), "a missing golden file is never written without the update switch");
  }

  @Test
  void aDifferentOutputFailsAndLeavesTheFileAlone() throws Exception {
    Path file = Files.writeString(dir.resolve("plan.out"), "1 passed\n");
    assertThrows(AssertionFailedError.class, () -> Golden.assertMatches(file, "0 passed\n", false));
    assertEquals("1 passed\n", Files.readString(file));
  }

  @Test
  void theSameOutputPasses() throws Exception {
    Path file = Files.writeString(dir.resolve("plan.out"), "1 passed\n");
    Golden.assertMatches(file, "1 passed\n", false);
  }

  @Test
  void theUpdateSwitchWritesAMissingOrChangedFile() throws Exception {
    Path file = dir.resolve("plan.out");
    Golden.assertMatches(file, "1 passed\n", true);
    assertEquals("1 passed\n", Files.readString(file));
    Golden.assertMatches(file, "2 passed\n", true);
    assertEquals("2 passed\n", Files.readString(file));
  }
}
