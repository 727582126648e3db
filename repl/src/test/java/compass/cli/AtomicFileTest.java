package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, point 4: how a file is replaced (whole, together, through links, keeping its mode). */
final class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void anOutputAndItsRejectsAreReplacedTogetherOrNotAtAll() throws Exception {
    Path rejects = Files.writeString(dir.resolve("pay.rejects.csv"), "earlier rejects\n");
    Path out = dir.resolve("missing-folder/pay.csv"); // its temporary file cannot be written
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(rejects, "new rejects\n");
    files.put(out, "new output\n");
    AtomicFile.Failed failed =
        assertThrows(AtomicFile.Failed.class, () -> AtomicFile.writeAll(files));
    assertEquals(out, failed.file());
    assertEquals("the folder does not exist", failed.reason());
    assertEquals(
        "earlier rejects\n", Files.readString(rejects), "the first file is not replaced alone");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary file left");
    }
  }

  @Test
  void aSymbolicLinkIsFollowedAndKept() throws Exception {
    Path real =
        Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("plan.comp"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.comp"), real);
    AtomicFile.write(link, "new\n");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(real, Files.readSymbolicLink(link));
    assertEquals("new\n", Files.readString(real));
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path plan = Files.writeString(dir.resolve("plan.comp"), "old\n");
    Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("rw-------"));
    AtomicFile.write(plan, "new\n");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(plan)));
  }

  @Test
  void neverReplacesAFolderOrABrokenLink() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("out"));
    assertEquals(
        "is a folder",
        AtomicFile.reason(
            assertThrows(java.io.IOException.class, () -> AtomicFile.write(folder, "x"))));
    Path broken = Files.createSymbolicLink(dir.resolve("broken.csv"), dir.resolve("nowhere.csv"));
    assertEquals(
        "is a symbolic link to a missing file",
        AtomicFile.reason(
            assertThrows(java.io.IOException.class, () -> AtomicFile.write(broken, "x"))));
    assertFalse(Files.exists(dir.resolve("nowhere.csv")));
    assertTrue(Files.isSymbolicLink(broken));
  }
}
