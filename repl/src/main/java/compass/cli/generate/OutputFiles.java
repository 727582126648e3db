package compass.cli.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A set of files written into one folder under temporary names and renamed into place only when all
 * of them are complete: a failure leaves no half-written file behind.
 */
final class OutputFiles implements AutoCloseable {
  private final Path dir;
  private final List<Path> temps = new ArrayList<>();
  private final List<Path> targets = new ArrayList<>();
  private boolean committed;

  OutputFiles(Path dir) {
    this.dir = dir;
  }

  /** Opens {@code name} for writing, under a temporary name until {@link #commit}. */
  CsvBuffer open(String name) throws IOException {
    Path temp = dir.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
    OutputStream out =
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    temps.add(temp);
    targets.add(dir.resolve(name));
    return new CsvBuffer(new BufferedOutputStream(out, 1 << 16));
  }

  /** Renames every finished file over its target. */
  void commit() throws IOException {
    for (int i = 0; i < temps.size(); i++) {
      try {
        Files.move(temps.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.move(temps.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Deletes the temporary files that were not renamed (all of them after a failure). */
  @Override
  public void close() throws IOException {
    if (committed) return;
    for (Path temp : temps) Files.deleteIfExists(temp);
  }
}
